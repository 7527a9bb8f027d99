/** Row types of every table, as the migrations leave them. */
import type { ColumnType, Generated } from 'kysely';

export type Arrival = 'online' | 'phone' | 'walk_in' | 'email' | 'referral' | 'other';

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

/** A staff member (src/staff, decision 0015). Name and login name are sealed by the vault. */
export interface StaffTable {
  id: string;
  role: 'admin' | 'counsellor' | 'auditor';
  status: 'invited' | 'active' | 'deactivated';
  name_sealed: string;
  /** Keyed hash of the normalised login name; null until set-up. */
  login_hash: string | null;
  login_sealed: string | null;
  /** argon2id (`$argon2id$…`). */
  password_hash: string | null;
  totp_secret_sealed: string | null;
  /** The last TOTP time step accepted, so a code is never accepted twice. */
  totp_last_step: number | null;
  created_at: string;
  activated_at: string | null;
  deactivated_at: string | null;
}

/** A one-time set-up link; only the SHA-256 of its token is stored. */
export interface StaffSetupLinkTable {
  token_hash: string;
  staff_id: string;
  /** The admin who issued it; null when issued on the server with `jikim admin invite`. */
  issued_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  /** The TOTP secret offered while the link is open, until set-up confirms it. */
  totp_secret_sealed: string | null;
}

/** A console session; only the SHA-256 of its token is stored. */
export interface StaffSessionTable {
  id: string;
  token_hash: string;
  staff_id: string;
  /** 'second-factor': the password was right, a second factor is still owed. */
  stage: 'second-factor' | 'signed-in';
  second_factor: 'totp' | 'passkey' | null;
  /** The WebAuthn challenge in flight, if any. */
  challenge: string | null;
  created_at: string;
  last_seen_at: string;
  /** The absolute end of the session. */
  expires_at: string;
}

export interface StaffPasskeyTable {
  id: string;
  staff_id: string;
  /** base64url */
  credential_id: string;
  /** base64url of the COSE public key */
  public_key: string;
  /** PostgreSQL returns bigint as a string. */
  counter: ColumnType<number | string, number, number>;
  /** JSON array of transports. */
  transports: string;
  created_at: string;
  last_used_at: string | null;
}

/** Failed logins per account ('account:…') and per address ('address:' + keyed hash). */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  lockouts: number;
  locked_until: string | null;
  updated_at: string;
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
  locale: 'ko' | 'en';
  /** The situation the person chose (statistics); null for cases opened before help requests. */
  situation: 'illegal-shooting' | 'dissemination' | 'threat' | 'synthesis' | 'unsure' | null;
  /** How the person reached the centre (figures): 'online' for locker requests. */
  arrival: Arrival;
  /** Sealed JSON `{ contact, message }` (case key, context `cases.request:<id>`). */
  request_sealed: string | null;
  withdrawn_at: string | null;
  junk_at: string | null;
  updated_at: string | null;
}

/** The victim's way into their case: keyed hashes of the code and of code+PIN, and throttling. */
export interface CaseAccessTable {
  case_id: string;
  code_hash: string;
  pin_hash: string;
  failures: number;
  lockouts: number;
  locked_until: string | null;
  updated_at: string;
}

/** An item shared by the victim or attached by a counsellor; the item itself is sealed. */
export interface CaseItemsTable {
  id: string;
  case_id: string;
  seq: number;
  kind: 'file' | 'web' | 'message' | 'clue' | 'note';
  added_by: 'victim' | 'counsellor';
  /** Sealed JSON of the shared item (context `case_items.item:<id>`). */
  item_sealed: string;
  upload: 'none' | 'pending' | 'complete' | 'refused';
  blob_id: string | null;
  thumbnail_blob_id: string | null;
  created_at: string;
}

/** The case's own events, append-only; the body is sealed (context `case_events.body:<id>`). */
export interface CaseEventsTable {
  id: string;
  case_id: string;
  seq: number;
  at: string;
  type: string;
  actor_kind: 'victim' | 'counsellor' | 'system';
  actor_id: string | null;
  body_sealed: string;
}

export interface IntakeCountersTable {
  key: string;
  window_start: string;
  count: number;
}

export interface PowSpentTable {
  id: string;
  expires_at: string;
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

/** How many cases the retention job destroyed, by month of closure and how they were opened. */
export interface DestroyedCaseCountsTable {
  /** `YYYY-MM` */
  closed_month: string;
  opened_by: CasesTable['opened_by'];
  cases: number;
}

/** A URL a case asks an operator to remove; clear fields are what the figures count. */
export interface CaseTargetsTable {
  id: string;
  case_id: string;
  seq: number;
  url_key: string;
  /** Sealed JSON `{ url, host, method?, events }` (case key, context `case_targets.record:<id>`). */
  record_sealed: string;
  operator: string;
  site_type: 'adult' | 'search' | 'social' | 'webhard' | 'messenger' | 'other';
  status: 'found' | 'requested' | 'acknowledged' | 'removed' | 'refused' | 'reappeared';
  source: 'counsellor' | 'victim';
  source_ref: string | null;
  created_at: string;
  requested_at: string | null;
  removed_at: string | null;
  reappeared_at: string | null;
  last_event_at: string | null;
  updated_at: string;
}

export interface CaseLettersTable {
  id: string;
  case_id: string;
  at: string;
  method: 'email' | 'web_form';
  operator: string;
  target_count: number;
  actor_id: string;
  /** Sealed JSON `{ to, subject, body, locale, messageId, targetIds }` (context `case_letters.letter:<id>`). */
  letter_sealed: string;
}

export interface CaseConsentsTable {
  id: string;
  case_id: string;
  seq: number;
  kind: string;
  /** 1 given, 0 withdrawn. */
  granted: number;
  at: string;
  how: 'locker' | 'counsellor';
  actor_id: string | null;
  /** Sealed note (context `case_consents.note:<id>`). */
  note_sealed: string;
}

export interface CaseReferralsTable {
  id: string;
  case_id: string;
  kind: string;
  state: string;
  /** 1 when made without the consent its kind needs. */
  without_consent: number;
  created_at: string;
  updated_at: string;
  /** Sealed JSON `{ organisation, note, withoutConsentReason?, history }` (context `case_referrals.detail:<id>`). */
  detail_sealed: string;
}

export interface CentreOperatorsTable {
  id: string;
  name: string;
  email: string | null;
  form_url: string | null;
  language: 'ko' | 'en';
  site_type: CaseTargetsTable['site_type'];
  /** JSON array of host names. */
  domains: string;
  notes: string;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}

/** A takedown target's host and its parent domains as keyed hashes (the platforms' inbox). */
export interface CaseTargetHostsTable {
  target_id: string;
  host_key: string;
}

/** A platform that calls the platform API (decision 0018). */
export interface PlatformsTable {
  id: string;
  name: string;
  /** JSON array of host names. */
  domains: string;
  created_at: string;
}

/** An API key of a platform: only the SHA-256 (hex) of the key is stored. */
export interface PlatformKeysTable {
  id: string;
  platform_id: string;
  key_hash: string;
  /** Comma-separated, sorted (`curate,feed,feedback,match`). */
  scopes: string;
  per_minute: number;
  created_at: string;
  revoked_at: string | null;
}

export interface BanksTable {
  name: string;
  /** `victims`, or the id of the platform that owns the bank. */
  owner: string;
  kind: 'confirmed' | 'unreviewed' | 'platform';
  matching_enabled: number;
  feed_enabled: number;
  created_at: string;
}

export interface BankContentsTable {
  /** A random safe integer (bigint: PostgreSQL returns it as a string, SQLite as a number). */
  id: ColumnType<number | string, number, never>;
  bank: string;
  case_id: string | null;
  submission_id: string | null;
  origin: 'platform' | 'victim' | 'counsellor';
  /** Sealed JSON `{ note }`, context `bank_contents.meta:<id>`. */
  meta_sealed: string;
  disabled_until: string | null;
  quarantined_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface BankSignalsTable {
  /** The matcher's id (below 2^31). */
  id: number;
  /** Random: a feed record's key. */
  key: string;
  content_id: ColumnType<number | string, number, never>;
  signal_type: 'pdq' | 'md5' | 'vpdq';
  /** Sealed hex (vPDQ: its text form), context `bank_signals.value:<id>`. */
  value_sealed: string;
  quality: number | null;
  matches: Generated<number>;
  created_at: string;
}

/** A person's own hash-protection submission (`/protect`): code and PIN as keyed hashes. */
export interface ProtectSubmissionsTable {
  id: string;
  code_hash: string;
  pin_hash: string;
  failures: Generated<number>;
  lockouts: Generated<number>;
  locked_until: string | null;
  locale: 'ko' | 'en';
  created_at: string;
  withdrawn_at: string | null;
  updated_at: string;
}

/** The change log matchers and feeds follow, numbered in commit order. */
export interface SignalChangesTable {
  seq: ColumnType<number | string, number, never>;
  signal_id: number;
  signal_key: string;
  op: 'upsert' | 'delete';
  bank: string;
  at: string;
}

/** The latest feedback value a platform reported for a bank content (issue 14). */
export interface ContentFeedbackTable {
  content_id: ColumnType<number | string, number, never>;
  platform_id: string;
  value: 'blocked' | 'not_blocked' | 'pending_review' | 'false_positive';
  at: string;
}

/** An admin's review of a quarantined content: released (a removed content is gone). */
export interface ContentReviewsTable {
  content_id: ColumnType<number | string, number, never>;
  decision: 'release';
  at: string;
}

export interface Database {
  app_meta: AppMetaTable;
  staff: StaffTable;
  staff_setup_links: StaffSetupLinkTable;
  staff_sessions: StaffSessionTable;
  staff_passkeys: StaffPasskeyTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  audit_log_base: AuditLogBaseTable;
  cases: CasesTable;
  data_keys: DataKeysTable;
  blobs: BlobsTable;
  destroyed_case_counts: DestroyedCaseCountsTable;
  case_access: CaseAccessTable;
  case_items: CaseItemsTable;
  case_events: CaseEventsTable;
  intake_counters: IntakeCountersTable;
  pow_spent: PowSpentTable;
  case_targets: CaseTargetsTable;
  case_target_hosts: CaseTargetHostsTable;
  case_letters: CaseLettersTable;
  case_consents: CaseConsentsTable;
  case_referrals: CaseReferralsTable;
  centre_operators: CentreOperatorsTable;
  platforms: PlatformsTable;
  platform_keys: PlatformKeysTable;
  banks: BanksTable;
  protect_submissions: ProtectSubmissionsTable;
  bank_contents: BankContentsTable;
  bank_signals: BankSignalsTable;
  signal_changes: SignalChangesTable;
  content_feedback: ContentFeedbackTable;
  content_reviews: ContentReviewsTable;
}
