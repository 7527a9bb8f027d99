import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LockerStore, WrongPassphraseError } from '@jikim/device';
import { useLockerUi } from './locker-context.js';
import { PassphraseInput } from './passphrase-input.js';
import { WipePanel } from './wipe-panel.js';

interface UnlockLockerProps {
  readonly onUnlocked: (store: LockerStore) => void;
  readonly onWiped: () => void;
  /** False when the page already showed this screen, focused (then the person may have moved on). */
  readonly focusOnMount?: boolean;
}

export function UnlockLocker({ onUnlocked, onWiped, focusOnMount = true }: UnlockLockerProps) {
  const { t } = useLockerUi();
  const [error, setError] = useState('');
  const [working, setWorking] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) input.current?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const passphrase = String(new FormData(form).get('passphrase') ?? '');
    setWorking(true);
    setError('');
    try {
      const store = await LockerStore.unlock(passphrase);
      form.reset();
      onUnlocked(store);
    } catch (error) {
      if (!(error instanceof WrongPassphraseError)) throw error;
      setError(t.unlock.wrong);
      input.current?.select();
    } finally {
      setWorking(false);
    }
  };

  return (
    <>
      <section aria-labelledby="unlock-title">
        <h2 id="unlock-title">{t.unlock.title}</h2>
        <p>{t.unlock.lead}</p>
        <form onSubmit={(e) => void submit(e)} autoComplete="off">
          <PassphraseInput id="passphrase" name="passphrase" label={t.unlock.passphrase} inputRef={input} describedBy="unlock-error" />
          <p id="unlock-error" role="alert" className="form-error">{error}</p>
          <button type="submit" className="button" disabled={working}>{working ? t.unlock.working : t.unlock.submit}</button>
        </form>
        <p className="hint">{t.unlock.forgot}</p>
      </section>
      <WipePanel onWiped={onWiped} />
    </>
  );
}
