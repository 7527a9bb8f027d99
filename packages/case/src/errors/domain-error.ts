/**
 * What the domain refuses, with a stable code. Callers switch on `code`, never on the message; the
 * server maps every DomainError to a 400 that carries the code (the one error handler). A message
 * is safe to show and to log: it says what is wrong, never what was given (a victim's words, URLs
 * and file names stay out of errors).
 */

export const DOMAIN_ERROR_CODES = [
  /** Not an http:// or https:// address. */
  'invalid_url',
  /** Not a SHA-256 digest (64 hex digits). */
  'invalid_sha256',
  /** Not a date the domain can use. */
  'invalid_date',
  /** A text is longer than the domain keeps. */
  'text_too_long',
  /** An event dated before the one it follows. */
  'event_out_of_order',
  /** A history that does not start as every history starts. */
  'history_invalid',
  /** An event without a valid actor (who made it). */
  'actor_invalid',
  /** A status that cannot follow the current one. */
  'status_not_allowed',
  'takedown_input_invalid',
  'letter_input_invalid',
  'complaint_input_invalid',
  'email_address_invalid',
  /** An item the bundle format cannot describe until the person completes it. */
  'manifest_item_incomplete',
  /** Received bytes whose SHA-256 or size differ from what the item recorded. */
  'hash_mismatch',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(readonly code: DomainErrorCode, message: string) {
    super(message);
    this.name = 'DomainError';
  }
}

/** A DomainError class (the base or one of its kinds), as the checks below are given one. */
export type DomainErrorClass = new (code: DomainErrorCode, message: string) => DomainError;

export const isDomainErrorCode = (value: unknown): value is DomainErrorCode =>
  typeof value === 'string' && (DOMAIN_ERROR_CODES as readonly string[]).includes(value);
