/** Reading contents back: rows, their signals, and the sealed values opened in one vault call. */
import type { Kysely, Selectable } from 'kysely';
import type { BankContentsTable, BanksTable, Database } from '../../db/schema.js';
import type { KeyVault } from '../../vault/vault.js';
import type { Bank, BankContent, SignalType } from '../platform-ports.js';
import { toId } from './bank-ids.js';
import { keyIdOf, metaContext, noteOf, signalContext } from './bank-sealing.js';

export type ContentRow = Selectable<BankContentsTable>;

/** Ids per `in (…)` list, well below every driver's limit on parameters. */
export const IDS_PER_QUERY = 500;

export function toBank(row: Selectable<BanksTable>): Bank {
  return {
    name: row.name,
    owner: row.owner,
    kind: row.kind,
    matchingEnabled: Number(row.matching_enabled) === 1,
    feedEnabled: Number(row.feed_enabled) === 1,
    createdAt: row.created_at,
  };
}

/** The contents with their signals opened; a signal whose key is gone (shredded) is left out. */
export async function readContents(db: Kysely<Database>, vault: KeyVault, rows: readonly ContentRow[]): Promise<BankContent[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => toId(r.id));
  const signals = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    signals.push(...await db.selectFrom('bank_signals').select(['id', 'content_id', 'signal_type', 'value_sealed'])
      .where('content_id', 'in', ids.slice(i, i + IDS_PER_QUERY)).orderBy('id').execute());
  }
  const owners = new Map(rows.map((r) => [toId(r.id), r]));
  const opened = await vault.openFields([
    ...rows.map((r) => ({ keyId: keyIdOf(r), sealed: r.meta_sealed, context: metaContext(toId(r.id)) })),
    ...signals.map((s) => ({ keyId: keyIdOf(owners.get(toId(s.content_id)) as ContentRow), sealed: s.value_sealed, context: signalContext(s.id) })),
  ]);
  const values = new Map<number, Partial<Record<SignalType, string[]>>>();
  signals.forEach((s, i) => {
    const value = opened[rows.length + i];
    if (value === null || value === undefined) return;
    const byType = values.get(toId(s.content_id)) ?? {};
    (byType[s.signal_type] ??= []).push(value);
    values.set(toId(s.content_id), byType);
  });
  return rows.map((r, i) => ({
    id: toId(r.id),
    bank: r.bank,
    signals: values.get(toId(r.id)) ?? {},
    note: noteOf(opened[i] ?? null),
    disabledUntil: r.disabled_until,
    quarantinedAt: r.quarantined_at,
    createdAt: r.created_at,
  }));
}
