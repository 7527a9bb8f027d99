/**
 * "Record a reply" on one target: what the operator answered (acknowledged, removed, refused, or that
 * it came back), its reference and text, and the day it came (today unless changed, never later).
 */
import type { Target } from '@jikim/contracts';
import { useState, type FormEvent } from 'react';
import { Field } from '../form-field.js';
import { failureText } from '../failure-text.js';
import type { PageProps } from '../page-props.js';
import { TextAreaField } from '../cases/text-area-field.js';
import type { CaseWorkMessages } from './case-work-messages.js';
import { caseWorkApi } from './case-work-api.js';
import { replyAt, seoulToday } from './letter-defaults.js';
import { replyChoices, type Reply } from './reply-choices.js';


interface TargetReplyProps {
  readonly w: CaseWorkMessages;
  readonly t: PageProps['t'];
  readonly caseId: string;
  readonly target: Target;
  readonly onFailure: PageProps['onFailure'];
  readonly onSaved: (text: string) => Promise<void>;
  readonly onClose: () => void;
}

export function TargetReply({ w, t, caseId, target, onFailure, onSaved, onClose }: TargetReplyProps) {
  const r = w.reply;
  const [error, setError] = useState('');
  const [dateError, setDateError] = useState('');
  const [busy, setBusy] = useState(false);
  const choices = replyChoices(target.status);
  const today = seoulToday(new Date());
  const base = `reply-${target.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = String(data.get('status')) as Reply;
    const at = replyAt(String(data.get('day') ?? ''), new Date());
    if (at === null) return setDateError(r.dateFuture);
    setDateError('');
    const reference = String(data.get('reference') ?? '').trim();
    const response = String(data.get('response') ?? '').trim();
    setBusy(true);
    const result = await caseWorkApi.targetStatus(caseId, target.id, {
      status, ...(reference ? { reference } : {}), ...(response ? { response } : {}), ...(at ? { at } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      if (!onFailure(result)) setError(result.status === 409 || result.status === 400 ? r.notAllowed : failureText(t, result));
      return;
    }
    await onSaved(r.saved(w.statuses[status]));
  }

  return (
    <form className="console-form cw-reply" onSubmit={(e) => void submit(e)} noValidate aria-label={r.title(target.url)}>
      <div className="field console-field">
        <label htmlFor={`${base}-status`} className="label">{r.status}</label>
        <select id={`${base}-status`} name="status" defaultValue={choices[0]} aria-describedby={error ? `${base}-error` : undefined}>
          {choices.map((s) => <option key={s} value={s}>{r.statuses[s]}</option>)}
        </select>
        {error ? <p id={`${base}-error`} className="field-error" role="alert">{error}</p> : null}
      </div>
      <Field label={r.reference} name="reference" id={`${base}-reference`} autoComplete="off" maxLength={500} />
      <TextAreaField label={r.response} hint={r.responseHint} name="response" id={`${base}-response`} rows={3} maxLength={10_000} />
      <Field label={r.date} hint={r.dateHint} type="date" name="day" id={`${base}-day`} defaultValue={today} max={today} error={dateError} />
      <div className="button-row">
        <button className="button small" type="submit" disabled={busy}>{r.save}</button>
        <button className="button small secondary" type="button" onClick={onClose}>{r.cancel}</button>
      </div>
    </form>
  );
}
