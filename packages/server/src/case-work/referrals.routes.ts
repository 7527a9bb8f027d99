/**
 * The console's referrals of a case: the log, a new referral, a move to another state. Going ahead
 * without the consent the kind needs takes a recorded reason (else 409 `consent_missing`).
 * Counsellors only; a withdrawn case answers 410.
 */
import {
  caseIdParamsSchema,
  newReferralRequestSchema,
  referralListSchema,
  referralParamsSchema,
  referralSchema,
  referralStateRequestSchema,
  errorResponseSchema,
} from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { CASE_TAGS, V1, type ConsoleCases } from '../console/case-deps.js';
import { requireStaff } from '../staff/require-staff.js';
import { registerConsentRoutes } from './consents.routes.js';
import { caseReferrals } from './referrals.js';

const consentMissing = { 409: { description: 'consent_missing: the consent the kind needs is not given and no reason was recorded; or a move the state does not allow', schema: errorResponseSchema } };

export function registerReferralRoutes(app: FastifyInstance, c: ConsoleCases): void {
  const counsellor = requireStaff('counsellor');
  const referrals = caseReferrals(c);
  const spec = { tags: CASE_TAGS, security: 'staff-session' as const, preHandler: counsellor };

  apiRoute(app, {
    ...spec, method: 'GET', url: `${V1}/cases/:id/referrals`, params: caseIdParamsSchema,
    summary: 'The referral log: kind, organisation, state and history; flagged when without the consent it needs now',
    responses: { 200: { description: 'The referrals, oldest first', schema: referralListSchema } },
  }, async ({ params }, request) => {
    const found = await c.live(params.id);
    const list = await referrals.list(found.id);
    await c.audit(request, { action: 'case.referral.list', caseId: found.id, detail: { count: list.length } });
    return { referrals: list };
  });

  apiRoute(app, {
    ...spec, method: 'POST', url: `${V1}/cases/:id/referrals`, params: caseIdParamsSchema, body: newReferralRequestSchema,
    summary: 'Propose a referral (police station, legal aid, medical, psychological, KCSC, another centre)',
    responses: { 201: { description: 'The referral', schema: referralSchema }, ...consentMissing },
  }, async ({ params, body }, request, reply) => {
    const found = await c.live(params.id);
    return reply.code(201).send(await referrals.create(found.id, body, request));
  });

  apiRoute(app, {
    ...spec, method: 'POST', url: `${V1}/cases/:id/referrals/:referralId/state`, params: referralParamsSchema, body: referralStateRequestSchema,
    summary: 'Move a referral on: proposed → consented | sent | declined; consented → sent | declined; sent → accepted | declined; accepted → done | declined',
    responses: { 200: { description: 'The referral', schema: referralSchema }, ...consentMissing },
  }, async ({ params, body }, request) => {
    const found = await c.live(params.id);
    return referrals.move(found.id, params.referralId, body, request);
  });
}

/** Consents and referrals together: the one call from the console's case routes. */
export function registerConsentAndReferralRoutes(app: FastifyInstance, c: ConsoleCases): void {
  registerConsentRoutes(app, c);
  registerReferralRoutes(app, c);
}
