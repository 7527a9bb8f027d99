/**
 * The case table: status and dates only (everything said in a case is sealed elsewhere with the
 * case's key). Use it as `caseRepository(db.kysely)` or inside a transaction `caseRepository(trx)`.
 *
 *   create({ openedBy, assignedStaffId? })         → CaseRecord (status 'new', or 'assigned' with a staff id)
 *   get(id)                                        → CaseRecord | undefined
 *   list({ status?, assignedStaffId?, limit?, before? }) → newest first; `before` is the last
 *                                                    record of the previous page (keyset paging)
 *   close(id)                                      → the closed CaseRecord, or undefined if no such case;
 *                                                    closing a closed case keeps its first closed_at
 *   listClosedBefore(cutoff)                       → closed cases whose closed_at < cutoff (retention)
 *   delete(id)                                     → removes the row; callers destroy the key and blobs first
 */
import type { Kysely } from 'kysely';
import type { CasesTable, Database } from '../db/schema.js';
import { newCaseId } from './case-id.js';

export type CaseStatus = CasesTable['status'];
export type CaseOpenedBy = CasesTable['opened_by'];
export const CASE_STATUSES: readonly CaseStatus[] = ['new', 'assigned', 'waiting', 'closed'];

export interface CaseRecord {
  readonly id: string;
  readonly status: CaseStatus;
  readonly openedBy: CaseOpenedBy;
  /** ISO-8601 UTC. */
  readonly createdAt: string;
  readonly closedAt: string | null;
  readonly assignedStaffId: string | null;
}

export interface CaseListFilter {
  readonly status?: CaseStatus | readonly CaseStatus[];
  /** A staff id, or null for cases nobody is assigned to. */
  readonly assignedStaffId?: string | null;
  /** 1–500; 100 when absent. */
  readonly limit?: number;
  readonly before?: Pick<CaseRecord, 'id' | 'createdAt'>;
}

function record(row: CasesTable): CaseRecord {
  return {
    id: row.id,
    status: row.status,
    openedBy: row.opened_by,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    assignedStaffId: row.assigned_staff_id,
  };
}

export function caseRepository(db: Kysely<Database>, now: () => Date = () => new Date()) {
  async function get(id: string): Promise<CaseRecord | undefined> {
    const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? record(row) : undefined;
  }

  return {
    get,

    async create(input: { readonly openedBy: CaseOpenedBy; readonly assignedStaffId?: string | null }): Promise<CaseRecord> {
      const row: CasesTable = {
        id: newCaseId(),
        status: input.assignedStaffId ? 'assigned' : 'new',
        opened_by: input.openedBy,
        created_at: now().toISOString(),
        closed_at: null,
        assigned_staff_id: input.assignedStaffId ?? null,
      };
      await db.insertInto('cases').values(row).execute();
      return record(row);
    },

    async list(filter: CaseListFilter = {}): Promise<readonly CaseRecord[]> {
      let query = db.selectFrom('cases').selectAll();
      if (filter.status !== undefined) {
        const statuses = typeof filter.status === 'string' ? [filter.status] : [...filter.status];
        if (statuses.length === 0) return [];
        query = query.where('status', 'in', statuses);
      }
      if (filter.assignedStaffId !== undefined) {
        query = filter.assignedStaffId === null
          ? query.where('assigned_staff_id', 'is', null)
          : query.where('assigned_staff_id', '=', filter.assignedStaffId);
      }
      const before = filter.before;
      if (before) {
        query = query.where((eb) => eb.or([
          eb('created_at', '<', before.createdAt),
          eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)]),
        ]));
      }
      const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 100), 1), 500);
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(record);
    },

    async close(id: string): Promise<CaseRecord | undefined> {
      await db.updateTable('cases')
        .set({ status: 'closed', closed_at: now().toISOString() })
        .where('id', '=', id)
        .where('status', '!=', 'closed')
        .execute();
      return get(id);
    },

    async listClosedBefore(cutoff: Date, limit = 100): Promise<readonly CaseRecord[]> {
      const rows = await db.selectFrom('cases').selectAll()
        .where('status', '=', 'closed')
        .where('closed_at', '<', cutoff.toISOString())
        .orderBy('closed_at').limit(limit).execute();
      return rows.map(record);
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('cases').where('id', '=', id).execute();
    },
  };
}

export type CaseRepository = ReturnType<typeof caseRepository>;
