/** Reading the audit log for the auditor: filtered, newest first, paged by seq. */
import type { AuditEntry, AuditFilter } from '@jikim/contracts';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { AuditLogTable, Database } from '../db/schema.js';

type Query = SelectQueryBuilder<Database, 'audit_log', AuditLogTable>;

function filtered(db: Kysely<Database>, filter: AuditFilter): Query {
  let query = db.selectFrom('audit_log').selectAll();
  // `at` is ISO UTC with milliseconds: its text order is time order.
  if (filter.from) query = query.where('at', '>=', new Date(filter.from).toISOString());
  if (filter.to) query = query.where('at', '<', new Date(filter.to).toISOString());
  if (filter.actorKind) query = query.where('actor_kind', '=', filter.actorKind);
  if (filter.actor) query = query.where('actor_id', '=', filter.actor);
  if (filter.caseId) query = query.where('case_id', '=', filter.caseId);
  const action = filter.action;
  if (action?.endsWith('.')) query = query.where(sql<boolean>`substr(action, 1, ${action.length}) = ${action}`);
  else if (action) query = query.where('action', '=', action);
  return query;
}

export function toEntry(row: AuditLogTable): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    sessionId: row.session_id,
    action: row.action,
    caseId: row.case_id,
    subjectStaffId: row.subject_staff_id,
    reason: row.reason,
    detail: JSON.parse(row.detail) as AuditEntry['detail'],
    hash: row.hash,
  };
}

export function auditRepository(db: Kysely<Database>) {
  return {
    /** One page, newest first; `nextBefore` continues with older rows. */
    async page(filter: AuditFilter, before: number | undefined, limit: number) {
      let query = filtered(db, filter);
      if (before !== undefined) query = query.where('seq', '<', before);
      const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
      const more = rows.length > limit;
      const page = rows.slice(0, limit);
      return { rows: page, nextBefore: more ? Number(page[page.length - 1]?.seq) : null };
    },

    /** Every matching row, oldest first, read a page at a time (for the CSV export). */
    async *all(filter: AuditFilter, pageSize = 1000): AsyncGenerator<AuditLogTable> {
      let after = 0;
      for (;;) {
        const rows = await filtered(db, filter).where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
        yield* rows;
        if (rows.length < pageSize) return;
        after = Number(rows[rows.length - 1]?.seq);
      }
    },
  };
}
