/**
 * What opens evidence outside the blurred page — an original, the police package — asks why first:
 * a modal dialog with a required reason (kept in the case history and the audit log), then a
 * one-time ticket and a download (the server answers it as an attachment, never shown in the page).
 * Escape or Cancel closes it and the focus returns.
 */
import { originalRequestSchema } from '@jikim/contracts';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ApiResult } from '../console-api.js';
import { failureText } from '../failure-text.js';
import type { ConsoleMessages } from '../i18n/index.js';
import type { ApiFailure } from '../page-props.js';

/** The shortest reason the server accepts (the contract's rule). */
const REASON_MIN = originalRequestSchema.shape.reason.minLength ?? 5;

export interface ReasonDialogText {
  readonly title: string;
  readonly intro: string;
  readonly submit: string;
  /** What a 409 means here (no file yet, nothing to package). */
  readonly conflict: string;
}

interface ReasonDialogProps<T extends { url: string }> {
  readonly t: ConsoleMessages;
  readonly text: ReasonDialogText;
  /** Fields of its own (the package's language), read from the form. */
  readonly children?: ReactNode;
  readonly request: (reason: string, form: FormData) => Promise<ApiResult<T>>;
  readonly onClose: (result: T | undefined) => void;
  readonly onFailure: (failure: ApiFailure) => boolean;
}

export function ReasonDialog<T extends { url: string }>({ t, text, children, request, onClose, onFailure }: ReasonDialogProps<T>) {
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
  function close(result: T | undefined) {
    dialog.current?.close();
    onClose(result);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const field = form.elements.namedItem('reason') as HTMLTextAreaElement;
    const reason = field.value.trim();
    if (reason.length < REASON_MIN) {
      setError(o.reasonShort);
      field.focus();
      return;
    }
    setError('');
    setProblem('');
    setBusy(true);
    const r = await request(reason, new FormData(form));
    setBusy(false);
    if (!r.ok) {
      if (onFailure(r)) return;
      if (r.status === 400) {
        setError(o.reasonShort);
        field.focus();
      } else setProblem(r.status === 409 ? text.conflict : failureText(t, r));
      return;
    }
    const link = document.createElement('a');
    link.href = r.value.url;
    link.download = '';
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    close(r.value);
  }

  return (
    <dialog ref={dialog} className="case-dialog" aria-labelledby="reason-title" aria-describedby="reason-intro" onCancel={(e) => { e.preventDefault(); close(undefined); }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id="reason-title">{text.title}</h2>
        <p id="reason-intro">{text.intro}</p>
        {problem ? <p className="console-notice error" role="alert">{problem}</p> : null}
        {children}
        <div className="field console-field">
          <label htmlFor="reason-text" className="label">{o.reason}</label>
          <p id="reason-text-hint" className="hint">{o.reasonHint}</p>
          <textarea
            id="reason-text" name="reason" rows={3} maxLength={500} required autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'reason-text-hint reason-text-error' : 'reason-text-hint'}
          />
          {error ? <p id="reason-text-error" className="field-error" role="alert">{error}</p> : null}
        </div>
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>{text.submit}</button>
          <button className="button secondary" type="button" onClick={() => close(undefined)}>{t.cases.cancel}</button>
        </div>
      </form>
    </dialog>
  );
}
