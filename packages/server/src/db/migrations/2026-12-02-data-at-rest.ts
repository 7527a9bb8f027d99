import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here. Fields and why each is clear, hashed or sealed:
// docs/data-at-rest.md. Timestamps are ISO-8601 UTC text in both dialects.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('status', 'varchar(16)', (col) => col.notNull().check(sqlIn('status', ['new', 'assigned', 'waiting', 'closed'])))
    .addColumn('opened_by', 'varchar(32)', (col) => col.notNull().check(sqlIn('opened_by', ['victim_request', 'counsellor'])))
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('assigned_staff_id', 'varchar(64)')
    .execute();
  await db.schema.createIndex('cases_status_created_at').on('cases').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('cases_assigned_staff_id').on('cases').column('assigned_staff_id').execute();

  await db.schema
    .createTable('data_keys')
    .addColumn('id', 'varchar(48)', (col) => col.primaryKey())
    .addColumn('case_id', 'varchar(32)', (col) => col.unique().references('cases.id').onDelete('cascade'))
    .addColumn('epoch', 'integer', (col) => col.notNull())
    .addColumn('wrapped', 'text', (col) => col.notNull())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('blobs')
    .addColumn('id', 'varchar(32)', (col) => col.primaryKey())
    .addColumn('case_id', 'varchar(32)', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('size', 'bigint', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('blobs_case_id').on('blobs').column('case_id').execute();
}

function sqlIn(column: string, values: readonly string[]) {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('blobs').execute();
  await db.schema.dropTable('data_keys').execute();
  await db.schema.dropTable('cases').execute();
}
