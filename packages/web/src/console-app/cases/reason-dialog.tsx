/**
 * "View original": a modal dialog that asks why (required, kept in the case history and the audit
 * log), then fetches a one-time ticket and starts the download (the server answers it as an
 * attachment, never shown in the page). Escape or Cancel closes it and the focus returns.
 */
import { originalRequestSchema } from '@jikim/contracts';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { failureText } from '../failure-text.js';
import type { ConsoleMessages } from '../i18n/index.js';
import type { ApiFailure } from '../page-props.js';
import { caseApi } from './case-api.js';

/** The shortest reason the server accepts (the contract's rule). */
const ORIGINAL_REASON_MIN = originalRequestSchema.shape.reason.minLength ?? 5;

interface OriginalDialogProps {
  readonly t: ConsoleMessages;
  readonly caseId: string;
  readonly itemId: string;
  readonly title: string;
  readonly onClose: (viewed: boolean) => void;
  readonly onFailure: (failure: ApiFailure) => boolean;
}

export function OriginalDialog({ t, caseId, itemId, title, onClose, onFailure }: OriginalDialogProps) {
  const o = t.cases.original;
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  // Closed before it leaves the page: while a modal dialog is open nothing else can take the focus.
  function close(viewed: boolean) {
    dialog.current?.close();
    onClose(viewed);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('reason') as HTMLTextAreaElement;
    const reason = field.value.trim();
    if (reason.length < ORIGINAL_REASON_MIN) {
      setError(o.reasonShort);
      field.focus();
      return;
    }
    setError('');
    setProblem('');
    setBusy(true);
    const r = await caseApi.original(caseId, itemId, reason);
    setBusy(false);
    if (!r.ok) {
      if (onFailure(r)) return;
      if (r.status === 400) {
        setError(o.reasonShort);
        field.focus();
      } else setProblem(r.status === 409 ? o.notReady : failureText(t, r));
      return;
    }
    const link = document.createElement('a');
    link.href = r.value.url;
    link.download = '';
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    close(true);
  }

  return (
    <dialog ref={dialog} className="case-dialog" aria-labelledby="original-title" aria-describedby="original-intro" onCancel={(e) => { e.preventDefault(); close(false); }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="original-title">{o.title(title)}</h2>
        <p id="original-intro">{o.intro}</p>
        {problem ? <p className="console-notice error" role="alert">{problem}</p> : null}
        <div className="field console-field">
          <label htmlFor="original-reason" className="label">{o.reason}</label>
          <p id="original-reason-hint" className="hint">{o.reasonHint}</p>
          <textarea
            id="original-reason" name="reason" rows={3} maxLength={500} required autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'original-reason-hint original-reason-error' : 'original-reason-hint'}
          />
          {error ? <p id="original-reason-error" className="field-error" role="alert">{error}</p> : null}
        </div>
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>{o.submit}</button>
          <button className="button secondary" type="button" onClick={() => close(false)}>{t.cases.cancel}</button>
        </div>
      </form>
    </dialog>
  );
}
