/**
 * What a counsellor does in a case: take it (or let it go), note, write to the person (with how to
 * reach them repeated right there), record how identity was checked (never a copy of the ID), and
 * change the status. Each form ties its error to its field and, once saved, the page reloads.
 */
import { caseStatusSchema, type CaseStatusValue, type CaseSummary, type ContactPreferences } from '@jikim/contracts';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiResult } from '../console-api.js';
import { failureText } from '../failure-text.js';
import type { ConsoleMessages } from '../i18n/index.js';
import type { PageProps } from '../page-props.js';
import { caseApi, type IdentityCheck } from './case-api.js';
import { ContactCard } from './contact-card.js';
import { TextAreaField } from './text-area-field.js';

interface CaseActionsProps {
  readonly t: ConsoleMessages;
  readonly me: PageProps['me'];
  readonly summary: CaseSummary;
  readonly contact: ContactPreferences | null;
  readonly onFailure: PageProps['onFailure'];
  /** Called after a change was saved: the page reloads and says so. */
  readonly onSaved: () => Promise<void>;
  /** "Attach a file", which sits among the other things to do. */
  readonly attach: ReactNode;
}

type Action = 'note' | 'message' | 'identity' | 'status' | 'assign';
const METHODS = ['in_person_id', 'video_call_id', 'phone_known_details', 'other'] as const;

export function CaseActions({ t, me, summary, contact, onFailure, onSaved, attach }: CaseActionsProps) {
  const a = t.cases.actions;
  const [errors, setErrors] = useState<Partial<Record<Action, string>>>({});
  const [busy, setBusy] = useState<Action | undefined>();
  const id = summary.id;

  async function run(action: Action, call: () => Promise<ApiResult<unknown>>, form?: HTMLFormElement): Promise<void> {
    setBusy(action);
    setErrors({});
    const r = await call();
    setBusy(undefined);
    if (!r.ok) {
      if (!onFailure(r)) setErrors({ [action]: r.status === 400 ? a.required : failureText(t, r) });
      return;
    }
    form?.reset();
    await onSaved();
  }

  /** The text of a form's field, or an error on it (and the focus there) when it is empty. */
  function required(event: FormEvent<HTMLFormElement>, action: Action, name: string): string | undefined {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem(name) as HTMLTextAreaElement;
    const text = field.value.trim();
    if (text) return text;
    setErrors({ [action]: a.required });
    field.focus();
    return undefined;
  }

  function note(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const text = required(event, 'note', 'note');
    if (text) void run('note', () => caseApi.note(id, text), form);
  }
  function message(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const text = required(event, 'message', 'message');
    const wait = (form.elements.namedItem('wait') as HTMLInputElement).checked;
    if (text) void run('message', () => caseApi.message(id, text, wait), form);
  }
  function identity(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const check: IdentityCheck = { method: String(data.get('method')) as IdentityCheck['method'], note: String(data.get('identity-note') ?? '').trim() };
    void run('identity', () => caseApi.identity(id, check), form);
  }
  function status(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('status')) as CaseStatusValue;
    void run('status', () => caseApi.status(id, value));
  }

  const errorFor = (action: Action) => errors[action];
  return (
    <section aria-labelledby="case-actions-title" className="case-actions">
      <h2 id="case-actions-title">{a.title}</h2>
      <div className="case-action">
        <p>{summary.assignedToMe ? a.assignedToMe : summary.status === 'new' ? a.nobodyYet : a.assignedToOther}</p>
        <div className="button-row">
          {summary.assignedToMe
            ? <button type="button" className="button small secondary" disabled={busy !== undefined} onClick={() => void run('assign', () => caseApi.assign(id, null))}>{a.unassign}</button>
            : <button type="button" className="button small" disabled={busy !== undefined} onClick={() => void run('assign', () => caseApi.assign(id, me.id))}>{a.assignToMe}</button>}
        </div>
        {errorFor('assign') ? <p className="field-error" role="alert">{errorFor('assign')}</p> : null}
      </div>
      {attach}

      <form className="console-form case-action" onSubmit={message} noValidate aria-labelledby="case-message-title">
        <h3 id="case-message-title">{a.messageTitle}</h3>
        <p>{a.messageIntro}</p>
        <ContactCard t={t.cases} contact={contact} full headingId="case-message-contact" />
        <TextAreaField label={a.messageText} hint={a.messageHint} name="message" id="case-message" maxLength={10_000} error={errorFor('message')} />
        <div className="console-check">
          <input type="checkbox" id="case-wait" name="wait" defaultChecked />
          <label htmlFor="case-wait">{a.waitForReply}</label>
        </div>
        <div className="button-row"><button className="button" type="submit" disabled={busy !== undefined}>{a.send}</button></div>
      </form>

      <form className="console-form case-action" onSubmit={note} noValidate aria-labelledby="case-note-title">
        <h3 id="case-note-title">{a.noteTitle}</h3>
        <TextAreaField label={a.note} hint={a.noteHint} name="note" id="case-note" maxLength={10_000} error={errorFor('note')} />
        <div className="button-row"><button className="button" type="submit" disabled={busy !== undefined}>{a.addNote}</button></div>
      </form>

      <form className="console-form case-action" onSubmit={identity} noValidate aria-labelledby="case-identity-title">
        <h3 id="case-identity-title">{a.identityTitle}</h3>
        <p className="console-notice info">{a.identityIntro}</p>
        <div className="field console-field">
          <label htmlFor="case-identity-method" className="label">{a.method}</label>
          <select id="case-identity-method" name="method" defaultValue="in_person_id">
            {METHODS.map((m) => <option key={m} value={m}>{a.methods[m]}</option>)}
          </select>
        </div>
        <TextAreaField label={a.identityNote} hint={a.identityNoteHint} name="identity-note" id="case-identity-note" rows={2} maxLength={1_000} error={errorFor('identity')} />
        <div className="button-row"><button className="button" type="submit" disabled={busy !== undefined}>{a.recordIdentity}</button></div>
      </form>

      <form className="console-form case-action" onSubmit={status} noValidate aria-labelledby="case-status-title">
        <h3 id="case-status-title">{a.statusTitle}</h3>
        <div className="field console-field">
          <label htmlFor="case-status" className="label">{a.newStatus}</label>
          <select id="case-status" name="status" defaultValue={summary.status} key={summary.status} aria-describedby={errorFor('status') ? 'case-status-error' : undefined}>
            {caseStatusSchema.options.map((s) => <option key={s} value={s}>{t.cases.status[s]}</option>)}
          </select>
          {errorFor('status') ? <p id="case-status-error" className="field-error" role="alert">{errorFor('status')}</p> : null}
        </div>
        <div className="button-row"><button className="button" type="submit" disabled={busy !== undefined}>{a.saveStatus}</button></div>
      </form>
    </section>
  );
}
