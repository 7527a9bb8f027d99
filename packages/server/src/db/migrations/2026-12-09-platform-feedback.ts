import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here. Platform feedback (issue 14): the latest value each
// platform reported for a bank content (StopNCII's values; no free text), and an admin's review of a
// quarantined content (a released content is not quarantined again by the same rule).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('content_feedback')
    .addColumn('content_id', 'bigint', (col) => col.notNull().references('bank_contents.id').onDelete('cascade'))
    .addColumn('platform_id', 'varchar(48)', (col) => col.notNull())
    .addColumn('value', 'varchar(16)', (col) => col.notNull().check(sql.raw("value in ('blocked', 'not_blocked', 'pending_review', 'false_positive')")))
    .addColumn('at', 'varchar(32)', (col) => col.notNull())
    .addPrimaryKeyConstraint('content_feedback_pk', ['content_id', 'platform_id'])
    .execute();

  await db.schema
    .createTable('content_reviews')
    .addColumn('content_id', 'bigint', (col) => col.primaryKey().references('bank_contents.id').onDelete('cascade'))
    .addColumn('decision', 'varchar(16)', (col) => col.notNull().check(sql.raw("decision in ('release')")))
    .addColumn('at', 'varchar(32)', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('content_reviews').execute();
  await db.schema.dropTable('content_feedback').execute();
}
