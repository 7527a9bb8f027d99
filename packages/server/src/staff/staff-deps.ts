import type { Kysely } from 'kysely';
import * as z from 'zod';
import type { AuditLog } from '../audit/audit-port.js';
import type { Database } from '../db/schema.js';
import type { KeyedHash } from '../vault/keyed-hash.js';
import type { Vault } from '../vault/vault-port.js';

/** What the staff services need; `build()` and `jikim admin` make one each. */
export interface StaffDeps {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
  readonly vault: Pick<Vault, 'sealSystemField' | 'openSystemField'>;
  readonly hashes: Pick<KeyedHash, 'of' | 'address'>;
  readonly audit: AuditLog;
  /** `PUBLIC_URL`'s origin. */
  readonly publicOrigin: string;
}

/** A refusal the error handler turns into its status and code (401, 403, 404, 409, 410, 429). */
export class StaffError extends Error {
  constructor(readonly statusCode: 401 | 403 | 404 | 409 | 410 | 429, message: string) {
    super(message);
    this.name = 'StaffError';
  }
}

/** A problem with one field of the form: a 400 naming it, like any validation error. */
export function fieldError(field: string, problem: string): z.ZodError {
  return new z.ZodError([{ code: 'custom', path: [field], message: problem, input: undefined }]);
}

/** Where a sealed staff field lives: the vault binds it there (vault-port.ts). */
export const sealContext = {
  name: (staffId: string) => `staff.name_sealed:${staffId}`,
  login: (staffId: string) => `staff.login_sealed:${staffId}`,
  totp: (staffId: string) => `staff.totp_secret_sealed:${staffId}`,
  linkTotp: (tokenHash: string) => `staff_setup_links.totp_secret_sealed:${tokenHash}`,
} as const;

/** Login names: 3–32 of a–z, 0–9, dot, dash and underscore, starting with a letter or digit. */
export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export function normaliseLogin(login: string): string {
  return login.normalize('NFC').trim().toLowerCase();
}

export const loginHash = (deps: Pick<StaffDeps, 'hashes'>, login: string) => deps.hashes.of('staff-login', normaliseLogin(login));
