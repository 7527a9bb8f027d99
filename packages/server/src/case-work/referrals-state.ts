/**
 * The rules of a referral's state (decision 0017, "Consent and referrals"), and when it counts as
 * made without consent.
 *
 * States and the moves allowed (anything else is refused, 409):
 *
 *   proposed  → consented | sent | declined   (made; the person has not agreed to this referral yet)
 *   consented → sent | declined               (the person agreed; needs the consent of its kind given now)
 *   sent      → accepted | declined           (the station, organisation or centre was contacted)
 *   accepted  → done | declined               (they took it on; the person may still stop)
 *   declined, done                            (final: nothing follows)
 *
 * A referral is created `proposed`. Creating one, or moving it to `sent`, while the consent its kind
 * needs (REFERRAL_CONSENT) is not given now needs a recorded reason; moving to `consented` needs the
 * consent itself. `flagged` (without consent now): made or sent without it, or — while it is still
 * open (not declined or done) — the consent it needs is not given now (withdrawn later).
 */
import { REFERRAL_CONSENT, type ConsentKind, type Referral } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { CurrentConsents } from './consent-state.js';

export type ReferralKind = Referral['kind'];
export type ReferralState = Referral['state'];

export const NEXT_REFERRAL_STATES: Readonly<Record<ReferralState, readonly ReferralState[]>> = {
  proposed: ['consented', 'sent', 'declined'],
  consented: ['sent', 'declined'],
  sent: ['accepted', 'declined'],
  accepted: ['done', 'declined'],
  declined: [],
  done: [],
};

export const isFinalReferralState = (state: ReferralState) => NEXT_REFERRAL_STATES[state].length === 0;

export const canMoveReferral = (from: ReferralState, to: ReferralState) => NEXT_REFERRAL_STATES[from].includes(to);

/** Without consent now: made or sent without it, or (still open) the consent it needs is not given now. */
export function isReferralFlagged(referral: { kind: ReferralKind; state: ReferralState; withoutConsent: boolean }, current: CurrentConsents): boolean {
  if (referral.withoutConsent) return true;
  return !isFinalReferralState(referral.state) && current[REFERRAL_CONSENT[referral.kind]] !== true;
}

/** The kinds of referral that need this consent. */
export const kindsNeeding = (consent: ConsentKind): ReferralKind[] =>
  (Object.keys(REFERRAL_CONSENT) as ReferralKind[]).filter((kind) => REFERRAL_CONSENT[kind] === consent);

/** The case's open referrals (not declined or done) that need this consent: a withdrawal touches them. */
export async function dependentReferrals(db: Kysely<Database>, caseId: string, consent: ConsentKind) {
  const kinds = kindsNeeding(consent);
  if (kinds.length === 0) return [];
  return db.selectFrom('case_referrals').select(['id', 'kind', 'state']).where('case_id', '=', caseId)
    .where('kind', 'in', kinds).where('state', 'not in', ['declined', 'done']).orderBy('created_at').orderBy('id').execute();
}
