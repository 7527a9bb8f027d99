/**
 * Opening a help request with its code and PIN on another device: the same status view as the
 * locker's (messages, reply, withdraw; adding items needs the locker). The code and PIN live only in
 * this component's memory: never in storage, never in the address; "Close" forgets them.
 */
import type { Locale } from '@jikim/guide';
import { useRef, useState, type FormEvent } from 'react';
import { focusFirstInvalid, useFocusHeading } from '../locker-app/help/focus-heading.js';
import { helpApi, HelpApiError, type CaseAccess } from '../locker-app/help/help-api.js';
import { helpMessages } from '../locker-app/help/i18n/index.js';
import { StatusView } from '../locker-app/help/status-view.js';

export function HelpStatusApp({ locale }: { locale: Locale }) {
  const t = helpMessages[locale];
  const p = t.page;
  const [access, setAccess] = useState<CaseAccess | null>(null);
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [working, setWorking] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useFocusHeading<HTMLHeadingElement>(access === null ? 'form' : 'status');

  const open = async (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    const typed = { code: code.trim(), pin: pin.replace(/\s/gu, '') };
    if (!typed.code || !typed.pin) {
      setError(p.needBoth);
      return requestAnimationFrame(() => focusFirstInvalid(form.current));
    }
    setWorking(true);
    setError('');
    try {
      await helpApi.status(typed);
      setPin('');
      setCode('');
      setAccess(typed);
    } catch (failure) {
      setError(failure instanceof HelpApiError && failure.failure === 'unauthorized' ? p.wrong : t.status.loadFailed);
      requestAnimationFrame(() => focusFirstInvalid(form.current));
    } finally {
      setWorking(false);
    }
  };
  const close = (message = '') => {
    setAccess(null);
    setNotice(message);
  };

  if (access) {
    return (
      <section aria-labelledby="help-status-title">
        <h2 id="help-status-title" ref={heading} tabIndex={-1}>{t.status.title}</h2>
        <StatusView t={t} locale={locale} access={access} onUnauthorized={() => close(p.wrong)} onWithdrawn={() => close(t.withdraw.done)} />
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => close()}>{p.close}</button>
        </div>
      </section>
    );
  }
  const invalid = error ? true : undefined;
  return (
    <section aria-labelledby="help-open-title">
      <h2 id="help-open-title" ref={heading} tabIndex={-1}>{p.open}</h2>
      <p role="status" className={notice ? 'panel' : undefined}>{notice}</p>
      <form ref={form} onSubmit={(e) => void open(e)} noValidate>
        <div className="field">
          <label htmlFor="help-code">{p.caseCode}</label>
          <input id="help-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={40}
            aria-invalid={invalid && !code.trim() ? true : invalid && code.trim() && pin ? true : undefined}
            aria-describedby={`help-code-hint${error ? ' help-open-error' : ''}`} />
          <p id="help-code-hint" className="hint">{p.caseCodeHint}</p>
        </div>
        <div className="field">
          <label htmlFor="help-pin">{p.pin}</label>
          <input id="help-pin" value={pin} onChange={(e) => setPin(e.target.value)} autoComplete="off" inputMode="numeric" maxLength={12}
            aria-invalid={invalid && !pin.trim() ? true : undefined} aria-describedby={error ? 'help-open-error' : undefined} />
        </div>
        <p id="help-open-error" role="alert" className="form-error">{error}</p>
        <p className="hint">{p.memoryOnly}</p>
        <button type="submit" className="button" disabled={working}>{working ? p.working : p.open}</button>
      </form>
    </section>
  );
}
