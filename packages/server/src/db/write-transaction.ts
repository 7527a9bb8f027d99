/**
 * A write transaction that holds the write lock from its first statement, for writers whose rows
 * are numbered from what they read (the audit chain, the bank change log). PostgreSQL: an ordinary
 * transaction whose first statement takes a transaction-scoped advisory lock, when a key is given.
 * SQLite: BEGIN IMMEDIATE takes the database's one write lock before anything is read, so another
 * process cannot write in between (a deferred transaction would fail with SQLITE_BUSY instead).
 */
import { sql, type Kysely } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './schema.js';

export async function writeTransaction<T>(
  dialect: Db['dialect'],
  target: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
  advisoryLockKey?: number,
): Promise<T> {
  if (dialect === 'postgres') {
    return target.transaction().execute(async (trx) => {
      if (advisoryLockKey !== undefined) await sql`select pg_advisory_xact_lock(${advisoryLockKey})`.execute(trx);
      return work(trx);
    });
  }
  return target.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => undefined);
      throw error;
    }
  });
}
