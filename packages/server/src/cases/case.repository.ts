/**
 * The case table: status and dates only (everything said in a case is sealed elsewhere with the
 * case's key). Use it as `caseRepository(db.kysely)` or inside a transaction `caseRepository(trx)`.
 *
 *   create({ openedBy, assignedStaffId?, locale?, situation? })
 *                                                  → CaseRecord (status 'new', or 'assigned' with a staff id)
 *   update(id, patch)                              → sets status, assignee, the sealed request, withdrawn or
 *                                                    junk times (updated_at follows); the CaseRecord or undefined
 *   get(id)                                        → CaseRecord | undefined
 *   list({ status?, assignedStaffId?, junk?, order?, limit?, before? })
 *                                                  → newest first ('asc': oldest first); `before` is the
 *                                                    last record of the previous page (keyset paging)
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
  readonly locale: 'ko' | 'en';
  readonly situation: CasesTable['situation'];
  readonly arrival: CasesTable['arrival'];
  /** Sealed `{ contact, message }` (open with the vault, context `requestContext(id)`). */
  readonly requestSealed: string | null;
  readonly withdrawnAt: string | null;
  readonly junkAt: string | null;
  readonly updatedAt: string;
}

/** Where a case's sealed request (contact preferences and first message) is bound. */
export const requestContext = (caseId: string) => `cases.request:${caseId}`;

export interface CasePatch {
  readonly status?: CaseStatus;
  readonly assignedStaffId?: string | null;
  readonly requestSealed?: string;
  readonly withdrawnAt?: string;
  readonly junkAt?: string;
}

export interface CaseListFilter {
  readonly status?: CaseStatus | readonly CaseStatus[];
  /** A staff id, or null for cases nobody is assigned to. */
  readonly assignedStaffId?: string | null;
  /** false: only cases not marked junk; true: only junk; absent: both. */
  readonly junk?: boolean;
  /** 'desc' (newest first) when absent; 'asc' is arrival order. */
  readonly order?: 'asc' | 'desc';
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
    locale: row.locale,
    situation: row.situation,
    arrival: row.arrival,
    requestSealed: row.request_sealed,
    withdrawnAt: row.withdrawn_at,
    junkAt: row.junk_at,
    updatedAt: row.updated_at ?? row.created_at,
  };
}

export function caseRepository(db: Kysely<Database>, now: () => Date = () => new Date()) {
  async function get(id: string): Promise<CaseRecord | undefined> {
    const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? record(row) : undefined;
  }

  return {
    get,

    async create(input: {
      readonly openedBy: CaseOpenedBy;
      readonly assignedStaffId?: string | null;
      readonly locale?: CasesTable['locale'];
      readonly situation?: CasesTable['situation'];
      /** 'online' for victim requests when absent; counsellors say how the person came. */
      readonly arrival?: CasesTable['arrival'];
    }): Promise<CaseRecord> {
      const at = now().toISOString();
      const row: CasesTable = {
        id: newCaseId(),
        status: input.assignedStaffId ? 'assigned' : 'new',
        opened_by: input.openedBy,
        created_at: at,
        closed_at: null,
        assigned_staff_id: input.assignedStaffId ?? null,
        locale: input.locale ?? 'ko',
        situation: input.situation ?? null,
        arrival: input.arrival ?? (input.openedBy === 'victim_request' ? 'online' : 'other'),
        request_sealed: null,
        withdrawn_at: null,
        junk_at: null,
        updated_at: at,
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
      if (filter.junk !== undefined) query = query.where('junk_at', filter.junk ? 'is not' : 'is', null);
      const order = filter.order ?? 'desc';
      const past = order === 'asc' ? '>' : '<';
      const before = filter.before;
      if (before) {
        query = query.where((eb) => eb.or([
          eb('created_at', past, before.createdAt),
          eb.and([eb('created_at', '=', before.createdAt), eb('id', past, before.id)]),
        ]));
      }
      const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 100), 1), 500);
      const rows = await query.orderBy('created_at', order).orderBy('id', order).limit(limit).execute();
      return rows.map(record);
    },

    async update(id: string, patch: CasePatch): Promise<CaseRecord | undefined> {
      const at = now().toISOString();
      await db.updateTable('cases').set({
        updated_at: at,
        ...(patch.status !== undefined ? { status: patch.status, ...(patch.status === 'closed' ? {} : { closed_at: null }) } : {}),
        ...(patch.assignedStaffId !== undefined ? { assigned_staff_id: patch.assignedStaffId } : {}),
        ...(patch.requestSealed !== undefined ? { request_sealed: patch.requestSealed } : {}),
        ...(patch.withdrawnAt !== undefined ? { withdrawn_at: patch.withdrawnAt } : {}),
        ...(patch.junkAt !== undefined ? { junk_at: patch.junkAt } : {}),
      }).where('id', '=', id).execute();
      if (patch.status === 'closed') {
        await db.updateTable('cases').set({ closed_at: at }).where('id', '=', id).where('closed_at', 'is', null).execute();
      }
      return get(id);
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
