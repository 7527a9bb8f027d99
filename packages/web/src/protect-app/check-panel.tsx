/**
 * "Check or withdraw": the code and PIN typed in, kept only in this component's memory (never in
 * storage or the address; Close forgets them), then the submission's status.
 */
import type { ProtectStatus } from '@jikim/contracts';
import type { Locale } from '@jikim/guide';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { focusFirstInvalid } from '../locker-app/help/focus-heading.js';
import type { ProtectMessages } from './i18n/protect-messages.js';
import { protectApi, ProtectApiError, type ProtectAccess } from './protect-api.js';
import { SubmissionStatus } from './submission-status.js';

export function CheckPanel({ t, locale }: { t: ProtectMessages; locale: Locale }) {
  const c = t.check;
  const [access, setAccess] = useState<ProtectAccess | null>(null);
  const [status, setStatus] = useState<ProtectStatus | null>(null);
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  const [statusError, setStatusError] = useState('');
  const [working, setWorking] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Bumped when a try fails: once the fields are marked invalid (after that render), the first takes the focus.
  const [failedTries, setFailedTries] = useState(0);
  useEffect(() => {
    if (failedTries > 0) focusFirstInvalid(form.current);
  }, [failedTries]);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const statusHeading = useRef<HTMLHeadingElement>(null);
  // Each change of screen (the form, the status, the status after withdrawal) moves the focus to its heading; not on first showing.
  const screen = status?.state ?? 'form';
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    (screen === 'form' ? panelHeading : statusHeading).current?.focus();
  }, [screen]);

  const failed = (failure: unknown) =>
    failure instanceof ProtectApiError && failure.failure === 'unauthorized' ? c.wrong
      : failure instanceof ProtectApiError && failure.failure === 'busy' ? c.tooMany : c.failed;

  const open = async (event: FormEvent) => {
    event.preventDefault();
    const typed = { code: code.trim(), pin: pin.replace(/\s/gu, '') };
    if (!typed.code || !typed.pin) {
      setError(c.needBoth);
      setFailedTries((n) => n + 1);
      return;
    }
    setWorking(true);
    setError('');
    try {
      setStatus(await protectApi.status(typed));
      setAccess(typed);
      setCode('');
      setPin('');
      setStatusError('');
    } catch (failure) {
      setError(failed(failure));
      setFailedTries((n) => n + 1);
    } finally {
      setWorking(false);
    }
  };
  const reload = async () => {
    if (!access) return;
    setWorking(true);
    try {
      setStatus(await protectApi.status(access));
      setStatusError('');
    } catch (failure) {
      setStatusError(failed(failure));
    } finally {
      setWorking(false);
    }
  };
  const close = () => {
    setAccess(null);
    setStatus(null);
    setStatusError('');
  };

  const invalid = error ? true : undefined;
  return (
    <section aria-labelledby="protect-check-title" className="protect-check">
      <h2 id="protect-check-title" ref={panelHeading} tabIndex={-1}>{c.title}</h2>
      {access && status ? (
        <SubmissionStatus t={t} locale={locale} access={access} status={status} heading={statusHeading} error={statusError} working={working}
          onRefresh={() => void reload()} onClose={close} onWithdrawn={() => void reload()} />
      ) : (
        <>
          <p>{c.lead}</p>
          <form ref={form} onSubmit={(e) => void open(e)} noValidate>
            <div className="field">
              <label htmlFor="protect-check-code">{c.code}</label>
              <input id="protect-check-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={40}
                aria-invalid={invalid && (!code.trim() || pin.trim()) ? true : undefined} aria-describedby={`protect-check-code-hint${error ? ' protect-check-error' : ''}`} />
              <p id="protect-check-code-hint" className="hint">{c.codeHint}</p>
            </div>
            <div className="field">
              <label htmlFor="protect-check-pin">{c.pin}</label>
              <input id="protect-check-pin" value={pin} onChange={(e) => setPin(e.target.value)} autoComplete="off" inputMode="numeric" maxLength={12}
                aria-invalid={invalid && !pin.trim() ? true : undefined} aria-describedby={error ? 'protect-check-error' : undefined} />
            </div>
            <p id="protect-check-error" role="alert" className="form-error">{error}</p>
            <p className="hint">{c.memoryOnly}</p>
            <button type="submit" className="button" disabled={working}>{working ? c.working : c.open}</button>
          </form>
        </>
      )}
    </section>
  );
}
