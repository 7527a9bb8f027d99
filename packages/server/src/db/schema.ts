/** Row types of every table, as the migrations leave them. */
import type { ColumnType } from 'kysely';

export interface AppMetaTable {
  key: string;
  value: string;
}

/** One row of the hash-chained audit log (src/audit): ids, actions and reasons, never personal data. */
export interface AuditLogTable {
  seq: number;
  /** ISO 8601 UTC with milliseconds. */
  at: string;
  actor_kind: 'staff' | 'victim' | 'platform' | 'cli' | 'system';
  actor_id: string | null;
  session_id: string | null;
  action: string;
  case_id: string | null;
  subject_staff_id: string | null;
  reason: string | null;
  /** Canonical JSON (sorted keys) of small non-personal facts. */
  detail: string;
  prev_hash: string;
  hash: string;
}

/** The one row the audit chain starts after: seq 0 and the zero hash until a retention purge. */
export interface AuditLogBaseTable {
  id: number;
  seq: number;
  hash: string;
}

/** A case (src/cases): only what lists and statistics need, in clear. */
export interface CasesTable {
  /** Random, 80 bits, Crockford base32 (src/cases/case-id.ts). */
  id: string;
  status: 'new' | 'assigned' | 'waiting' | 'closed';
  opened_by: 'victim_request' | 'counsellor';
  created_at: string;
  closed_at: string | null;
  assigned_staff_id: string | null;
}

/** A data key (src/vault), wrapped by the master key of `epoch`: `system`, or `case:<id>`. */
export interface DataKeysTable {
  id: string;
  case_id: string | null;
  epoch: number;
  wrapped: string;
  created_at: string;
}

/** A stored blob (src/blobs): its bytes are sealed on disk, its SHA-256 sealed here. */
export interface BlobsTable {
  id: string;
  case_id: string;
  /** bigint: PostgreSQL returns it as a string. */
  size: ColumnType<number | string, number, number>;
  sha256: string;
  created_at: string;
}

export interface Database {
  app_meta: AppMetaTable;
  audit_log: AuditLogTable;
  audit_log_base: AuditLogBaseTable;
  cases: CasesTable;
  data_keys: DataKeysTable;
  blobs: BlobsTable;
}
