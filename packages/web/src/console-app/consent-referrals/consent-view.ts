/**
 * What the consents and referrals panels say, worked out apart from how they look: where each
 * consent stands (given, withdrawn, declined, never asked), which consent a referral needs and
 * whether it is there now, and which states a referral can move on to.
 */
import { CONSENT_KINDS, REFERRAL_CONSENT, type ConsentKind, type ConsentState, type Referral } from '@jikim/contracts';
import type { ReferralState } from './consent-referral-api.js';

export type ConsentRecord = ConsentState['records'][number];
/** `withdrawn`: given once, then taken back; `declined`: asked, and the answer was no. */
export type ConsentStanding = 'given' | 'withdrawn' | 'declined' | 'not_asked';

/** The records of one kind, oldest first (as recorded, whatever order the server sent). */
export function recordsOf(kind: ConsentKind, state: ConsentState): ConsentRecord[] {
  return state.records.filter((r) => r.kind === kind).sort((a, b) => a.at.localeCompare(b.at));
}

/** Where a consent stands now, and the record that says so (none when never asked). */
export function consentStanding(kind: ConsentKind, state: ConsentState): { readonly standing: ConsentStanding; readonly last?: ConsentRecord } {
  const records = recordsOf(kind, state);
  const last = records.at(-1);
  const granted = state.current[kind] ?? last?.granted;
  if (granted === undefined) return { standing: 'not_asked' };
  if (granted) return { standing: 'given', ...(last ? { last } : {}) };
  const everGiven = records.some((r) => r.granted);
  return { standing: everGiven ? 'withdrawn' : 'declined', ...(last ? { last } : {}) };
}

/** Every kind, in the contract's order, with where it stands. */
export function consentRows(state: ConsentState) {
  return CONSENT_KINDS.map((kind) => ({ kind, ...consentStanding(kind, state) }));
}

/** The consent a referral of this kind needs, and whether the person has given it now. */
export function referralConsent(kind: Referral['kind'], state: ConsentState | undefined): { readonly consent: ConsentKind; readonly given: boolean } {
  const consent = REFERRAL_CONSENT[kind];
  return { consent, given: state?.current[consent] === true };
}

/** The moves the server allows (decision 0017): proposed → consented → sent → accepted → done; declined ends it at any step. */
const NEXT: Readonly<Record<ReferralState, readonly ReferralState[]>> = {
  proposed: ['consented', 'sent', 'declined'],
  consented: ['sent', 'declined'],
  sent: ['accepted', 'declined'],
  accepted: ['done', 'declined'],
  declined: [],
  done: [],
};

/**
 * What a move needs besides itself: `consented` needs the consent given now; `sent` without it
 * needs a recorded reason.
 */
export function moveNeeds(to: ReferralState, consentGiven: boolean): 'nothing' | 'consent' | 'reason' {
  if (consentGiven) return 'nothing';
  return to === 'consented' ? 'consent' : to === 'sent' ? 'reason' : 'nothing';
}

export const nextStates = (state: ReferralState): readonly ReferralState[] => NEXT[state];

/** A reason for going ahead without consent: at least 10 characters, as the contract asks. */
export const REASON_MIN = 10;
export const reasonIsEnough = (reason: string) => reason.trim().length >= REASON_MIN;
