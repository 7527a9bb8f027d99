/**
 * Withdrawing a case (decision 0016, "Withdrawal"): the case's data key first (from that moment
 * everything sealed for it is unreadable), then its blobs, then its items, events, case work
 * (targets, letters, consents, referrals), blob rows and access rows; the case row stays, closed, with `withdrawn_at` and no sealed request, so the
 * counsellor sees that it was withdrawn, and retention deletes it like any closed case. Every step
 * may be repeated: a withdrawal cut short by a crash is finished by running it again. Audited once.
 * Nothing may be sealed for the case afterwards (the vault would make it a new key).
 */
import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../audit/audit-port.js';
import type { BlobStore } from '../blobs/blob-store-port.js';
import { caseRepository } from '../cases/case.repository.js';
import type { Database } from '../db/schema.js';
import type { BankStore } from '../platform/platform-ports.js';
import type { Vault } from '../vault/vault-port.js';

export interface WithdrawDeps {
  readonly db: Kysely<Database>;
  readonly vault: Pick<Vault, 'destroyCaseKey'>;
  readonly blobs: Pick<BlobStore, 'deleteCase'>;
  readonly audit: AuditLog;
  readonly now: () => Date;
  /** The bank store's removal of a case's contents, under the change log's write lock. */
  readonly banks: Pick<BankStore, 'deleteCaseContents'>;
}

/** False if there is no such case. */
export async function withdrawCase(deps: WithdrawDeps, caseId: string, actor: AuditActor = { kind: 'victim' }): Promise<boolean> {
  const found = await caseRepository(deps.db, deps.now).get(caseId);
  if (!found) return false;
  // Its hashes leave every index and feed as deletes, before the key that seals them goes.
  await deps.banks.deleteCaseContents(caseId);
  await deps.vault.destroyCaseKey(caseId);
  await deps.blobs.deleteCase(caseId);
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('case_access').where('case_id', '=', caseId).execute();
    await trx.deleteFrom('case_items').where('case_id', '=', caseId).execute();
    await trx.deleteFrom('case_events').where('case_id', '=', caseId).execute();
    // Case work (decision 0017): its clear fields would otherwise stay in the figures.
    for (const table of ['case_targets', 'case_letters', 'case_consents', 'case_referrals'] as const) {
      await trx.deleteFrom(table).where('case_id', '=', caseId).execute();
    }
    await trx.deleteFrom('blobs').where('case_id', '=', caseId).execute();
    await trx.updateTable('cases').set({ request_sealed: null }).where('id', '=', caseId).execute();
    const current = await caseRepository(trx, deps.now).get(caseId);
    if (!current || current.withdrawnAt) return;
    await caseRepository(trx, deps.now).update(caseId, { status: 'closed', withdrawnAt: deps.now().toISOString() });
    await deps.audit.append({ actor, action: 'help.withdraw', caseId, detail: { previousStatus: current.status } }, trx);
  });
  // Once more: a victim's call that passed its check before the withdrawal may have sealed
  // something (making a new key) meanwhile. Such calls also look again afterwards (afterWrite).
  await deps.banks.deleteCaseContents(caseId);
  await deps.vault.destroyCaseKey(caseId);
  await deps.blobs.deleteCase(caseId);
  return true;
}

/** After a victim's write: if the case was withdrawn meanwhile, finish the withdrawal over it. */
export async function afterWrite(deps: WithdrawDeps, caseId: string): Promise<void> {
  const current = await caseRepository(deps.db, deps.now).get(caseId);
  if (current?.withdrawnAt) await withdrawCase(deps, caseId);
}
