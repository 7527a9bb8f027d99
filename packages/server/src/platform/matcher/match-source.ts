/**
 * What the matcher reads from the database: the banks' flags, the signals (for a build), and the
 * change log after a sequence number joined to each signal's current state (one statement, so the
 * rows and the states come from one snapshot of the database).
 */
import type { Db } from '../../db/database.js';
import type { KeyVault } from '../../vault/vault.js';
import { keyIdOf, signalContext } from '../banks/bank-sealing.js';
import type { SignalType } from '../platform-ports.js';
import type { SignalState } from './match-state.js';

export const CHANGES_PER_READ = 5000;
export const SIGNALS_PER_READ = 5000;

/** A change to apply: the signal's state now, or null when it is gone (or no longer opens). */
export interface AppliedChange {
  readonly seq: number;
  readonly signalId: number;
  readonly state: SignalState | null;
}

interface SignalRow {
  readonly signal_id: number;
  readonly signal_type: SignalType | null;
  readonly value_sealed: string | null;
  readonly content_id: number | string | null;
  readonly bank: string | null;
  readonly disabled_until: string | null;
  readonly quarantined_at: string | null;
  readonly case_id: string | null;
  readonly submission_id: string | null;
}

export async function readBanks(db: Db): Promise<Map<string, boolean>> {
  const rows = await db.kysely.selectFrom('banks').select(['name', 'matching_enabled']).execute();
  return new Map(rows.map((r) => [r.name, Number(r.matching_enabled) === 1]));
}

export async function lastSeq(db: Db): Promise<number> {
  const row = await db.kysely.selectFrom('signal_changes').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  return row?.seq === null || row?.seq === undefined ? 0 : Number(row.seq);
}

/** The oldest seq the change log still holds (0 when empty): older ones were pruned (feed-prune.ts). */
export async function oldestSeq(db: Db): Promise<number> {
  const row = await db.kysely.selectFrom('signal_changes').select((eb) => eb.fn.min('seq').as('seq')).executeTakeFirst();
  return row?.seq === null || row?.seq === undefined ? 0 : Number(row.seq);
}

/** Opens the rows' values in one vault call; a row without a signal, or that does not open, is null. */
async function states(vault: KeyVault, rows: readonly SignalRow[]): Promise<(SignalState | null)[]> {
  const present = rows.filter((r) => r.value_sealed !== null && r.signal_type !== null && r.bank !== null);
  const opened = await vault.openFields(present.map((r) => ({ keyId: keyIdOf(r), sealed: r.value_sealed ?? '', context: signalContext(r.signal_id) })));
  const byRow = new Map(present.map((r, i) => [r, opened[i] ?? null]));
  return rows.map((r) => {
    const value = byRow.get(r);
    if (value === null || value === undefined || r.signal_type === null || r.bank === null) return null;
    return { type: r.signal_type, value, bank: r.bank, contentId: Number(r.content_id), disabledUntil: r.disabled_until, quarantined: r.quarantined_at !== null };
  });
}

/** The next changes after `after`, in sequence order, each with the signal's current state. */
export async function readChanges(db: Db, vault: KeyVault, after: number, limit = CHANGES_PER_READ): Promise<AppliedChange[]> {
  const rows = await db.kysely.selectFrom('signal_changes as c')
    .leftJoin('bank_signals as s', (join) => join.onRef('s.id', '=', 'c.signal_id').on('c.op', '=', 'upsert'))
    .leftJoin('bank_contents as k', 'k.id', 's.content_id')
    .select(['c.seq', 'c.signal_id', 's.signal_type', 's.value_sealed', 's.content_id', 'k.bank', 'k.disabled_until', 'k.quarantined_at', 'k.case_id', 'k.submission_id'])
    .where('c.seq', '>', after)
    .orderBy('c.seq')
    .limit(limit)
    .execute();
  const opened = await states(vault, rows);
  return rows.map((r, i) => ({ seq: Number(r.seq), signalId: r.signal_id, state: opened[i] ?? null }));
}

/** Signals after `afterId`, in id order, with their states (for a build). */
export async function readSignals(db: Db, vault: KeyVault, afterId: number, limit = SIGNALS_PER_READ): Promise<{ id: number; state: SignalState | null }[]> {
  const rows = await db.kysely.selectFrom('bank_signals as s')
    .innerJoin('bank_contents as k', 'k.id', 's.content_id')
    .select(['s.id as signal_id', 's.signal_type', 's.value_sealed', 's.content_id', 'k.bank', 'k.disabled_until', 'k.quarantined_at', 'k.case_id', 'k.submission_id'])
    .where('s.id', '>', afterId)
    .orderBy('s.id')
    .limit(limit)
    .execute();
  const opened = await states(vault, rows);
  return rows.map((r, i) => ({ id: r.signal_id, state: opened[i] ?? null }));
}
