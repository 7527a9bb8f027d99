/**
 * What the rest of the server needs from the audit log: append one row. The log itself (an
 * append-only, hash-chained table with anchors outside the database) lives beside this file.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Who did it. A staff member always acts within one session. */
export type AuditActor =
  | { readonly kind: 'staff'; readonly staffId: string; readonly sessionId: string | null }
  | { readonly kind: 'victim' }
  | { readonly kind: 'platform'; readonly keyId: string }
  | { readonly kind: 'cli' }
  | { readonly kind: 'system' };

export interface AuditEvent {
  readonly actor: AuditActor;
  /** Dotted, stable verb: 'staff.invite', 'staff.login', 'case.read', 'key.rotate', … */
  readonly action: string;
  readonly caseId?: string | null;
  /** The staff member acted upon (an invite, a deactivation), if any. */
  readonly subjectStaffId?: string | null;
  /** The reason given, where the console asks for one (opening an original, a download). */
  readonly reason?: string | null;
  /** Small, non-personal facts (a role, a count, an outcome); never case content or personal data. */
  readonly detail?: Readonly<Record<string, string | number | boolean | null>>;
}

export interface AuditLog {
  /**
   * Appends one row. Pass the transaction of the change it records, so both land or neither does;
   * resolves once the row is durable.
   */
  append(event: AuditEvent, executor?: Kysely<Database>): Promise<void>;
}
