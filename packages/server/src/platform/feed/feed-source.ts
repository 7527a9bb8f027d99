/**
 * What the feed reads: the change log's bounds, a page of current signals (a full sync, by signal
 * id) and a page of changes (a delta, by seq), each limited to the banks given. Values are opened
 * in one vault call per page; a signal that does not open (its key shredded by a withdrawal under
 * way), or whose content is disabled or quarantined, is a delete for the feed.
 */
import type { Db } from '../../db/database.js';
import type { KeyVault } from '../../vault/vault.js';
import { keyIdOf, signalContext } from '../banks/bank-sealing.js';
import type { SignalType } from '../platform-ports.js';

export interface FeedRecord {
  readonly key: string;
  readonly bank: string;
  /** null: delete. */
  readonly value: { readonly type: SignalType; readonly value: string } | null;
}

interface StateRow {
  readonly signal_id: number;
  readonly signal_type: SignalType | null;
  readonly value_sealed: string | null;
  readonly disabled_until: string | null;
  readonly quarantined_at: string | null;
  readonly case_id: string | null;
  readonly submission_id: string | null;
}

/** The oldest and newest seq kept (both 0 on an empty log). */
export async function logBounds(db: Db): Promise<{ oldest: number; last: number }> {
  const row = await db.kysely.selectFrom('signal_changes')
    .select((eb) => [eb.fn.min('seq').as('oldest'), eb.fn.max('seq').as('last')])
    .executeTakeFirst();
  const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
  return { oldest: num(row?.oldest), last: num(row?.last) };
}

/** Each row's value when it may be fed (present, opens, enabled and not quarantined), else null. */
async function feedValues(vault: KeyVault, rows: readonly StateRow[], now: Date): Promise<(FeedRecord['value'])[]> {
  const live = rows.filter((r) => r.signal_type !== null && r.value_sealed !== null && r.quarantined_at === null
    && (r.disabled_until === null || Date.parse(r.disabled_until) <= now.getTime()));
  const opened = await vault.openFields(live.map((r) => ({ keyId: keyIdOf(r), sealed: r.value_sealed ?? '', context: signalContext(r.signal_id) })));
  const byRow = new Map(live.map((r, i) => [r, opened[i] ?? null]));
  return rows.map((r) => {
    const value = byRow.get(r);
    return value === null || value === undefined || r.signal_type === null ? null : { type: r.signal_type, value };
  });
}

/** Up to `limit` current signals after `afterId` in these banks, by id; `lastId` is the last one read. */
export async function readSyncPage(db: Db, vault: KeyVault, banks: readonly string[], afterId: number, limit: number, now: Date): Promise<{ records: FeedRecord[]; lastId: number | null; full: boolean }> {
  if (banks.length === 0) return { records: [], lastId: null, full: false };
  const rows = await db.kysely.selectFrom('bank_signals as s')
    .innerJoin('bank_contents as k', 'k.id', 's.content_id')
    .select(['s.id as signal_id', 's.key', 's.signal_type', 's.value_sealed', 'k.bank', 'k.disabled_until', 'k.quarantined_at', 'k.case_id', 'k.submission_id'])
    .where('s.id', '>', afterId)
    .where('k.bank', 'in', [...banks])
    .orderBy('s.id')
    .limit(limit)
    .execute();
  const values = await feedValues(vault, rows, now);
  // A full sync sends what exists; what may not be fed now is simply left out.
  const records = rows.flatMap((r, i) => {
    const value = values[i] ?? null;
    return value ? [{ key: r.key, bank: r.bank, value }] : [];
  });
  return { records, lastId: rows.at(-1)?.signal_id ?? null, full: rows.length === limit };
}

/** Up to `limit` changes in these banks with `after` < seq ≤ `upTo`, in seq order, each with its current value. */
export async function readDeltaPage(db: Db, vault: KeyVault, banks: readonly string[], after: number, upTo: number, limit: number, now: Date): Promise<{ records: FeedRecord[]; lastSeq: number | null; full: boolean }> {
  if (banks.length === 0 || upTo <= after) return { records: [], lastSeq: null, full: false };
  const rows = await db.kysely.selectFrom('signal_changes as c')
    // The key too: the row of a signal removed since cannot stand in for another one.
    .leftJoin('bank_signals as s', (join) => join.onRef('s.id', '=', 'c.signal_id').onRef('s.key', '=', 'c.signal_key').on('c.op', '=', 'upsert'))
    .leftJoin('bank_contents as k', 'k.id', 's.content_id')
    .select(['c.seq', 'c.signal_id', 'c.signal_key', 'c.bank', 's.signal_type', 's.value_sealed', 'k.disabled_until', 'k.quarantined_at', 'k.case_id', 'k.submission_id'])
    .where('c.seq', '>', after)
    .where('c.seq', '<=', upTo)
    .where('c.bank', 'in', [...banks])
    .orderBy('c.seq')
    .limit(limit)
    .execute();
  const values = await feedValues(vault, rows, now);
  const records = rows.map((r, i) => ({ key: r.signal_key, bank: r.bank, value: values[i] ?? null }));
  const last = rows.at(-1);
  return { records, lastSeq: last ? Number(last.seq) : null, full: rows.length === limit };
}
