/**
 * Clearing a flood: counsellors mark new, unassigned requests from the locker as junk in bulk, and
 * each is destroyed like any case (key, blobs, rows; counted and audited). Only requests that
 * nobody has taken up qualify: a case a counsellor opened or has worked on is never junk. Each case
 * is marked first, so a destruction cut short leaves it out of the "new" tab until retention.
 */
import { caseJunkRequestSchema, caseJunkResponseSchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { destroyCase } from '../retention/case-destruction.js';
import { requireStaff } from '../staff/require-staff.js';
import { CASE_TAGS, staffActor, V1, type ConsoleCases } from './case-deps.js';

export function registerCaseJunkRoute(app: FastifyInstance, c: ConsoleCases): void {
  apiRoute(app, {
    method: 'POST', url: `${V1}/cases/junk`, tags: CASE_TAGS, security: 'staff-session', preHandler: requireStaff('counsellor'),
    summary: 'Mark new requests as junk and destroy them (others among the ids are left alone); how many were destroyed',
    body: caseJunkRequestSchema,
    responses: { 200: { description: 'Destroyed', schema: caseJunkResponseSchema } },
  }, async ({ body }, request) => {
    const actor = staffActor(request);
    const deps = { db: c.deps.db, vault: c.deps.vault, blobs: c.deps.blobs, audit: c.deps.audit, banks: c.deps.banks };
    let destroyed = 0;
    for (const id of new Set(body.ids)) {
      const found = await c.cases.get(id);
      if (found?.openedBy !== 'victim_request' || found.status !== 'new' || found.withdrawnAt) continue;
      await c.cases.update(id, { junkAt: c.deps.now().toISOString() });
      if (await destroyCase(deps, id, actor, { reason: 'junk' })) destroyed += 1;
    }
    await c.audit(request, { action: 'case.junk', detail: { asked: body.ids.length, destroyed } });
    return { destroyed };
  });
}
