import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LockerStore } from '../locker/locker-store.js';
import { useLockerUi } from './locker-context.js';

const MIN_LENGTH = 10;

export function CreateLocker({ onCreated }: { onCreated: (store: LockerStore) => void }) {
  const { t } = useLockerUi();
  const [error, setError] = useState('');
  const [working, setWorking] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const passphrase = String(data.get('passphrase') ?? '');
    if ([...passphrase].length < MIN_LENGTH) return setError(t.create.tooShort);
    if (passphrase.normalize('NFC') !== String(data.get('confirm') ?? '').normalize('NFC')) return setError(t.create.mismatch);
    setError('');
    setWorking(true);
    try {
      onCreated(await LockerStore.create(passphrase));
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="create-title">
      <h2 id="create-title" ref={heading} tabIndex={-1}>{t.create.title}</h2>
      <p>{t.create.lead}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="new-passphrase">{t.create.passphrase}</label>
          <input id="new-passphrase" name="passphrase" type="password" autoComplete="new-password" aria-describedby="new-passphrase-hint" required />
          <p id="new-passphrase-hint" className="hint">{t.create.hint}</p>
        </div>
        <div className="field">
          <label htmlFor="confirm-passphrase">{t.create.confirm}</label>
          <input id="confirm-passphrase" name="confirm" type="password" autoComplete="new-password" required />
        </div>
        <p className="warning-note">{t.create.warning}</p>
        <p role="alert" className="form-error">{error}</p>
        <button type="submit" className="button" disabled={working}>{working ? t.create.working : t.create.submit}</button>
      </form>
    </section>
  );
}
