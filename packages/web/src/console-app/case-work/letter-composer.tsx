/**
 * "Write the letter" for one operator's group or one target: language, content kind, reply-by day,
 * which items' hashes to list, the centre's name and contact; a preview from the server; then send it
 * by e-mail (when the server can) or record it as sent through the operator's web form. Without the
 * person's consent to write to operators, the send buttons stay disabled and the reason is said.
 */
import type { CaseItem, Target } from '@jikim/contracts';
import { useRef, useState, type FormEvent } from 'react';
import type { ApiResult } from '../console-api.js';
import { failureText } from '../failure-text.js';
import { Field, Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { caseWorkApi, type LetterDraft, type LetterDraftRequest, type MailStatus } from './case-work-api.js';
import type { CaseWorkMessages } from './case-work-messages.js';
import { defaultRespondBy, respondByValid } from './letter-defaults.js';
import { ExternalLink } from './external-link.js';
import type { OperatorChannel } from './operator-channel.js';

const KINDS = ['illegal-filming', 'non-consensual-sharing', 'manipulated-images', 'threat-material'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

interface LetterComposerProps {
  readonly w: CaseWorkMessages;
  readonly t: PageProps['t'];
  readonly caseId: string;
  readonly channel: OperatorChannel;
  readonly targets: readonly Target[];
  readonly items: readonly CaseItem[];
  readonly consentGiven: boolean;
  readonly mail: MailStatus | undefined;
  readonly onFailure: PageProps['onFailure'];
  readonly onSent: (text: string) => Promise<void>;
  readonly onClose: () => void;
}

export function LetterComposer({ w, t, caseId, channel, targets, items, consentGiven, mail, onFailure, onSent, onClose }: LetterComposerProps) {
  const l = w.letter;
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<{ readonly request: LetterDraftRequest; readonly letter: LetterDraft } | undefined>();
  const [errors, setErrors] = useState<Partial<Record<'respondBy' | 'to' | 'form', string>>>({});
  const [busy, setBusy] = useState(false);
  const base = `letter-${channel.key.replace(/[^a-z0-9-]/giu, '-')}`;

  function request(): LetterDraftRequest | undefined {
    const data = new FormData(form.current ?? undefined);
    const respondBy = String(data.get('respondBy') ?? '');
    if (!respondByValid(respondBy, new Date())) {
      setErrors({ respondBy: l.respondByPast });
      return undefined;
    }
    const name = String(data.get('centreName') ?? '').trim();
    const contact = String(data.get('centreContact') ?? '').trim();
    return {
      targetIds: targets.map((target) => target.id),
      locale: data.get('locale') === 'en' ? 'en' : 'ko',
      contentKind: String(data.get('contentKind')) as LetterDraftRequest['contentKind'],
      respondBy,
      evidenceItemIds: data.getAll('evidence').map(String),
      ...(name || contact ? { requester: { ...(name ? { name } : {}), ...(contact ? { contact } : {}) } } : {}),
    };
  }

  async function call<T>(run: () => Promise<ApiResult<T>>): Promise<T | undefined> {
    setBusy(true);
    const r = await run();
    setBusy(false);
    if (r.ok) return r.value;
    if (!onFailure(r)) setErrors({ form: r.error === 'consent_missing' ? w.consent.refused : failureText(t, r) });
    return undefined;
  }

  async function preview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    const asked = request();
    if (!asked) return;
    const letter = await call(() => caseWorkApi.previewLetter(caseId, asked));
    if (letter) setDraft({ request: asked, letter });
  }

  async function send(send: { method: 'email'; to: string } | { method: 'web_form'; reference: string; formUrl?: string }) {
    if (!draft) return setErrors({ form: l.needPreview });
    if (send.method === 'email' && !EMAIL.test(send.to)) return setErrors({ to: l.emailInvalid });
    setErrors({});
    const sent = await call(() => caseWorkApi.sendLetter(caseId, { ...draft.request, send }));
    if (sent) await onSent(l.sent(sent.targetIds.length));
  }

  const changed = () => setDraft(undefined);
  return (
    <section className="cw-letter" aria-labelledby={`${base}-title`}>
      <h4 id={`${base}-title`}>{l.title(channel.name)}</h4>
      <p>{l.targets(targets.length)}</p>
      <form ref={form} className="console-form" onSubmit={(e) => void preview(e)} onChange={changed} noValidate>
        <div className="field console-field">
          <label htmlFor={`${base}-locale`} className="label">{l.language}</label>
          <select id={`${base}-locale`} name="locale" defaultValue={channel.language}>
            <option value="ko">{w.languages.ko}</option>
            <option value="en">{w.languages.en}</option>
          </select>
        </div>
        <div className="field console-field">
          <label htmlFor={`${base}-kind`} className="label">{l.contentKind}</label>
          <select id={`${base}-kind`} name="contentKind" defaultValue="non-consensual-sharing">
            {KINDS.map((k) => <option key={k} value={k}>{l.kinds[k]}</option>)}
          </select>
        </div>
        <Field label={l.respondBy} hint={l.respondByHint} type="date" id={`${base}-respond`} name="respondBy" defaultValue={defaultRespondBy(new Date())} error={errors.respondBy} />
        <fieldset className="cw-evidence">
          <legend className="label">{l.evidence}</legend>
          <p className="hint">{l.evidenceHint}</p>
          {items.length === 0 ? <p className="hint">{l.noEvidence}</p> : items.map((entry) => (
            <div className="console-check" key={entry.itemId}>
              <input type="checkbox" id={`${base}-ev-${entry.itemId}`} name="evidence" value={entry.itemId} />
              <label htmlFor={`${base}-ev-${entry.itemId}`}>{entry.item.exhibitNumber}. {entry.item.title}</label>
            </div>
          ))}
        </fieldset>
        <p className="hint" id={`${base}-centre-hint`}>{l.centreHint}</p>
        <Field label={l.centreName} id={`${base}-centre-name`} name="centreName" maxLength={200} autoComplete="organization" />
        <Field label={l.centreContact} id={`${base}-centre-contact`} name="centreContact" maxLength={200} autoComplete="off" />
        <div className="button-row">
          <button type="submit" className="button small" disabled={busy}>{l.preview}</button>
          <button type="button" className="button small secondary" onClick={onClose}>{l.close}</button>
        </div>
      </form>
      <Notice text={errors.form ?? ''} kind="error" />
      {draft ? (
        <LetterSend w={w} base={base} channel={channel} draft={draft.letter} consentGiven={consentGiven} mail={mail} busy={busy} toError={errors.to} onSend={(s) => void send(s)} />
      ) : null}
    </section>
  );
}

interface LetterSendProps {
  readonly w: CaseWorkMessages;
  readonly base: string;
  readonly channel: OperatorChannel;
  readonly draft: LetterDraft;
  readonly consentGiven: boolean;
  readonly mail: MailStatus | undefined;
  readonly busy: boolean;
  readonly toError: string | undefined;
  readonly onSend: (send: { method: 'email'; to: string } | { method: 'web_form'; reference: string; formUrl?: string }) => void;
}

function LetterSend({ w, base, channel, draft, consentGiven, mail, busy, toError, onSend }: LetterSendProps) {
  const l = w.letter;
  const [to, setTo] = useState(draft.to ?? channel.email ?? '');
  const [reference, setReference] = useState('');
  const blocked = !consentGiven || busy;
  return (
    <div className="cw-preview">
      <h5>{l.previewTitle}</h5>
      <p><span className="label">{l.subject}:</span> <span className="cw-subject">{draft.subject}</span></p>
      <p className="label">{l.body}</p>
      <pre className="pre-wrap cw-body">{draft.body}</pre>
      <h5>{l.sendTitle}</h5>
      {!consentGiven ? <p className="console-notice error">{w.consent.missing}</p> : null}
      {mail?.configured ? (
        <div className="cw-send">
          <Field label={l.emailTo} hint={l.emailToHint} type="email" id={`${base}-to`} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={toError} autoComplete="off" />
          <div className="button-row"><button type="button" className="button small" disabled={blocked} onClick={() => onSend({ method: 'email', to: to.trim() })}>{l.sendEmail}</button></div>
        </div>
      ) : <p className="hint">{l.noMail}</p>}
      <div className="cw-send">
        <h6 className="label">{l.webFormTitle}</h6>
        {channel.formUrl ? <p>{l.openForm}: <ExternalLink href={channel.formUrl} /></p> : null}
        <Field label={l.reference} id={`${base}-reference`} value={reference} onChange={(e) => setReference(e.currentTarget.value)} maxLength={500} autoComplete="off" />
        <div className="button-row">
          <button type="button" className={mail?.configured ? 'button small secondary' : 'button small'} disabled={blocked}
            onClick={() => onSend({ method: 'web_form', reference: reference.trim(), ...(channel.formUrl ? { formUrl: channel.formUrl } : {}) })}>{l.markSent}</button>
        </div>
      </div>
    </div>
  );
}
