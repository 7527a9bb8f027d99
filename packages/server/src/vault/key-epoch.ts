/**
 * Which master key the database expects: its epoch, kept in app_meta beside the wrapped keys and
 * changed only in the transaction that re-wraps them. Whoever wraps a key or rotates first takes
 * the epoch row's lock, so a rotation never misses a key wrapped meanwhile.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const EPOCH_META_KEY = 'master_key_epoch';

export async function readEpoch(db: Kysely<Database>): Promise<number | undefined> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', EPOCH_META_KEY).executeTakeFirst();
  return row ? Number(row.value) : undefined;
}

/**
 * In a transaction: records `epoch` if the database has none yet, locks the row (a row lock on
 * PostgreSQL, the write lock on SQLite) and returns the epoch now current.
 */
export async function lockEpoch(trx: Kysely<Database>, epochIfNone: number): Promise<number> {
  await trx.insertInto('app_meta').values({ key: EPOCH_META_KEY, value: String(epochIfNone) })
    .onConflict((oc) => oc.column('key').doNothing()).execute();
  await trx.updateTable('app_meta').set({ value: sql<string>`value` }).where('key', '=', EPOCH_META_KEY).execute();
  return (await readEpoch(trx)) ?? epochIfNone;
}

export async function setEpoch(trx: Kysely<Database>, epoch: number): Promise<void> {
  await trx.updateTable('app_meta').set({ value: String(epoch) }).where('key', '=', EPOCH_META_KEY).execute();
}
