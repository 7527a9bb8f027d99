/** Row types of every table, as the migrations leave them. */
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

export interface Database {
  app_meta: AppMetaTable;
  audit_log: AuditLogTable;
  audit_log_base: AuditLogBaseTable;
}
