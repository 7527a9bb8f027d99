/**
 * The figures for admins: `GET /api/console/v1/stats?from&to[&locale]` (statsSchema) and the same
 * as a CSV attachment (`stats.csv`). Both are audited (`stats.read`, `stats.export`, with the
 * period only); neither opens a sealed field.
 */
import { statsQuerySchema, statsSchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { apiRoute } from '../api/api-route.js';
import type { AuditLog } from '../audit/audit-port.js';
import { staffActor } from '../console/case-deps.js';
import type { Database } from '../db/schema.js';
import { requireStaff } from '../staff/require-staff.js';
import { computeStats } from './compute-stats.js';
import { statsCsv } from './stats-csv.js';

export interface StatsDeps {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
  readonly audit: AuditLog;
}

const V1 = '/api/console/v1';
const TAGS = ['console: figures'];

/** The query, with a period that does not end before it starts. */
export const statsPeriodQuerySchema = statsQuerySchema.refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] });

export function registerStatsRoutes(app: FastifyInstance, deps: StatsDeps): void {
  const admin = requireStaff('admin');

  apiRoute(app, {
    method: 'GET', url: `${V1}/stats`, tags: TAGS, security: 'staff-session', preHandler: admin,
    summary: 'The figures for a period of Seoul days (counts below 5 shown as "<5")',
    query: statsPeriodQuerySchema,
    responses: { 200: { description: 'The figures', schema: statsSchema } },
  }, async ({ query }, request) => {
    const stats = await computeStats(deps.db, query, deps.now());
    await deps.audit.append({ actor: staffActor(request), action: 'stats.read', detail: { from: query.from, to: query.to } });
    return stats;
  });

  apiRoute(app, {
    method: 'GET', url: `${V1}/stats.csv`, tags: TAGS, security: 'staff-session', preHandler: admin,
    summary: 'The figures as CSV (UTF-8 with BOM, formula cells neutralised)',
    query: statsPeriodQuerySchema,
    responses: { 200: { description: 'text/csv attachment' } },
  }, async ({ query }, request, reply) => {
    const stats = await computeStats(deps.db, query, deps.now());
    await deps.audit.append({ actor: staffActor(request), action: 'stats.export', detail: { from: query.from, to: query.to } });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="jikim-stats-${query.from}-${query.to}.csv"`)
      .send(statsCsv(stats, query.locale));
  });
}
