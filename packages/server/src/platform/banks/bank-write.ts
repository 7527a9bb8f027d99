/**
 * Every change to what can match is written under one lock held until commit, with its rows in
 * `signal_changes` numbered max(seq) + 1, … inside it. Sequence numbers are therefore gap-free and
 * in commit order, so a matcher polling `seq > last` never skips a change that commits late
 * (decision 0018). PostgreSQL: a transaction-scoped advisory lock, the transaction's first
 * statement. SQLite: BEGIN IMMEDIATE takes the database's one write lock before anything is read.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { writeTransaction } from '../../db/write-transaction.js';
import { toId } from './bank-ids.js';

/** pg_advisory_xact_lock key of the change log ("jkbank" in ASCII). */
export const SIGNAL_CHANGES_LOCK_KEY = 0x6a6b62616e6b;

/** Rows per insert statement: well below every driver's limit on parameters. */
const ROWS_PER_INSERT = 500;

export interface SignalChange {
  readonly signalId: number;
  readonly signalKey: string;
  readonly op: 'upsert' | 'delete';
  readonly bank: string;
}

export async function bankWrite<T>(db: Db, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return writeTransaction(db.dialect, db.kysely, work, SIGNAL_CHANGES_LOCK_KEY);
}

/** Inside `bankWrite`: appends the changes, numbered after the last one. */
export async function appendChanges(trx: Kysely<Database>, changes: readonly SignalChange[], at: Date): Promise<void> {
  if (changes.length === 0) return;
  const last = await trx.selectFrom('signal_changes').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  let seq = last?.seq === null || last?.seq === undefined ? 0 : toId(last.seq);
  const when = at.toISOString();
  for (let i = 0; i < changes.length; i += ROWS_PER_INSERT) {
    const rows = changes.slice(i, i + ROWS_PER_INSERT).map((c) => ({ seq: (seq += 1), signal_id: c.signalId, signal_key: c.signalKey, op: c.op, bank: c.bank, at: when }));
    await trx.insertInto('signal_changes').values(rows).execute();
  }
}
