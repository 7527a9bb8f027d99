/**
 * One referral in the log: where to, its state and dates, "No consent" in words when it is flagged
 * (with the reason given, if any), the history folded away, and the next states it can move to.
 * A transfer says who passes the case code on, and offers the package for the receiving centre.
 */
import type { ConsentState, Referral } from '@jikim/contracts';
import { useState, type FormEvent } from 'react';
import { seoulDateTime } from '../seoul-time.js';
import { TextAreaField } from '../cases/text-area-field.js';
import type { ReferralState } from './consent-referral-api.js';
import type { ConsentReferralMessages } from './consent-referral-messages.js';
import { nextStates, referralConsent } from './consent-view.js';

interface ReferralEntryProps {
  readonly m: ConsentReferralMessages;
  readonly locale: 'ko' | 'en';
  readonly referral: Referral;
  readonly consents: ConsentState | undefined;
  readonly busy: boolean;
  readonly onState: (referralId: string, state: ReferralState, note: string) => Promise<string>;
  /** Opens "make the package" of the case page; absent when the case has no items. */
  readonly onMakePackage: (() => void) | undefined;
}

export function ReferralEntry({ m, locale, referral, consents, busy, onState, onMakePackage }: ReferralEntryProps) {
  const r = m.referrals;
  const [error, setError] = useState('');
  const when = (iso: string) => seoulDateTime(iso, locale);
  const next = nextStates(referral.state);
  const titleId = `cr-ref-${referral.id}`;
  const consentName = m.consents.kinds[referralConsent(referral.kind, consents).consent].name;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const problem = await onState(referral.id, String(data.get('state')) as ReferralState, String(data.get('note') ?? '').trim());
    setError(problem);
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
            <select id={`${titleId}-state`} name="state" defaultValue={next[0]} key={referral.state}>
              {next.map((s) => <option key={s} value={s}>{r.states[s]}</option>)}
            </select>
          </div>
          <TextAreaField label={r.stateNote} name="note" id={`${titleId}-note`} rows={2} maxLength={2_000} error={error || undefined} />
          <div className="button-row"><button type="submit" className="button small" disabled={busy}>{r.saveState}</button></div>
        </form>
      )}
    </li>
  );
}
