/**
 * Creating the locker: a long passphrase nobody who knows the person could guess (15 characters or
 * more, not a common phrase), with a strength reading, a show/hide button and "make one for me".
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LockerStore, passphraseProblem, passphraseStrength } from '@jikim/device';
import { useLockerUi } from './locker-context.js';
import { PassphraseGenerator } from './passphrase-generator.js';
import { PassphraseInput } from './passphrase-input.js';

const METER = { weak: 1, fair: 2, good: 3, strong: 4 } as const;

export function CreateLocker({ onCreated, focusOnMount = true }: { onCreated: (store: LockerStore) => void; focusOnMount?: boolean }) {
  const { t } = useLockerUi();
  const c = t.create;
  // The fields keep their own text (so text typed into the page's copy of this form, before the app
  // adopted it, stays); the first one's is mirrored here for the strength reading.
  const [passphrase, setPassphrase] = useState('');
  const [generated, setGenerated] = useState(false);
  const [error, setError] = useState('');
  const [working, setWorking] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const again = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
    const typed = first.current?.value ?? '';
    if (typed) setPassphrase(typed);
  }, []);
  const strength = generated ? 'strong' : passphraseStrength(passphrase);

  const fill = (phrase: string) => {
    for (const field of [first.current, again.current]) if (field) field.value = phrase;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = first.current?.value ?? '';
    const problem = passphraseProblem(chosen);
    if (problem) return setError(c.problems[problem]);
    if (chosen.normalize('NFC') !== (again.current?.value ?? '').normalize('NFC')) return setError(c.mismatch);
    setError('');
    setWorking(true);
    try {
      const store = await LockerStore.create(chosen);
      // Emptied before the form goes, so the browser sees nothing to offer to save.
      fill('');
      setPassphrase('');
      onCreated(store);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="create-title">
      <h2 id="create-title" ref={heading} tabIndex={-1}>{c.title}</h2>
      <p>{c.lead}</p>
      <form onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
        <PassphraseInput
          id="new-passphrase" name="passphrase" label={c.passphrase} inputRef={first} describedBy="new-passphrase-hint passphrase-strength"
          onChange={(value) => { setPassphrase(value); setGenerated(false); }}
        />
        <p id="new-passphrase-hint" className="hint">{c.hint}</p>
        <div className="strength" id="passphrase-strength" aria-live="polite">
          <meter min={0} max={4} low={2} high={3} optimum={4} value={passphrase ? METER[strength] : 0} aria-hidden="true" />
          <span>{c.strengthLabel}: {passphrase ? c.strength[strength] : c.strengthEmpty}</span>
        </div>
        <PassphraseGenerator onUse={(phrase) => { fill(phrase); setPassphrase(phrase); setGenerated(true); }} />
        <PassphraseInput id="confirm-passphrase" name="confirm" label={c.confirm} inputRef={again} />
        <p className="warning-note">{c.warning}</p>
        <p role="alert" className="form-error">{error}</p>
        <button type="submit" className="button" disabled={working}>{working ? c.working : c.submit}</button>
      </form>
    </section>
  );
}
