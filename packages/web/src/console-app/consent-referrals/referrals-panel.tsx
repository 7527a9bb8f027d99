/** The case's referral log, newest first, and the form for a new referral. */
import type { ConsentState, Referral } from '@jikim/contracts';
import type { NewReferral, ReferralMove } from './consent-referral-api.js';
import type { ConsentReferralMessages } from './consent-referral-messages.js';
import { NewReferralForm } from './new-referral-form.js';
import { ReferralEntry } from './referral-entry.js';

interface ReferralsPanelProps {
  readonly m: ConsentReferralMessages;
  readonly locale: 'ko' | 'en';
  readonly referrals: readonly Referral[];
  readonly consents: ConsentState | undefined;
  readonly busy: boolean;
  readonly onCreate: (request: NewReferral) => Promise<string>;
  readonly onState: (referralId: string, move: ReferralMove) => Promise<string>;
  readonly onMakePackage: (() => void) | undefined;
}

export function ReferralsPanel({ m, locale, referrals, consents, busy, onCreate, onState, onMakePackage }: ReferralsPanelProps) {
  const r = m.referrals;
  const newestFirst = [...referrals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="cr-referrals-title" className="cr-panel">
      <h2 id="cr-referrals-title">{r.title}</h2>
      <p>{r.intro}</p>
      {newestFirst.length === 0 ? <p className="hint">{r.empty}</p> : (
        <ul className="cr-list">
          {newestFirst.map((referral) => (
            <ReferralEntry key={`${referral.id}-${referral.state}`} m={m} locale={locale} referral={referral} consents={consents} busy={busy} onState={onState} onMakePackage={onMakePackage} />
          ))}
        </ul>
      )}
      <NewReferralForm m={m} locale={locale} consents={consents} busy={busy} onCreate={onCreate} />
    </section>
  );
}
