/**
 * One referral in the log: where to, its state and dates, "No consent" in words when it is flagged
 * (with the reason given, if any), the history folded away, and the next states it can move to.
 * A transfer says who passes the case code on, and offers the package for the receiving centre.
 */
import type { ConsentState, Referral } from '@jikim/contracts';
import { useState, type FormEvent } from 'react';
import { seoulDateTime } from '../seoul-time.js';
import { TextAreaField } from '../cases/text-area-field.js';
import type { ReferralMove, ReferralState } from './consent-referral-api.js';
import type { ConsentReferralMessages } from './consent-referral-messages.js';
import { moveNeeds, nextStates, reasonIsEnough, REASON_MIN, referralConsent } from './consent-view.js';

interface ReferralEntryProps {
  readonly m: ConsentReferralMessages;
  readonly locale: 'ko' | 'en';
  readonly referral: Referral;
  readonly consents: ConsentState | undefined;
  readonly busy: boolean;
  readonly onState: (referralId: string, move: ReferralMove) => Promise<string>;
  /** Opens "make the package" of the case page; absent when the case has no items. */
  readonly onMakePackage: (() => void) | undefined;
}

export function ReferralEntry({ m, locale, referral, consents, busy, onState, onMakePackage }: ReferralEntryProps) {
  const r = m.referrals;
  const when = (iso: string) => seoulDateTime(iso, locale);
  const next = nextStates(referral.state);
  const needed = referralConsent(referral.kind, consents);
  const [to, setTo] = useState<ReferralState | undefined>(next.find((s) => moveNeeds(s, needed.given) !== 'consent') ?? next[0]);
  const [errors, setErrors] = useState<{ readonly reason?: string; readonly form?: string }>({});
  const titleId = `cr-ref-${referral.id}`;
  const consentName = m.consents.kinds[needed.consent].name;
  const needs = to ? moveNeeds(to, needed.given) : 'nothing';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!to || needs === 'consent') return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const reason = String(data.get('reason') ?? '').trim();
    if (needs === 'reason' && !reasonIsEnough(reason)) {
      setErrors({ reason: r.reasonShort });
      return void document.getElementById(`${titleId}-reason`)?.focus();
    }
    const problem = await onState(referral.id, { state: to, note: String(data.get('note') ?? '').trim(), ...(needs === 'reason' ? { withoutConsentReason: reason } : {}) });
    setErrors(problem ? { form: problem } : {});
    if (!problem) form.reset();
  }

  return (
    <li className={`cr-referral${referral.flagged ? ' flagged' : ''}`} data-referral-kind={referral.kind} aria-labelledby={titleId}>
      <h3 id={titleId}>{r.kinds[referral.kind]} · <span className="break-all">{referral.organisation}</span></h3>
      <p>
        <strong className="cr-state">{r.states[referral.state]}</strong>
        {referral.flagged ? <> · <strong className="cr-flag">⚠ {r.flagged}</strong></> : null}
      </p>
      {referral.flagged ? <p className="cr-flag-explain">{r.flaggedExplain(consentName)}</p> : null}
      <p className="hint">{r.created(when(referral.createdAt))} · {r.updated(when(referral.updatedAt))}</p>
      {referral.withoutConsentReason ? (
        <p><span className="strong">{r.reasonGiven}:</span> <span className="pre-wrap">{referral.withoutConsentReason}</span></p>
      ) : null}
      {referral.note ? <p className="cr-note pre-wrap">{referral.note}</p> : null}
      {referral.kind === 'centre' ? (
        <div className="cr-transfer">
          <p>{r.transfer}</p>
          {onMakePackage
            ? <div className="button-row"><button type="button" className="button small secondary" onClick={onMakePackage}>{r.makePackage}</button></div>
            : <p className="hint">{r.noPackage}</p>}
        </div>
      ) : null}
      {referral.history.length > 0 ? (
        <details className="case-history">
          <summary>{r.history(referral.history.length)}</summary>
          <ol>
            {referral.history.map((h, i) => (
              <li key={`${h.at}-${i}`}>
                <span className="case-when">{when(h.at)}</span> · {r.historyEntry(r.states[h.state], h.actor.name ?? m.consents.someone)}{h.note ? ` — ${h.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {next.length === 0 ? <p className="hint">{r.finished}</p> : (
        <form className="console-form cr-state-form" onSubmit={(e) => void submit(e)} noValidate aria-label={`${r.changeTitle}: ${r.kinds[referral.kind]} · ${referral.organisation}`}>
          <div className="field console-field">
            <label htmlFor={`${titleId}-state`} className="label">{r.newState}</label>
            <select id={`${titleId}-state`} name="state" value={to} onChange={(e) => { setTo(e.currentTarget.value as ReferralState); setErrors({}); }}>
              {next.map((s) => <option key={s} value={s}>{r.states[s]}</option>)}
            </select>
          </div>
          {needs === 'consent' ? <p className="console-notice error" role="status">{r.needsConsent(consentName)}</p> : null}
          {needs === 'reason' ? (
            <>
              <div className="console-notice error"><p><strong>{r.consentMissing(consentName)}</strong></p><p>{r.consentMissingHint}</p></div>
              <TextAreaField label={r.reason} hint={r.reasonHint} name="reason" id={`${titleId}-reason`} rows={2} minLength={REASON_MIN} maxLength={2_000} error={errors.reason} />
            </>
          ) : null}
          <TextAreaField label={r.stateNote} name="note" id={`${titleId}-note`} rows={2} maxLength={2_000} />
          {errors.form ? <p className="field-error" role="alert">{errors.form}</p> : null}
          <div className="button-row"><button type="submit" className="button small" disabled={busy || needs === 'consent'}>{r.saveState}</button></div>
        </form>
      )}
    </li>
  );
}
