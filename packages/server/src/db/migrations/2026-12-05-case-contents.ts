import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here. Fields and their forms (clear, keyed hash, sealed):
// docs/data-at-rest.md, "Help requests and case contents". Timestamps are ISO-8601 UTC text.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cases').addColumn('locale', 'varchar(2)', (col) => col.notNull().defaultTo('ko')).execute();
  await db.schema.alterTable('cases').addColumn('situation', 'varchar(32)').execute();
  // Contact preferences and the person's first message, sealed with the case key.
  await db.schema.alterTable('cases').addColumn('request_sealed', 'text').execute();
  await db.schema.alterTable('cases').addColumn('withdrawn_at', 'varchar(32)').execute();
  await db.schema.alterTable('cases').addColumn('junk_at', 'varchar(32)').execute();
  await db.schema.alterTable('cases').addColumn('updated_at', 'varchar(32)').execute();
  await db.schema.createIndex('cases_created_at').on('cases').columns(['created_at', 'id']).execute();

  // How the victim reaches their case without an account: code and PIN, both keyed hashes.
  await db.schema
    .createTable('case_access')
    .addColumn('case_id', 'varchar(32)', (col) => col.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('code_hash', 'varchar(64)', (col) => col.notNull().unique())
    .addColumn('pin_hash', 'varchar(64)', (col) => col.notNull())
    .addColumn('failures', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('lockouts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('locked_until', 'varchar(32)')
    .addColumn('updated_at', 'varchar(32)', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('case_items')
    .addColumn('id', 'varchar(48)', (col) => col.primaryKey())
    .addColumn('case_id', 'varchar(32)', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('kind', 'varchar(16)', (col) => col.notNull())
    .addColumn('added_by', 'varchar(16)', (col) => col.notNull().check(sqlIn('added_by', ['victim', 'counsellor'])))
    .addColumn('item_sealed', 'text', (col) => col.notNull())
    .addColumn('upload', 'varchar(16)', (col) => col.notNull().check(sqlIn('upload', ['none', 'pending', 'complete', 'refused'])))
    .addColumn('blob_id', 'varchar(32)')
    .addColumn('thumbnail_blob_id', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addUniqueConstraint('case_items_case_seq', ['case_id', 'seq'])
    .execute();

  // The case's own events, append-only.
  await db.schema
    .createTable('case_events')
    .addColumn('id', 'varchar(48)', (col) => col.primaryKey())
    .addColumn('case_id', 'varchar(32)', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('at', 'varchar(32)', (col) => col.notNull())
    .addColumn('type', 'varchar(32)', (col) => col.notNull())
    .addColumn('actor_kind', 'varchar(16)', (col) => col.notNull())
    .addColumn('actor_id', 'varchar(64)')
    .addColumn('body_sealed', 'text', (col) => col.notNull())
    .addUniqueConstraint('case_events_case_seq', ['case_id', 'seq'])
    .execute();

  // Intake limits: counts per window for keyed hashes of addresses, and the global count.
  await db.schema
    .createTable('intake_counters')
    .addColumn('key', 'varchar(96)', (col) => col.notNull())
    .addColumn('window_start', 'varchar(32)', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('intake_counters_pk', ['key', 'window_start'])
    .execute();

  // Proof-of-work solutions already used (replays refused), until their challenge expires.
  await db.schema
    .createTable('pow_spent')
    .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('expires_at', 'varchar(32)', (col) => col.notNull())
    .execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['pow_spent', 'intake_counters', 'case_events', 'case_items', 'case_access']) await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('cases_created_at').execute();
  for (const column of ['updated_at', 'junk_at', 'withdrawn_at', 'request_sealed', 'situation', 'locale']) await db.schema.alterTable('cases').dropColumn(column).execute();
}
