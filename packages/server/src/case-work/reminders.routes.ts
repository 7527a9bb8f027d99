/**
 * The dashboard's reminders: targets with no answer after 7 and 14 Seoul days, and removals (or
 * reappearances) to check again, in open cases (not closed, withdrawn or junk) assigned to the
 * counsellor, or all. Candidates are chosen by the clear columns (status, last event) so only those
 * records are opened; reminders() of @jikim/case decides the buckets.
 */
import { reminders, type Reminder } from '@jikim/case';
import { remindersQuerySchema, remindersSchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api/api-route.js';
import { staffActor, V1 } from '../console/case-deps.js';
import { currentStaff, requireStaff } from '../staff/require-staff.js';
import type { CaseWork } from './case-work-deps.js';
import { operatorName } from './operators.js';
import { asTakedown } from './target-record.js';
import { readerLocale } from './target-views.js';

/** Six whole days: a target waiting 7 Seoul calendar days has waited at least this long. */
const CANDIDATE_MS = 6 * 24 * 60 * 60 * 1000;
const MAX_CANDIDATES = 5_000;

export function registerReminderRoutes(app: FastifyInstance, w: CaseWork): void {
  apiRoute(app, {
    method: 'GET', url: `${V1}/reminders`, tags: ['console: cases'], security: 'staff-session', preHandler: requireStaff('counsellor'),
    summary: 'No answer after 7 and 14 days (Seoul days), and removals to check again: my cases or all open cases',
    query: remindersQuerySchema,
    responses: { 200: { description: 'Reminders, longest waiting first', schema: remindersSchema } },
  }, async ({ query }, request) => {
    const now = w.now();
    const cutoff = new Date(now.getTime() - CANDIDATE_MS).toISOString();
    let select = w.db.selectFrom('case_targets').innerJoin('cases', 'cases.id', 'case_targets.case_id').selectAll('case_targets')
      .where('cases.status', 'in', ['new', 'assigned', 'waiting']).where('cases.withdrawn_at', 'is', null).where('cases.junk_at', 'is', null)
      .where((eb) => eb.or([
        eb.and([eb('case_targets.status', 'in', ['requested', 'removed']), eb('case_targets.last_event_at', '<=', cutoff)]),
        eb('case_targets.status', '=', 'reappeared'),
      ]));
    if (query.scope === 'mine') select = select.where('cases.assigned_staff_id', '=', currentStaff(request).id);
    const rows = await w.targets.open(await select.orderBy('case_targets.last_event_at').limit(MAX_CANDIDATES).execute());
    const byId = new Map(rows.map((r) => [r.id, r]));
    const found = reminders(rows.map((r) => asTakedown(r.id, r.operator, r.record)), now);
    const centre = await w.operators.byKeys(rows.map((r) => r.operator));
    const locale = readerLocale(request);
    const view = (r: Reminder) => {
      const row = byId.get(r.request.id);
      return { caseId: row?.caseId ?? '', targetId: r.request.id, url: r.request.url, operatorName: operatorName(row?.operator ?? 'other', locale, centre), since: r.since, days: r.days };
    };
    const result = { noAnswer7: found.noAnswer7.map(view), noAnswer14: found.noAnswer14.map(view), recheck: found.recheck.map((r) => ({ ...view(r), reason: r.reason })) };
    await w.c.deps.audit.append({ actor: staffActor(request), action: 'case.reminders.read', detail: { scope: query.scope, count: rows.length } });
    return result;
  });
}
