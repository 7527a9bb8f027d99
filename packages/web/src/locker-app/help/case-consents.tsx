/**
 * What the person agreed to, one kind at a time: where it stands, what it means, and one button
 * (agree, or withdraw after a confirmation that says what withdrawing does). Each change is its own
 * record on the server (append-only); the view is read again after it. Locker and /help/status.
 */
import type { HelpStatus } from '@jikim/contracts';
import type { Locale } from '@jikim/guide';
import { useEffect, useRef, useState } from 'react';
import { consentRows, type ConsentRowView } from './case-consents-view.js';
import { helpApi, type CaseAccess } from './help-api.js';
import type { CaseWorkMessages } from './i18n/help-messages.js';

const TAGS: Record<Locale, string> = { ko: 'ko-KR', en: 'en-GB' };
const day = (iso: string, locale: Locale) => new Date(iso).toLocaleDateString(TAGS[locale], { dateStyle: 'long' });

interface CaseConsentsProps {
  readonly t: CaseWorkMessages['consents'];
  readonly locale: Locale;
  readonly access: CaseAccess;
  /** Absent from a server from before issue 13. */
  readonly consents: HelpStatus['consents'] | undefined;
  readonly since: HelpStatus['consentsSince'];
  /** Read the status again after a change. */
  readonly onChanged: () => Promise<void>;
}

export function CaseConsents({ t, locale, access, consents, since, onChanged }: CaseConsentsProps) {
  const [confirming, setConfirming] = useState<ConsentRowView | null>(null);
  const [saving, setSaving] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) heading.current?.focus();
    else if (returnTo) document.getElementById(returnTo)?.focus();
  }, [confirming, returnTo]);

  const send = async (row: ConsentRowView) => {
    const title = t.kinds[row.kind].title;
    setSaving(true);
    setError('');
    setSaid(t.saving);
    try {
      await helpApi.consent(access, row.kind, row.next.granted);
      await onChanged();
      setSaid(row.next.granted ? t.savedAgreed(title) : t.savedWithdrawn(title));
    } catch {
      setSaid('');
      setError(t.failed);
    } finally {
      setSaving(false);
      setReturnTo(`consent-${row.kind}-button`);
      setConfirming(null);
    }
  };

  const rows = consentRows(consents, since);
  const standing = (row: ConsentRowView) => row.standing === 'agreed' ? (row.since ? t.agreedOn(day(row.since, locale)) : t.agreed) : row.standing === 'withdrawn' ? t.withdrawn : t.notAgreed;
  return (
    <section className="case-consents" aria-labelledby="case-consents-title">
      <h3 id="case-consents-title">{t.title}</h3>
      <p className="hint">{t.lead} {t.always}</p>
      {confirming ? (
        <div className="confirm-box" role="group" aria-labelledby="consent-confirm-title">
          <h4 id="consent-confirm-title" ref={heading} tabIndex={-1}>{t.confirmTitle(t.kinds[confirming.kind].title)}</h4>
          <p>{t.confirmLead}</p>
          <p>{t.confirmDone}</p>
          <div className="button-row">
            <button type="button" className="button danger" disabled={saving} onClick={() => void send(confirming)}>{t.confirm}</button>
            <button type="button" className="button button-secondary" disabled={saving} onClick={() => {
              setReturnTo(`consent-${confirming.kind}-button`);
              setConfirming(null);
            }}>{t.cancel}</button>
          </div>
        </div>
      ) : (
        <ul className="help-status-list case-consent-list">
          {rows.map((row) => {
            const title = t.kinds[row.kind].title;
            return (
              <li key={row.kind} className="case-consent" data-consent={row.kind} data-standing={row.standing}>
                <h4 id={`consent-${row.kind}-title`}>{title}</h4>
                <p className="case-consent-state"><span className={row.standing === 'agreed' ? 'label' : undefined}>{standing(row)}</span></p>
                <p className="hint" id={`consent-${row.kind}-explain`}>{t.kinds[row.kind].explain}</p>
                <button
                  type="button"
                  id={`consent-${row.kind}-button`}
                  className={row.next.granted ? 'button' : 'button button-secondary'}
                  aria-describedby={`consent-${row.kind}-title consent-${row.kind}-explain`}
                  // Not disabled while saving: a disabled button would drop the keyboard focus.
                  onClick={() => (saving ? undefined : row.next.confirm ? setConfirming(row) : void send(row))}
                >
                  {row.next.granted ? t.agree : t.withdraw}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" className="form-status">{said}</p>
      <p role="alert" className="form-error">{error}</p>
    </section>
  );
}
