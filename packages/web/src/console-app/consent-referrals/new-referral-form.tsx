/**
 * "New referral": where to (kind), which organisation or station (for the police, help choosing by
 * the guide's rule), a note. When the person has not given the consent the kind needs, the form
 * says so in words and asks for a reason of at least 10 characters, which is recorded and flagged.
 */
import { REFERRAL_KINDS, type ConsentState, type Referral } from '@jikim/contracts';
import { useState, type FormEvent } from 'react';
import { Field } from '../form-field.js';
import { TextAreaField } from '../cases/text-area-field.js';
import type { NewReferral } from './consent-referral-api.js';
import type { ConsentReferralMessages } from './consent-referral-messages.js';
import { reasonIsEnough, REASON_MIN, referralConsent } from './consent-view.js';
import { StationHelp } from './station-help.js';

interface NewReferralFormProps {
  readonly m: ConsentReferralMessages;
  readonly locale: 'ko' | 'en';
  readonly consents: ConsentState | undefined;
  readonly busy: boolean;
  /** Saves it; answers an error text, or '' once saved (the form then empties). */
  readonly onCreate: (request: NewReferral) => Promise<string>;
}

type FieldName = 'organisation' | 'reason' | 'form';

export function NewReferralForm({ m, locale, consents, busy, onCreate }: NewReferralFormProps) {
  const r = m.referrals;
  const [kind, setKind] = useState<Referral['kind']>('police');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const needs = referralConsent(kind, consents);
  const consentName = m.consents.kinds[needs.consent].name;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const found: Partial<Record<FieldName, string>> = {};
    if (!text('organisation')) found.organisation = r.organisationRequired;
    if (!needs.given && !reasonIsEnough(text('reason'))) found.reason = r.reasonShort;
    setErrors(found);
    const first = found.organisation ? 'cr-ref-organisation' : found.reason ? 'cr-ref-reason' : '';
    if (first) return void document.getElementById(first)?.focus();
    const request: NewReferral = {
      kind, organisation: text('organisation'), note: text('note'),
      ...(needs.given ? {} : { withoutConsentReason: text('reason') }),
    };
    const problem = await onCreate(request);
    if (problem) return setErrors({ form: problem });
    form.reset();
    setKind('police');
  }

  return (
    <form className="console-form case-action cr-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="cr-new-title">
      <h3 id="cr-new-title">{r.newTitle}</h3>
      <div className="field console-field">
        <label htmlFor="cr-ref-kind" className="label">{r.kind}</label>
        <select id="cr-ref-kind" name="kind" value={kind} onChange={(e) => { setKind(e.currentTarget.value as Referral['kind']); setErrors({}); }}>
          {REFERRAL_KINDS.map((k) => <option key={k} value={k}>{r.kinds[k]}</option>)}
        </select>
      </div>
      {needs.given
        ? <p className="console-notice info cr-consent-check" data-consent-given="true">{r.consentGiven(consentName)}</p>
        : (
          <div className="console-notice error cr-consent-check" data-consent-given="false">
            <p><strong>{r.consentMissing(consentName)}</strong></p>
            <p>{r.consentMissingHint}</p>
          </div>
        )}
      {kind === 'police' ? <StationHelp m={m} locale={locale} /> : null}
      {kind === 'centre' ? <p className="console-notice info">{r.transfer}</p> : null}
      <Field label={r.organisation[kind]} name="organisation" id="cr-ref-organisation" maxLength={300} autoComplete="off" error={errors.organisation} />
      {needs.given ? null : (
        <TextAreaField label={r.reason} hint={r.reasonHint} name="reason" id="cr-ref-reason" rows={3} minLength={REASON_MIN} maxLength={2_000} error={errors.reason} />
      )}
      <TextAreaField label={r.note} hint={r.noteHint} name="note" id="cr-ref-note" rows={2} maxLength={2_000} />
      {errors.form ? <p className="field-error" role="alert">{errors.form}</p> : null}
      <div className="button-row"><button type="submit" className="button" disabled={busy}>{r.create}</button></div>
    </form>
  );
}
