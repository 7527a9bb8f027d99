/**
 * Changes that could leave nobody able to manage people (deactivating, demoting or starting over an
 * admin) run as one serialised step: the acting admin's own standing, the count of active admins
 * and the write all happen under one lock, so two admins acting on each other at the same instant
 * cannot both pass a check that was true only before the other one wrote.
 *
 * - PostgreSQL: a transaction-scoped advisory lock is the transaction's first statement. The
 *   second of two such transactions waits there until the first commits, and its later statements
 *   (READ COMMITTED: a snapshot per statement) then see what the first one did.
 * - SQLite: the transaction's first statement is a write, which takes the database's single write
 *   lock at once (a deferred BEGIN would read first and fail to upgrade under another process's
 *   write); this process's one connection serialises its own transactions anyway.
 */
import { PostgresIntrospector, sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { StaffError, type StaffDeps } from './staff-deps.js';
import { staffRepository, type StaffRepository, type StaffRow } from './staff.repository.js';

/** pg_advisory_xact_lock key of admin changes ("admins" in ASCII). */
export const ADMINS_LOCK_KEY = 0x61646d696e73;

export interface AdminChange {
  readonly trx: Kysely<Database>;
  readonly repo: StaffRepository;
  /** 409 if `row` is the last active admin, counted under the lock. */
  refuseLastAdmin(row: StaffRow): Promise<void>;
}

export function adminChanges(deps: Pick<StaffDeps, 'db'>) {
  const onPostgres = deps.db.introspection instanceof PostgresIntrospector;

  /**
   * Runs `work` in a transaction that holds the lock, after checking that `adminId` is still an
   * active admin: a request that passed its session check just before its admin was deactivated
   * (401) or given another role (403) changes nothing.
   */
  return async function asAdmin<T>(adminId: string, work: (change: AdminChange) => Promise<T>): Promise<T> {
    return deps.db.transaction().execute(async (trx) => {
      if (onPostgres) await sql`select pg_advisory_xact_lock(${ADMINS_LOCK_KEY})`.execute(trx);
      else await trx.updateTable('staff').set((eb) => ({ role: eb.ref('role') })).where('id', '=', adminId).execute();
      const repo = staffRepository(trx);
      const me = await repo.get(adminId);
      if (me?.status !== 'active') throw new StaffError(401, 'Your session has ended');
      if (me.role !== 'admin') throw new StaffError(403, 'Only admins manage people');
      return work({
        trx,
        repo,
        async refuseLastAdmin(row) {
          if (row.role === 'admin' && row.status === 'active' && (await repo.countActiveAdmins()) <= 1) {
            throw new StaffError(409, 'The last admin must stay an admin');
          }
        },
      });
    });
  };
}
