import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here. Case work (issue 13): takedown targets, letters sent,
// consent records, referrals and the centre's own operators. What the figures count is clear (site
// type, operator, status, dates, kinds); every URL, reply, letter and note is sealed with the case key.
// docs/data-at-rest.md, "Case work"; docs/decisions/0017-case-work.md.
export async function up(db: Kysely<unknown>): Promise<void> {
  // How the person reached the centre: `online` for locker requests; counsellors choose for the rest.
  await db.schema.alterTable('cases').addColumn('arrival', 'varchar(16)', (col) => col.notNull().defaultTo('online')).execute();
  await sql`update cases set arrival = 'other' where opened_by = 'counsellor'`.execute(db);

  await db.schema
    .createTable('case_targets')
    .addColumn('id', 'varchar(48)', (col) => col.primaryKey())
    .addColumn('case_id', 'varchar(32)', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    // Keyed hash of the URL exactly as entered: finds a URL without reading any (docs/data-at-rest.md).
    .addColumn('url_key', 'varchar(64)', (col) => col.notNull())
    // Sealed JSON: url, host, method, the takedown events (with references and replies).
    .addColumn('record_sealed', 'text', (col) => col.notNull())
    .addColumn('operator', 'varchar(64)', (col) => col.notNull())
    .addColumn('site_type', 'varchar(16)', (col) => col.notNull().check(sqlIn('site_type', ['adult', 'search', 'social', 'webhard', 'messenger', 'other'])))
    .addColumn('status', 'varchar(16)', (col) => col.notNull().check(sqlIn('status', ['found', 'requested', 'acknowledged', 'removed', 'refused', 'reappeared'])))
    .addColumn('source', 'varchar(16)', (col) => col.notNull().check(sqlIn('source', ['counsellor', 'victim'])))
    // The locker's own id of a record the victim shared (random, made on the device), to update it.
    .addColumn('source_ref', 'varchar(128)')
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('requested_at', 'varchar(32)')
    .addColumn('removed_at', 'varchar(32)')
    .addColumn('reappeared_at', 'varchar(32)')
    .addColumn('last_event_at', 'varchar(32)')
    .addColumn('updated_at', 'varchar(32)', (col) => col.notNull())
    .addUniqueConstraint('case_targets_case_seq', ['case_id', 'seq'])
    .execute();
  await db.schema.createIndex('case_targets_case_url').on('case_targets').columns(['case_id', 'url_key']).execute();
  await db.schema.createIndex('case_targets_url_key').on('case_targets').columns(['url_key']).execute();
  await db.schema.createIndex('case_targets_requested').on('case_targets').columns(['requested_at']).execute();
  await db.schema.createIndex('case_targets_status').on('case_targets').columns(['status', 'last_event_at']).execute();

  await db.schema
    .createTable('case_letters')
    .addColumn('id', 'varchar(48)', (col) => col.primaryKey())
    .addColumn('case_id', 'varchar(32)', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('at', 'varchar(32)', (col) => col.notNull())
    .addColumn('method', 'varchar(16)', (col) => col.notNull().check(sqlIn('method', ['email', 'web_form'])))
    .addColumn('operator', 'varchar(64)', (col) => col.notNull())
    .addColumn('target_count', 'integer', (col) => col.notNull())
    .addColumn('actor_id', 'varchar(64)', (col) => col.notNull())
    // Sealed JSON: to, subject, body, locale, message id or reference, target ids.
    .addColumn('letter_sealed', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('case_letters_case').on('case_letters').columns(['case_id', 'at']).execute();

  await db.schema
    .createTable('case_consents')
    .addColumn('id', 'varchar(48)', (col) => col.primaryKey())
    .addColumn('case_id', 'varchar(32)', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('kind', 'varchar(32)', (col) => col.notNull())
    .addColumn('granted', 'integer', (col) => col.notNull())
    .addColumn('at', 'varchar(32)', (col) => col.notNull())
    .addColumn('how', 'varchar(16)', (col) => col.notNull().check(sqlIn('how', ['locker', 'counsellor'])))
    .addColumn('actor_id', 'varchar(64)')
    .addColumn('note_sealed', 'text', (col) => col.notNull())
    .addUniqueConstraint('case_consents_case_seq', ['case_id', 'seq'])
    .execute();

  await db.schema
    .createTable('case_referrals')
    .addColumn('id', 'varchar(48)', (col) => col.primaryKey())
    .addColumn('case_id', 'varchar(32)', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(16)', (col) => col.notNull())
    .addColumn('state', 'varchar(16)', (col) => col.notNull())
    // 1 when made without the consent its kind needs (a reason is sealed in the detail).
    .addColumn('without_consent', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(32)', (col) => col.notNull())
    // Sealed JSON: organisation, note, reason, the state history with who and when.
    .addColumn('detail_sealed', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('case_referrals_case').on('case_referrals').columns(['case_id', 'created_at']).execute();

  // Operators the centre writes to often; the shipped directory stays in code, read-only and sourced.
  await db.schema
    .createTable('centre_operators')
    .addColumn('id', 'varchar(48)', (col) => col.primaryKey())
    .addColumn('name', 'varchar(200)', (col) => col.notNull())
    .addColumn('email', 'varchar(254)')
    .addColumn('form_url', 'varchar(2000)')
    .addColumn('language', 'varchar(2)', (col) => col.notNull())
    .addColumn('site_type', 'varchar(16)', (col) => col.notNull())
    .addColumn('domains', 'text', (col) => col.notNull())
    .addColumn('notes', 'text', (col) => col.notNull())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('updated_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('removed_at', 'varchar(32)')
    .execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['centre_operators', 'case_referrals', 'case_consents', 'case_letters', 'case_targets']) await db.schema.dropTable(table).execute();
  await db.schema.alterTable('cases').dropColumn('arrival').execute();
}
