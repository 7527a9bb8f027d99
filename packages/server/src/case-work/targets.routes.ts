/**
 * The console's takedown targets of a case: the list, bulk entry (each URL checked again and
 * classified by host unless the counsellor chose the operator), and a status recorded by hand (a
 * reply with its text, a removal, a request made outside Jikim with its reference). Counsellors
 * only; a withdrawn case answers 410. Case events and audit rows never hold a URL.
 */
import { checkedWebUrl, classifyUrl, counsellor, hostOf } from '@jikim/case';
import {
  addTargetsRequestSchema,
  addTargetsResponseSchema,
  caseIdParamsSchema,
  errorResponseSchema,
  targetListSchema,
  targetParamsSchema,
  targetSchema,
  targetStatusRequestSchema,
} from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { CASE_TAGS, counsellorActor, V1 } from '../console/case-deps.js';
import { staffNames } from '../console/case-views.js';
import { currentStaff, requireStaff } from '../staff/require-staff.js';
import { fieldError, StaffError } from '../staff/staff-deps.js';
import type { CaseWork } from './case-work-deps.js';
import { forClassify, operatorName, siteTypeOfKey } from './operators.js';
import { counsellorIds, readerLocale, targetOf } from './target-views.js';
import type { NewTarget, TargetRow } from './targets.repository.js';

export const addressesText = (n: number) => `${String(n)} ${n === 1 ? 'address' : 'addresses'}`;

export function registerTargetRoutes(app: FastifyInstance, w: CaseWork): void {
  const { c } = w;
  const spec = { tags: CASE_TAGS, security: 'staff-session' as const, preHandler: requireStaff('counsellor') };

  async function views(rows: readonly TargetRow[], locale: 'ko' | 'en') {
    const centre = await w.operators.byKeys(rows.map((r) => r.operator));
    const names = await staffNames(w.db, w.vault, counsellorIds(rows));
    return rows.map((r) => targetOf(r, locale, centre, names));
  }

  apiRoute(app, {
    ...spec, method: 'GET', url: `${V1}/cases/:id/targets`, params: caseIdParamsSchema,
    summary: 'The case’s takedown targets, in the order entered, each with its history',
    responses: { 200: { description: 'The targets', schema: targetListSchema } },
  }, async ({ params }, request) => {
    const found = await c.live(params.id);
    const rows = await w.targets.list(found.id);
    await c.audit(request, { action: 'case.targets.read', caseId: found.id, detail: { count: rows.length } });
    return { targets: await views(rows, readerLocale(request)) };
  });

  apiRoute(app, {
    ...spec, method: 'POST', url: `${V1}/cases/:id/targets`, params: caseIdParamsSchema, body: addTargetsRequestSchema,
    summary: 'Add targets (bulk entry): classified by host unless an operator is given; URLs already in the case are reported, not added',
    responses: {
      201: { description: 'Added, and the URLs the case already had', schema: addTargetsResponseSchema },
      409: { description: 'too_many_targets: the case would hold more than CASE_WORK_LIMITS.targetsPerCase', schema: errorResponseSchema },
    },
  }, async ({ params, body }, request, reply) => {
    const found = await c.live(params.id);
    const centreList = await w.operators.list();
    const chosen = await w.operators.byKeys(body.targets.flatMap((t) => (t.operator !== undefined ? [t.operator] : [])));
    const targets: NewTarget[] = body.targets.map((t, i) => {
      const url = checkedWebUrl(t.url.trim());
      if (t.operator === undefined) {
        const cls = classifyUrl(url, forClassify(centreList));
        return { url, host: cls.host, operator: cls.operator, siteType: cls.siteType };
      }
      const siteType = siteTypeOfKey(t.operator, chosen);
      if (siteType === undefined) throw fieldError(`targets.${String(i)}.operator`, 'No such operator');
      return { url, host: hostOf(url), operator: t.operator, siteType };
    });
    const { added, alreadyInCase } = await w.targets.createMany(found.id, targets);
    if (added.length > 0) await c.events.append(found.id, { type: 'targets_added', actor: counsellorActor(request), body: { text: addressesText(added.length) } });
    await c.audit(request, { action: 'case.targets.add', caseId: found.id, detail: { added: added.length, alreadyInCase: alreadyInCase.length } });
    return reply.code(201).send({ added: await views(added, readerLocale(request)), alreadyInCase });
  });

  apiRoute(app, {
    ...spec, method: 'POST', url: `${V1}/cases/:id/targets/:targetId/status`, params: targetParamsSchema, body: targetStatusRequestSchema,
    summary: 'Record a reply or a change: acknowledged, removed, refused (with the text), reappeared, or requested outside Jikim (with the reference)',
    responses: { 200: { description: 'The target', schema: targetSchema } },
  }, async ({ params, body }, request) => {
    const found = await c.live(params.id);
    const row = await w.targets.get(found.id, params.targetId);
    if (!row) throw new StaffError(404, 'No such target');
    const changed = await w.targets.recordStatus(row, {
      status: body.status, at: body.at !== undefined ? new Date(body.at) : w.now(), by: counsellor(currentStaff(request).id),
      reference: body.reference, response: body.response,
    });
    const centre = await w.operators.byKeys([row.operator]);
    await c.events.append(found.id, { type: 'target_status', actor: counsellorActor(request), body: { status: body.status, text: operatorName(row.operator, found.locale, centre) } });
    await c.audit(request, { action: 'case.target.status', caseId: found.id, detail: { status: body.status } });
    return (await views([changed], readerLocale(request)))[0];
  });
}
