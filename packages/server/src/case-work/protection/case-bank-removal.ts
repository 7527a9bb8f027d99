/**
 * Removing every bank content of a case (a withdrawal of the case or of its hash-protection consent,
 * or its destruction): the bank store's own removal (bank-removal.ts) under the change log's write
 * lock, so each signal leaves every matcher's index and every partner's feed as a `delete`. It runs
 * on the Kysely the case code already has, so destruction and withdrawal need no new dependency;
 * the write lock's form follows the database the Kysely speaks to. It must run before the case's
 * rows go: their FK cascade would delete the bank rows without a `delete` in the change log.
 */
import { PostgresIntrospector, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeTransaction } from '../../db/write-transaction.js';
import { removeContents } from '../../platform/banks/bank-removal.js';
import { SIGNAL_CHANGES_LOCK_KEY } from '../../platform/banks/bank-write.js';

/** How many contents of the case were removed (0 when it had none). */
export async function removeCaseFromBanks(db: Kysely<Database>, caseId: string, at: Date): Promise<number> {
  const dialect = db.introspection instanceof PostgresIntrospector ? 'postgres' : 'sqlite';
  return writeTransaction(dialect, db, (trx) => removeContents(trx, { caseId }, at), SIGNAL_CHANGES_LOCK_KEY);
}
