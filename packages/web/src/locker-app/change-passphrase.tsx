/**
 * Settings: a new passphrase, at once (for when someone saw it). The current one is asked for
 * again; the new one follows the same rules as when the locker was made. Nothing sealed is re-done.
 */
import { useState, type FormEvent } from 'react';
import { passphraseProblem, type LockerStore, WrongPassphraseError } from '@jikim/device';
import { useLockerUi } from './locker-context.js';
import { PassphraseInput } from './passphrase-input.js';

export function ChangePassphrase({ store }: { store: LockerStore }) {
  const { t } = useLockerUi();
  const c = t.change;
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const current = String(data.get('current') ?? '');
    const next = String(data.get('next') ?? '');
    const problem = passphraseProblem(next);
    setStatus('');
    if (problem) return setError(t.create.problems[problem]);
    if (next.normalize('NFC') !== String(data.get('again') ?? '').normalize('NFC')) return setError(t.create.mismatch);
    setWorking(true);
    try {
      await store.changePassphrase(current, next);
      form.reset();
      setError('');
      setStatus(c.done);
    } catch (failure) {
      setError(failure instanceof WrongPassphraseError ? c.wrongCurrent : c.failed);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="change-title">
      <h2 id="change-title">{c.title}</h2>
      <p>{c.lead}</p>
      <form onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
        <PassphraseInput id="current-passphrase" name="current" label={c.current} />
        <PassphraseInput id="next-passphrase" name="next" label={c.next} describedBy="next-passphrase-hint" />
        <p id="next-passphrase-hint" className="hint">{t.create.hint}</p>
        <PassphraseInput id="again-passphrase" name="again" label={c.again} />
        <p role="alert" className="form-error">{error}</p>
        <p role="status" className="form-status">{status}</p>
        <button type="submit" className="button" disabled={working}>{working ? c.working : c.submit}</button>
      </form>
    </section>
  );
}
