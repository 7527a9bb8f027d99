/**
 * The chain's arithmetic, shared by the writer and `jikim audit verify`: each row's hash is
 * SHA-256 over a canonical encoding of the row, its predecessor's hash included (docs/audit-log.md).
 */
import { createHash } from 'node:crypto';
import type { AuditLogTable } from '../db/schema.js';

export const ZERO_HASH = '0'.repeat(64);

/** The encoding's name; changing the encoding means a new name, never a silent change. */
export const CHAIN_FORMAT = 'jikim-audit/1';

export type ChainedRow = Omit<AuditLogTable, 'hash'>;

/**
 * A JSON array of the fields in a fixed order: JSON.stringify is deterministic for strings,
 * integers and null, and `detail` is already canonical JSON held as a string.
 */
export function canonicalRow(row: ChainedRow): string {
  return JSON.stringify([
    CHAIN_FORMAT,
    row.seq,
    row.at,
    row.actor_kind,
    row.actor_id,
    row.session_id,
    row.action,
    row.case_id,
    row.subject_staff_id,
    row.reason,
    row.detail,
    row.prev_hash,
  ]);
}

export function rowHash(row: ChainedRow): string {
  return createHash('sha256').update(canonicalRow(row), 'utf8').digest('hex');
}

/** JSON with keys sorted, so the same facts always give the same text (and hash). */
export function canonicalDetail(detail: Readonly<Record<string, string | number | boolean | null>> = {}): string {
  const sorted: Record<string, string | number | boolean | null> = {};
  for (const key of Object.keys(detail).sort()) {
    const value = detail[key];
    if (value === undefined) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`audit detail ${key}: not a finite number`);
    sorted[key] = typeof value === 'string' ? storable(value) : value;
  }
  return JSON.stringify(sorted);
}

/**
 * Text exactly as the database will give it back: NFC (Korean typed on a Mac arrives as NFD),
 * no NUL (PostgreSQL refuses it) and no lone surrogate (UTF-8 cannot carry it).
 */
export function storable(text: string): string {
  return text.normalize('NFC').replace(/\0|\p{Surrogate}/gu, '\uFFFD');
}
