/**
 * What the help routes (`/api/help/v1`, docs/decisions/0016-help-requests.md) need, and the one
 * error they throw: the error handler turns its status into the stable code (401, 403, 429, …).
 */
import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/audit-port.js';
import type { BlobStore } from '../blobs/blob-store-port.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { BankStore } from '../platform/platform-ports.js';
import type { KeyedHash } from '../vault/keyed-hash.js';
import type { KeyVault } from '../vault/vault.js';

export interface HelpDeps {
  readonly db: Kysely<Database>;
  readonly vault: KeyVault;
  readonly hashes: Pick<KeyedHash, 'of' | 'address'>;
  readonly blobs: BlobStore;
  readonly audit: AuditLog;
  readonly now: () => Date;
  readonly limits: Config['help'];
  /** Removes a case's contents from every bank (withdrawal, consent withdrawal, destruction). */
  readonly banks: Pick<BankStore, 'deleteCaseContents'>;
}

export const HELP_V1 = '/api/help/v1';
export const UPLOAD_PATH = `${HELP_V1}/uploads`;
export const HELP_TAGS = ['help'] as const;
/**
 * Bodies that carry shared items: up to 50, each with a thumbnail of up to 256 KiB (base64) and its
 * texts. Larger than BODY_LIMIT_BYTES on purpose; every other help route keeps that limit.
 */
export const ITEMS_BODY_LIMIT = 24 * 1024 * 1024;

/** A refusal with its HTTP status; `retryAfterSeconds` goes out as Retry-After (429). */
export class HelpError extends Error {
  constructor(readonly statusCode: 400 | 401 | 403 | 404 | 409 | 411 | 413 | 429, message: string, readonly retryAfterSeconds?: number) {
    super(message);
    this.name = 'HelpError';
  }
}
