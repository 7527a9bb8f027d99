/**
 * The console's consent records of a case: read them (audited), and record what the person said on
 * the phone or in person (`how = counsellor`). Counsellors only; a withdrawn case answers 410.
 */
import { caseIdParamsSchema, consentRequestSchema, consentStateSchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { CASE_TAGS, staffActor, V1, type ConsoleCases } from '../console/case-deps.js';
import { currentStaff, requireStaff } from '../staff/require-staff.js';
import { caseConsents } from './consents.js';

export function registerConsentRoutes(app: FastifyInstance, c: ConsoleCases): void {
  const counsellor = requireStaff('counsellor');
  const consents = caseConsents(c.deps);

  apiRoute(app, {
    method: 'GET', url: `${V1}/cases/:id/consents`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'What the person agreed to: every record (given, withdrawn; when; in the locker or told a counsellor) and the current state',
    params: caseIdParamsSchema,
    responses: { 200: { description: 'The consent records', schema: consentStateSchema } },
  }, async ({ params }, request) => {
    const found = await c.live(params.id);
    const state = await consents.state(found.id);
    await c.audit(request, { action: 'case.consent.list', caseId: found.id, detail: { count: state.records.length } });
    return state;
  });

  apiRoute(app, {
    method: 'POST', url: `${V1}/cases/:id/consents`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'Record a consent the person gave or withdrew on the phone or in person (append-only)',
    params: caseIdParamsSchema, body: consentRequestSchema,
    responses: { 201: { description: 'Recorded; the consent records as they are now', schema: consentStateSchema } },
  }, async ({ params, body }, request, reply) => {
    const found = await c.live(params.id);
    await consents.record(found.id, { ...body, how: 'counsellor' }, { event: { kind: 'counsellor', staffId: currentStaff(request).id }, audit: staffActor(request) });
    return reply.code(201).send(await consents.state(found.id));
  });
}
