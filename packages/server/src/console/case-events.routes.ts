/**
 * What a counsellor records in a case, each an append-only case event and an audit row: who it is
 * assigned to, notes, messages to the person, an identity check (how, never a copy of the ID) and
 * the status. Withdrawn cases take nothing more (410).
 */
import {
  caseAssignRequestSchema,
  caseIdParamsSchema,
  caseMessageRequestSchema,
  caseNoteRequestSchema,
  caseStatusRequestSchema,
  identityCheckSchema,
} from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import type { CaseRecord, CaseStatus } from '../cases/case.repository.js';
import { requireStaff } from '../staff/require-staff.js';
import { fieldError } from '../staff/staff-deps.js';
import { CASE_TAGS, counsellorActor, V1, type ConsoleCases } from './case-deps.js';

/** Open again: assigned if someone is, else new. */
const reopened = (c: CaseRecord): CaseStatus => (c.assignedStaffId ? 'assigned' : 'new');

export function registerCaseEventRoutes(app: FastifyInstance, c: ConsoleCases): void {
  const counsellor = requireStaff('counsellor');
  const spec = (url: string, summary: string) => ({
    method: 'POST' as const, url: `${V1}/cases/:id/${url}`, tags: CASE_TAGS, security: 'staff-session' as const, preHandler: counsellor,
    summary, params: caseIdParamsSchema, responses: { 204: { description: 'Recorded' } },
  });

  apiRoute(app, {
    ...spec('assign', 'Assign the case to an active counsellor, or to nobody (null); new ↔ assigned follows'),
    body: caseAssignRequestSchema,
  }, async ({ params, body }, request, reply) => {
    const found = await c.live(params.id);
    if (body.staffId !== null) {
      const staff = await c.deps.db.selectFrom('staff').select(['role', 'status']).where('id', '=', body.staffId).executeTakeFirst();
      if (staff?.role !== 'counsellor' || staff.status !== 'active') throw fieldError('staffId', 'an active counsellor');
    }
    const status = found.status === 'new' && body.staffId !== null ? 'assigned'
      : found.status === 'assigned' && body.staffId === null ? 'new' : found.status;
    await c.cases.update(found.id, { assignedStaffId: body.staffId, status });
    await c.events.append(found.id, {
      type: 'assigned', actor: counsellorActor(request), body: { status, ...(body.staffId !== null ? { assignedStaffId: body.staffId } : {}) },
    });
    await c.audit(request, { action: 'case.assign', caseId: found.id, subjectStaffId: body.staffId, detail: { status } });
    return reply.code(204).send();
  });

  apiRoute(app, { ...spec('notes', 'A note for colleagues (the person never sees it)'), body: caseNoteRequestSchema }, async ({ params, body }, request, reply) => {
    const found = await c.live(params.id);
    await c.events.append(found.id, { type: 'note', actor: counsellorActor(request), body: { text: body.text } });
    await c.audit(request, { action: 'case.note', caseId: found.id });
    return reply.code(204).send();
  });

  apiRoute(app, {
    ...spec('messages', 'A message to the person (read with their code and PIN; on a case a counsellor opened, a record of what was said)'),
    body: caseMessageRequestSchema,
  }, async ({ params, body }, request, reply) => {
    const found = await c.live(params.id);
    await c.events.append(found.id, { type: 'message_to_victim', actor: counsellorActor(request), body: { text: body.text } });
    if (body.waitForReply && found.status !== 'waiting') {
      await c.cases.update(found.id, { status: 'waiting' });
      await c.events.append(found.id, { type: 'status', actor: counsellorActor(request), body: { status: 'waiting' } });
    }
    await c.audit(request, { action: 'case.message', caseId: found.id, detail: { waitForReply: body.waitForReply, online: found.openedBy === 'victim_request' } });
    return reply.code(204).send();
  });

  apiRoute(app, {
    ...spec('identity', 'Record how the person’s identity was checked (who and when are the event’s; never a copy of the ID)'),
    body: identityCheckSchema,
  }, async ({ params, body }, request, reply) => {
    const found = await c.live(params.id);
    await c.events.append(found.id, { type: 'identity_checked', actor: counsellorActor(request), body: { identity: { method: body.method, note: body.note } } });
    await c.audit(request, { action: 'case.identity', caseId: found.id, detail: { method: body.method } });
    return reply.code(204).send();
  });

  apiRoute(app, {
    ...spec('status', 'Set the status: waiting, closed, or open again (new or assigned follow the assignee)'),
    body: caseStatusRequestSchema,
  }, async ({ params, body }, request, reply) => {
    const found = await c.live(params.id);
    const status = body.status === 'new' || body.status === 'assigned' ? reopened(found) : body.status;
    await c.cases.update(found.id, { status });
    await c.events.append(found.id, { type: 'status', actor: counsellorActor(request), body: { status } });
    await c.audit(request, { action: 'case.status', caseId: found.id, detail: { status } });
    return reply.code(204).send();
  });
}
