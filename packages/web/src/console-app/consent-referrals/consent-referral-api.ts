/**
 * The console's consent and referral calls (`/api/console/v1/cases/:id/consents|referrals`,
 * case-work.ts in the contracts). Failures come back as values, as every console call.
 */
import type { ConsentKind, ConsentState, Referral, referralListSchema, referralStateRequestSchema, REFERRAL_STATES, newReferralRequestSchema } from '@jikim/contracts';
import type * as z from 'zod';
import { api } from '../console-api.js';

export type NewReferral = z.input<typeof newReferralRequestSchema>;
export type ReferralMove = z.input<typeof referralStateRequestSchema>;
export type ReferralState = (typeof REFERRAL_STATES)[number];
type ReferralList = z.infer<typeof referralListSchema>;

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

export const consentReferralApi = {
  consents: (caseId: string) => api<ConsentState>('GET', `${casePath(caseId)}/consents`),
  recordConsent: (caseId: string, kind: ConsentKind, granted: boolean, note: string) =>
    api<ConsentState>('POST', `${casePath(caseId)}/consents`, { kind, granted, note }),
  referrals: (caseId: string) => api<ReferralList>('GET', `${casePath(caseId)}/referrals`),
  newReferral: (caseId: string, request: NewReferral) => api<Referral>('POST', `${casePath(caseId)}/referrals`, request),
  changeState: (caseId: string, referralId: string, move: ReferralMove) =>
    api<Referral>('POST', `${casePath(caseId)}/referrals/${encodeURIComponent(referralId)}/state`, move),
};
