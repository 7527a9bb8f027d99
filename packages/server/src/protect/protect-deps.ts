/**
 * What "Protect my images" (`/api/protect/v1`, decision 0018) needs, and the one error it throws:
 * the error handler turns its status (or its own code, `low_quality`) into the stable body.
 */
import type { ErrorCode } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/audit-port.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { BankStore } from '../platform/platform-ports.js';
import type { KeyedHash } from '../vault/keyed-hash.js';
import type { KeyVault } from '../vault/vault.js';

export interface ProtectDeps {
  readonly db: Kysely<Database>;
  readonly vault: KeyVault;
  readonly hashes: Pick<KeyedHash, 'of' | 'address'>;
  readonly banks: Pick<BankStore, 'addContent' | 'getContent' | 'deleteSubmissionContents' | 'submissionSignals'>;
  readonly audit: AuditLog;
  readonly now: () => Date;
  /** The help request's numbers: the same proof of work and intake limits, counted under keys of their own. */
  readonly limits: Config['help'];
}

export const PROTECT_V1 = '/api/protect/v1';
export const PROTECT_TAGS = ['protect'] as const;

/** A refusal with its HTTP status, its own stable code where the status's is not enough, and Retry-After (429). */
export class ProtectError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 429,
    message: string,
    readonly errorCode?: ErrorCode,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ProtectError';
  }
}
