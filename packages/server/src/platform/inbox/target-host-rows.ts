/**
 * The rows of `case_target_hosts`: written with the targets they belong to (the targets' repository
 * calls this inside its transaction), and filled at start-up for targets that have none yet (made
 * before the table existed), each target's sealed record opened once. Filling is idempotent: only
 * targets without rows are read, and a record that no longer opens is passed over.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { KeyedHash } from '../../vault/keyed-hash.js';
import type { KeyVault } from '../../vault/vault.js';
import { targetContext, type TargetRecord } from '../../case-work/target-record.js';
import { targetHostKeys } from './inbox-hosts.js';

const BATCH = 200;

export async function insertTargetHosts(db: Kysely<Database>, rows: readonly { readonly targetId: string; readonly keys: readonly string[] }[]): Promise<void> {
  const values = rows.flatMap((r) => r.keys.map((key) => ({ target_id: r.targetId, host_key: key })));
  for (let i = 0; i < values.length; i += 500) await db.insertInto('case_target_hosts').values(values.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
}

/** Host rows for every target that has none; how many targets got them. */
export async function backfillTargetHosts(deps: { readonly db: Kysely<Database>; readonly vault: KeyVault; readonly hashes: KeyedHash }): Promise<number> {
  let after = '';
  let filled = 0;
  for (;;) {
    const rows = await deps.db.selectFrom('case_targets as t')
      .select(['t.id', 't.case_id', 't.record_sealed'])
      .where('t.id', '>', after)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('case_target_hosts as h').select('h.target_id').whereRef('h.target_id', '=', 't.id'))))
      .orderBy('t.id').limit(BATCH).execute();
    const last = rows.at(-1);
    if (last === undefined) return filled;
    after = last.id;
    const opened = await deps.vault.openCaseFields(rows.map((r) => ({ caseId: r.case_id, sealed: r.record_sealed, context: targetContext(r.id) })));
    const found = await Promise.all(rows.map(async (r, i) => {
      const text = opened[i];
      if (text === null || text === undefined) return { targetId: r.id, keys: [] };
      return { targetId: r.id, keys: await targetHostKeys(deps.hashes, (JSON.parse(text) as TargetRecord).url) };
    }));
    const fresh = found.filter((f) => f.keys.length > 0);
    // A target removed meanwhile takes its rows with it; one that got rows meanwhile keeps its own.
    await deps.db.transaction().execute(async (trx) => {
      const still = new Set((await trx.selectFrom('case_targets').select('id').where('id', 'in', fresh.length > 0 ? fresh.map((f) => f.targetId) : [''])
        .where((eb) => eb.not(eb.exists(eb.selectFrom('case_target_hosts as h').select('h.target_id').whereRef('h.target_id', '=', 'case_targets.id')))).execute()).map((r) => r.id));
      await insertTargetHosts(trx, fresh.filter((f) => still.has(f.targetId)));
      filled += still.size;
    });
  }
}
