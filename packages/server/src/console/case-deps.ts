/**
 * What the console's case routes share: the repositories on the app's database and vault, who is
 * acting (for case events and the audit log), and the one way to find a case or refuse (404, or
 * 410 when the person withdrew and nothing of the case can be opened or added to any more).
 */
import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AuditActor, AuditEvent, AuditLog } from '../audit/audit-port.js';
import { BlobNotFoundError, type BlobStore } from '../blobs/blob-store-port.js';
import { caseBlobs } from '../blobs/case-blobs.js';
import { caseEvents, type CaseEventActor } from '../cases/case-events.js';
import { caseItems, type CaseItemRecord } from '../cases/case-items.js';
import { caseRepository, type CaseRecord } from '../cases/case.repository.js';
import type { Database } from '../db/schema.js';
import type { BankStore } from '../platform/platform-ports.js';
import { currentStaff } from '../staff/require-staff.js';
import { StaffError } from '../staff/staff-deps.js';
import type { KeyVault } from '../vault/vault.js';

export interface ConsoleCaseDeps {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
  readonly audit: AuditLog;
  readonly vault: KeyVault;
  readonly blobs: BlobStore;
  /** Removes a case's contents from every bank (withdrawal, consent withdrawal, destruction). */
  readonly banks: Pick<BankStore, 'deleteCaseContents'>;
}

export const V1 = '/api/console/v1';
export const CASE_TAGS = ['console: cases'];

export function consoleCases(deps: ConsoleCaseDeps) {
  const cases = caseRepository(deps.db, deps.now);
  const items = caseItems(deps.db, deps.vault, deps.now);
  const events = caseEvents(deps.db, deps.vault, deps.now);
  const blobs = caseBlobs({ db: deps.db, vault: deps.vault, store: deps.blobs, now: deps.now });

  /** The case, or a 404 (no hint whether it ever existed). */
  async function find(id: string): Promise<CaseRecord> {
    const found = await cases.get(id);
    if (!found) throw new StaffError(404, 'No such case');
    return found;
  }

  /**
   * A case whose content can still be read and added to. A withdrawn case's key is gone: sealing
   * anything new for it would make a fresh key, so every change is refused with 410.
   */
  async function live(id: string): Promise<CaseRecord> {
    const found = await find(id);
    if (found.withdrawnAt) throw new StaffError(410, 'The case was withdrawn');
    return found;
  }

  async function item(caseId: string, itemId: string): Promise<CaseItemRecord> {
    const found = await items.get(caseId, itemId);
    if (!found) throw new StaffError(404, 'No such item');
    return found;
  }

  /** A blob's verified bytes as a stream; 404 if it is gone. */
  async function readBlob(caseId: string, blobId: string): Promise<Readable> {
    try {
      return await blobs.read(caseId, blobId);
    } catch (error) {
      if (error instanceof BlobNotFoundError) throw new StaffError(404, 'No such file');
      throw error;
    }
  }

  /** One audit row with the signed-in staff member as actor. */
  async function audit(request: FastifyRequest, event: Omit<AuditEvent, 'actor'>, trx?: Kysely<Database>): Promise<void> {
    await deps.audit.append({ ...event, actor: staffActor(request) }, trx);
  }

  return { deps, cases, items, events, blobs, find, live, item, readBlob, audit };
}

export type ConsoleCases = ReturnType<typeof consoleCases>;

export function staffActor(request: FastifyRequest): AuditActor {
  const staff = currentStaff(request);
  return { kind: 'staff', staffId: staff.id, sessionId: staff.sessionId };
}

export function counsellorActor(request: FastifyRequest): CaseEventActor {
  return { kind: 'counsellor', staffId: currentStaff(request).id };
}
