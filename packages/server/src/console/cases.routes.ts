/**
 * The console's cases (decision 0016, "The case in the console"): the list by tab, one case, and a
 * case a counsellor opens for someone who phoned or walked in. Counsellors only (admins manage
 * people, auditors read the log). Every read of a case's content is audited; the other case routes
 * register from here (events, items and files, originals, junk).
 */
import {
  caseDetailSchema,
  caseIdParamsSchema,
  caseListQuerySchema,
  caseListResponseSchema,
  openCaseRequestSchema,
  openCaseResponseSchema,
} from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { registerConsentAndReferralRoutes } from '../case-work/referrals.routes.js';
import type { CaseListFilter } from '../cases/case.repository.js';
import { requestContext } from '../cases/case.repository.js';
import { currentStaff, requireStaff } from '../staff/require-staff.js';
import type { StaffDeps } from '../staff/staff-deps.js';
import { CASE_TAGS, consoleCases, counsellorActor, V1, type ConsoleCaseDeps } from './case-deps.js';
import { registerCaseEventRoutes } from './case-events.routes.js';
import { registerCaseItemRoutes } from './case-items.routes.js';
import { registerCaseJunkRoute } from './case-junk.routes.js';
import { registerCaseOriginalRoutes } from './case-originals.routes.js';
import { registerCasePackageRoutes } from './case-package.routes.js';
import { eventOf, itemOf, openRequest, openRequests, staffNames, summaryOf } from './case-views.js';

/** What each tab lists; `new` in arrival order so a real request keeps its place in a flood. */
function filterOf(view: 'new' | 'mine' | 'waiting' | 'closed' | 'open', staffId: string): CaseListFilter {
  switch (view) {
    case 'new': return { status: 'new', junk: false, order: 'asc' };
    case 'mine': return { status: ['assigned', 'waiting'], assignedStaffId: staffId };
    case 'waiting': return { status: 'waiting' };
    case 'closed': return { status: 'closed' };
    case 'open': return { status: ['new', 'assigned', 'waiting'] };
  }
}

export function registerConsoleCaseRoutes(app: FastifyInstance, staffDeps: Pick<StaffDeps, 'db' | 'now' | 'audit'> & Pick<ConsoleCaseDeps, 'banks'>): void {
  const deps: ConsoleCaseDeps = { db: staffDeps.db, now: staffDeps.now, audit: staffDeps.audit, vault: app.vault, blobs: app.blobs, banks: staffDeps.banks };
  const c = consoleCases(deps);
  const counsellor = requireStaff('counsellor');

  apiRoute(app, {
    method: 'GET', url: `${V1}/cases`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'Cases by tab: new (oldest first), mine, waiting, closed, open (newest first); at most 500',
    query: caseListQuerySchema,
    responses: { 200: { description: 'Cases', schema: caseListResponseSchema } },
  }, async ({ query }, request) => {
    const staff = currentStaff(request);
    const rows = await c.cases.list({ ...filterOf(query.view, staff.id), limit: 500 });
    const counts = await c.items.countByCase(rows.map((r) => r.id));
    const requests = await openRequests(deps.vault, rows);
    const cases = rows.map((r, i) => summaryOf(r, staff.id, requests[i] ?? null, counts.get(r.id) ?? 0));
    await c.audit(request, { action: 'case.list', detail: { view: query.view, count: cases.length } });
    return { cases };
  });

  apiRoute(app, {
    method: 'GET', url: `${V1}/cases/:id`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'One case: how to reach the person, their message, items and history (a withdrawn case: its row only)',
    params: caseIdParamsSchema,
    responses: { 200: { description: 'The case', schema: caseDetailSchema } },
  }, async ({ params }, request) => {
    const staff = currentStaff(request);
    const found = await c.find(params.id);
    const sealed = await openRequest(deps.vault, found);
    const items = found.withdrawnAt ? [] : await c.items.list(found.id);
    const events = found.withdrawnAt ? [] : await c.events.list(found.id);
    const names = await staffNames(deps.db, deps.vault, events.flatMap((e) => (e.actor.kind === 'counsellor' ? [e.actor.staffId] : [])));
    await c.audit(request, { action: 'case.view', caseId: found.id });
    return {
      summary: summaryOf(found, staff.id, sealed, items.length),
      locale: found.locale,
      message: sealed?.message ?? '',
      items: items.map(itemOf),
      events: events.flatMap((e) => eventOf(e, names) ?? []),
    };
  });

  apiRoute(app, {
    method: 'POST', url: `${V1}/cases`, tags: CASE_TAGS, security: 'staff-session', preHandler: counsellor,
    summary: 'Open a case for someone who phoned or walked in (no case code: the centre keeps in touch)',
    body: openCaseRequestSchema,
    responses: { 201: { description: 'Opened', schema: openCaseResponseSchema } },
  }, async ({ body }, request, reply) => {
    const staff = currentStaff(request);
    const created = await c.cases.create({
      openedBy: 'counsellor', assignedStaffId: body.assignToMe ? staff.id : null, locale: body.locale, situation: body.situation, arrival: body.arrival,
    });
    const sealed = await deps.vault.sealCaseField(created.id, JSON.stringify({ contact: body.contact, message: body.message }), requestContext(created.id));
    await c.cases.update(created.id, { requestSealed: sealed });
    await c.events.append(created.id, { type: 'opened', actor: counsellorActor(request), body: body.assignToMe ? { assignedStaffId: staff.id } : {} });
    await c.audit(request, { action: 'case.open', caseId: created.id, detail: { assigned: body.assignToMe } });
    return reply.code(201).send({ id: created.id });
  });

  registerCaseEventRoutes(app, c);
  registerCaseItemRoutes(app, c);
  registerCaseOriginalRoutes(app, c);
  registerCasePackageRoutes(app, c);
  registerCaseJunkRoute(app, c);
  registerConsentAndReferralRoutes(app, c);
}
