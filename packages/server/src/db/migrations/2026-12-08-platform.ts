import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here. The platform API (issue 14, decision 0018): platforms
// and their API keys (only a SHA-256 of each key is stored), hash banks, their contents and signals,
// and the change log every matcher process follows in commit order.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('platforms')
    .addColumn('id', 'varchar(48)', (col) => col.primaryKey())
    // Unique, as typed by the admin (`jikim platform key create --name NAME`).
    .addColumn('name', 'varchar(100)', (col) => col.notNull().unique())
    // JSON array of host names this platform answers for (the deletion-request inbox).
    .addColumn('domains', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('platform_keys')
    .addColumn('id', 'varchar(48)', (col) => col.primaryKey())
    .addColumn('platform_id', 'varchar(48)', (col) => col.notNull().references('platforms.id').onDelete('cascade'))
    // SHA-256 (hex) of the whole key; the key itself is shown once and never stored.
    .addColumn('key_hash', 'varchar(64)', (col) => col.notNull().unique())
    // Comma-separated, sorted: match, feed, feedback, curate.
    .addColumn('scopes', 'varchar(100)', (col) => col.notNull())
    .addColumn('per_minute', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('revoked_at', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('banks')
    // HMA's rule: ^[A-Z_][A-Z0-9_]*$.
    .addColumn('name', 'varchar(100)', (col) => col.primaryKey())
    // `victims` for the two banks of victims' hashes; otherwise the platform that owns it.
    .addColumn('owner', 'varchar(48)', (col) => col.notNull())
    .addColumn('kind', 'varchar(16)', (col) => col.notNull().check(sqlIn('kind', ['confirmed', 'unreviewed', 'platform'])))
    .addColumn('matching_enabled', 'integer', (col) => col.notNull().defaultTo(1))
    // A delta feed of this bank for trusted partners (off by default: match-as-a-service).
    .addColumn('feed_enabled', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute();

  // A person's own hash-protection submission (`/protect`, no account): its code and PIN as keyed
  // hashes (as a help request's), throttling, and its own data key (`protect:<id>`) sealing its hashes.
  await db.schema
    .createTable('protect_submissions')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('code_hash', 'varchar(64)', (col) => col.notNull().unique())
    .addColumn('pin_hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('failures', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('lockouts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('locked_until', 'varchar(32)')
    .addColumn('locale', 'varchar(2)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('withdrawn_at', 'varchar(32)')
    .addColumn('updated_at', 'varchar(32)', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('bank_contents')
    // A random safe integer (never sequential), HMA's bank_content_id.
    .addColumn('id', 'bigint', (col) => col.primaryKey())
    .addColumn('bank', 'varchar(100)', (col) => col.notNull().references('banks.name').onDelete('cascade'))
    // The counsellor's case whose key seals its signals (hashes the person shared, with consent).
    .addColumn('case_id', 'varchar(32)', (col) => col.references('cases.id').onDelete('cascade'))
    // Or the person's own submission whose key seals them; null for a platform's own content.
    .addColumn('submission_id', 'varchar(32)', (col) => col.references('protect_submissions.id').onDelete('cascade'))
    .addColumn('origin', 'varchar(16)', (col) => col.notNull().check(sqlIn('origin', ['platform', 'victim', 'counsellor'])))
    // Sealed JSON `{ note }` (a platform's note; empty for victims').
    .addColumn('meta_sealed', 'text', (col) => col.notNull())
    // HMA: content can be disabled until a time (null: enabled); quarantined content never matches.
    .addColumn('disabled_until', 'varchar(32)')
    .addColumn('quarantined_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(32)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('bank_contents_bank').on('bank_contents').columns(['bank', 'id']).execute();
  await db.schema.createIndex('bank_contents_case').on('bank_contents').columns(['case_id']).execute();
  await db.schema.createIndex('bank_contents_submission').on('bank_contents').columns(['submission_id']).execute();

  await db.schema
    .createTable('bank_signals')
    // The matcher's id: an integer below 2^31, dense enough for the in-memory index.
    .addColumn('id', 'integer', (col) => col.primaryKey())
    // Random, never sequential: the key of a feed record.
    .addColumn('key', 'varchar(32)', (col) => col.notNull().unique())
    .addColumn('content_id', 'bigint', (col) => col.notNull().references('bank_contents.id').onDelete('cascade'))
    .addColumn('signal_type', 'varchar(16)', (col) => col.notNull().check(sqlIn('signal_type', ['pdq', 'md5', 'vpdq'])))
    // Sealed with the case's or the submission's key (victims') or the system key (platforms'),
    // context `bank_signals.value:<id>`.
    .addColumn('value_sealed', 'text', (col) => col.notNull())
    .addColumn('quality', 'integer')
    // How many lookups matched it (the person sees "matched N times", never where).
    .addColumn('matches', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('bank_signals_content').on('bank_signals').columns(['content_id']).execute();

  // The change log the matchers follow: one row per signal added or removed (or content enabled,
  // disabled, quarantined), numbered in commit order (the writer holds a lock until it commits).
  await db.schema
    .createTable('signal_changes')
    .addColumn('seq', 'bigint', (col) => col.primaryKey())
    .addColumn('signal_id', 'integer', (col) => col.notNull())
    // The signal's random key: a feed names a deleted record by it, without keeping its value.
    .addColumn('signal_key', 'varchar(32)', (col) => col.notNull())
    .addColumn('op', 'varchar(8)', (col) => col.notNull().check(sqlIn('op', ['upsert', 'delete'])))
    .addColumn('bank', 'varchar(100)', (col) => col.notNull())
    .addColumn('at', 'varchar(32)', (col) => col.notNull())
    .execute();

  const now = new Date().toISOString();
  await sql`insert into banks (name, owner, kind, matching_enabled, feed_enabled, created_at) values
    ('JIKIM_CONFIRMED', 'victims', 'confirmed', 1, 0, ${now}),
    ('JIKIM_UNREVIEWED', 'victims', 'unreviewed', 1, 0, ${now})`.execute(db);
}

function sqlIn(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['signal_changes', 'bank_signals', 'bank_contents', 'protect_submissions', 'banks', 'platform_keys', 'platforms']) await db.schema.dropTable(table).execute();
}
