import type { Kysely } from 'kysely';

// Frozen: never import application code here.
//
// What stays of destroyed cases for statistics (docs/retention.md): how many, by the month they
// were closed and how they were opened. Nothing else.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('destroyed_case_counts')
    .addColumn('closed_month', 'varchar(7)', (col) => col.notNull())
    .addColumn('opened_by', 'varchar(32)', (col) => col.notNull())
    .addColumn('cases', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('destroyed_case_counts_pk', ['closed_month', 'opened_by'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('destroyed_case_counts').execute();
}
