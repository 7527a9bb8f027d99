/**
 * When the person withdraws the `hash_protection` consent (in the locker, or told a counsellor who
 * records it), the case's hashes leave the banks at once: every signal a `delete` in the change log,
 * so every index and partner feed drops it. Audited (`case.protection.consent_withdrawn`, a count)
 * and, when something was removed, a case event ("consent_withdrawn: 3").
 */
import type { ConsentKind } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../../audit/audit-port.js';
import { caseEvents, type CaseEventActor } from '../../cases/case-events.js';
import type { Database } from '../../db/schema.js';
import type { BankStore } from '../../platform/platform-ports.js';
import type { Vault } from '../../vault/vault-port.js';

/** The case history's event of this feature; its text is a code and a count ("added: 2"). */
export const PROTECTION_EVENT = 'hash_protection';

export interface WithdrawalDeps {
  readonly db: Kysely<Database>;
  readonly vault: Pick<Vault, 'sealCaseField' | 'openCaseField'>;
  readonly audit: AuditLog;
  readonly now: () => Date;
  /** The bank store's removal of a case's contents, under the change log's write lock. */
  readonly banks: Pick<BankStore, 'deleteCaseContents'>;
}

/** Called after every consent record; acts only on a withdrawal of `hash_protection`. */
export async function afterConsentRecord(
  deps: WithdrawalDeps,
  caseId: string,
  input: { readonly kind: ConsentKind; readonly granted: boolean },
  by: { readonly event: CaseEventActor; readonly audit: AuditActor },
): Promise<void> {
  if (input.kind !== 'hash_protection' || input.granted) return;
  const removed = await deps.banks.deleteCaseContents(caseId);
  await deps.audit.append({ actor: by.audit, action: 'case.protection.consent_withdrawn', caseId, detail: { removed } });
  if (removed > 0) await caseEvents(deps.db, deps.vault, deps.now).append(caseId, { type: PROTECTION_EVENT, actor: by.event, body: { text: `consent_withdrawn: ${removed}` } });
}
