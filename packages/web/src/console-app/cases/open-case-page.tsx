/**
 * Opening a case for someone who phoned or came in: how they want to be reached (the same choices
 * the locker gives), what happened, what they said. Checked with the contract's own schema before it
 * is sent; each error sits under its field, and the first one takes the focus.
 */
import { ARRIVALS, SITUATIONS, contactPreferencesSchema } from '@jikim/contracts';
import { useState, type FormEvent } from 'react';
import { failureText } from '../failure-text.js';
import { Field, Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { useHeadingFocus } from '../use-heading-focus.js';
import { caseApi, type OpenCaseRequest } from './case-api.js';
import { contactErrors, type ContactErrorField } from './contact-errors.js';
import { TextAreaField } from './text-area-field.js';

interface OpenCasePageProps extends PageProps {
  readonly onOpened: (id: string) => void;
  readonly onBack: () => void;
}

const CHANNELS = ['phone', 'sms', 'email'] as const;
const FIELD_IDS: Readonly<Record<ContactErrorField, string>> = { channels: 'open-channel-phone', phone: 'open-phone', email: 'open-email', other: 'open-name' };

export function OpenCasePage({ t, locale, onFailure, onOpened, onBack }: OpenCasePageProps) {
  const c = t.cases;
  const o = c.open;
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [errors, setErrors] = useState<Partial<Record<ContactErrorField, string>>>({});
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  function showErrors(found: Partial<Record<ContactErrorField, true>>) {
    const texts = Object.fromEntries(Object.keys(found).map((k) => [k, o.errors[k as ContactErrorField]]));
    setErrors(texts);
    const first = (['channels', 'phone', 'email', 'other'] as const).find((k) => found[k]);
    if (first) requestAnimationFrame(() => document.getElementById(FIELD_IDS[first])?.focus());
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const optional = (name: string) => (text(name) ? { [name]: text(name) } : {});
    const contact = {
      ...optional('name'),
      channels: CHANNELS.filter((ch) => data.get(`channel-${ch}`) === 'on'),
      ...optional('phone'),
      ...optional('email'),
      safeHours: text('safeHours'),
      noVoicemail: data.get('noVoicemail') === 'on',
      ...optional('codeWord'),
    };
    const checked = contactPreferencesSchema.safeParse(contact);
    if (!checked.success) return showErrors(contactErrors(checked.error.issues.map((i) => i.path.join('.'))));
    setErrors({});
    setProblem('');
    const request: OpenCaseRequest = {
      locale: text('locale') === 'en' ? 'en' : 'ko',
      contact: checked.data,
      situation: String(data.get('situation')) as OpenCaseRequest['situation'],
      arrival: String(data.get('arrival')) as NonNullable<OpenCaseRequest['arrival']>,
      message: text('message'),
      assignToMe: data.get('assignToMe') === 'on',
    };
    setBusy(true);
    const r = await caseApi.open(request);
    setBusy(false);
    if (r.ok) return onOpened(r.value.id);
    if (onFailure(r)) return;
    if (r.status === 400 && r.fields.length > 0) return showErrors(contactErrors(r.fields.map((f) => f.path.replace(/^contact\./, ''))));
    setProblem(failureText(t, r));
  }

  return (
    <section aria-labelledby="open-title">
      <div className="button-row"><button type="button" className="link-button" onClick={onBack}>← {c.back}</button></div>
      <h1 id="open-title" ref={heading} tabIndex={-1}>{o.title}</h1>
      <p>{o.intro}</p>
      <Notice text={problem} kind="error" />
      <form className="console-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="field console-field">
          <label htmlFor="open-locale" className="label">{o.language}</label>
          <select id="open-locale" name="locale" defaultValue={locale}>
            <option value="ko">{c.page.languages.ko}</option>
            <option value="en">{c.page.languages.en}</option>
          </select>
        </div>
        <div className="field console-field">
          <label htmlFor="open-situation" className="label">{o.situation}</label>
          <select id="open-situation" name="situation" defaultValue="unsure">
            {SITUATIONS.map((s) => <option key={s} value={s}>{c.situation[s]}</option>)}
          </select>
        </div>
        <div className="field console-field">
          <label htmlFor="open-arrival" className="label">{o.arrival}</label>
          <select id="open-arrival" name="arrival" defaultValue="phone">
            {ARRIVALS.filter((a) => a !== 'online').map((a) => <option key={a} value={a}>{o.arrivals[a]}</option>)}
          </select>
        </div>

        <fieldset>
          <legend>{o.contactTitle}</legend>
          <Field label={o.name} hint={o.nameHint} name="name" id="open-name" maxLength={100} autoComplete="off" />
          <fieldset className="case-channels" aria-describedby={errors.channels ? 'open-channels-error' : undefined}>
            <legend>{o.channels}</legend>
            {CHANNELS.map((ch) => (
              <div className="console-check" key={ch}>
                <input type="checkbox" id={`open-channel-${ch}`} name={`channel-${ch}`} aria-invalid={errors.channels ? true : undefined} aria-describedby={errors.channels ? 'open-channels-error' : undefined} />
                <label htmlFor={`open-channel-${ch}`}>{c.contact.channel[ch]}</label>
              </div>
            ))}
            {errors.channels ? <p id="open-channels-error" className="field-error" role="alert">{errors.channels}</p> : null}
          </fieldset>
          <Field label={o.phone} name="phone" id="open-phone" type="tel" maxLength={40} autoComplete="off" error={errors.phone} />
          <Field label={o.email} name="email" id="open-email" type="email" maxLength={254} autoComplete="off" error={errors.email} />
          <Field label={o.safeHours} hint={o.safeHoursHint} name="safeHours" id="open-safe-hours" maxLength={300} autoComplete="off" />
          <div className="console-check">
            <input type="checkbox" id="open-no-voicemail" name="noVoicemail" defaultChecked />
            <label htmlFor="open-no-voicemail">{o.noVoicemail}</label>
          </div>
          <Field label={o.codeWord} hint={o.codeWordHint} name="codeWord" id="open-code-word" maxLength={100} autoComplete="off" />
          {errors.other ? <p className="field-error" role="alert">{errors.other}</p> : null}
        </fieldset>

        <TextAreaField label={o.said} hint={o.saidHint} name="message" id="open-message" rows={6} maxLength={10_000} />
        <div className="console-check">
          <input type="checkbox" id="open-assign" name="assignToMe" defaultChecked />
          <label htmlFor="open-assign">{o.assignToMe}</label>
        </div>
        <div className="button-row"><button className="button" type="submit" disabled={busy}>{o.submit}</button></div>
      </form>
    </section>
  );
}
