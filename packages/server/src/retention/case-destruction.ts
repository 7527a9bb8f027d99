/**
 * Destroying a case: its hashes out of the banks first (a `delete` per signal in the change log),
 * then its data key (from that moment nothing sealed for it opens), then its blobs, then its rows,
 * counted for statistics and audited in the same transaction. Each step may be repeated, so a
 * destruction cut short by a crash is finished by the next run.
 */
import { sql, type Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../audit/audit-port.js';
import type { BlobStore } from '../blobs/blob-store-port.js';
import type { Database } from '../db/schema.js';
import type { BankStore } from '../platform/platform-ports.js';
import type { Vault } from '../vault/vault-port.js';

export interface CaseDestructionDeps {
  readonly db: Kysely<Database>;
  readonly vault: Pick<Vault, 'destroyCaseKey'>;
  readonly blobs: Pick<BlobStore, 'deleteCase'>;
  readonly audit: AuditLog;
  /** The bank store's removal of a case's contents, under the change log's write lock. */
  readonly banks: Pick<BankStore, 'deleteCaseContents'>;
}

/** Returns false if there was no such case. */
export async function destroyCase(
  deps: CaseDestructionDeps,
  caseId: string,
  actor: AuditActor,
  detail: Readonly<Record<string, string | number | boolean | null>> = {},
): Promise<boolean> {
  const found = await deps.db.selectFrom('cases').select(['opened_by', 'closed_at']).where('id', '=', caseId).executeTakeFirst();
  if (!found) return false;
  // Its hashes leave every index and feed as deletes (the rows' cascade would not say so).
  await deps.banks.deleteCaseContents(caseId);
  await deps.vault.destroyCaseKey(caseId);
  await deps.blobs.deleteCase(caseId);
  return deps.db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('cases').where('id', '=', caseId).executeTakeFirst();
    if (deleted.numDeletedRows === 0n) return false; // destroyed meanwhile by another run
    await trx.insertInto('destroyed_case_counts')
      .values({ closed_month: (found.closed_at ?? new Date().toISOString()).slice(0, 7), opened_by: found.opened_by, cases: 1 })
      .onConflict((oc) => oc.columns(['closed_month', 'opened_by']).doUpdateSet({ cases: sql<number>`destroyed_case_counts.cases + 1` }))
      .execute();
    await deps.audit.append({ actor, action: 'case.destroy', caseId, detail }, trx);
    return true;
  });
}
