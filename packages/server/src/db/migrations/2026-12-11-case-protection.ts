import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here. A case's hashes in the confirmed bank (issue 14):
// which item of the case made which bank content, its kind, and who added it. Item ids are not
// personal; nothing of the file is kept. The row goes with its content and with its case.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_protected_items')
    .addColumn('content_id', 'bigint', (col) => col.primaryKey().references('bank_contents.id').onDelete('cascade'))
    .addColumn('case_id', 'varchar(32)', (col) => col.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('item_id', 'varchar(128)', (col) => col.notNull())
    .addColumn('kind', 'varchar(8)', (col) => col.notNull().check(sql.raw("kind in ('photo', 'video')")))
    // The staff member who added it.
    .addColumn('added_by', 'varchar(48)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .execute();
  // One content per item of a case: an item sent twice is reported, not added again.
  await db.schema.createIndex('case_protected_items_item').on('case_protected_items').columns(['case_id', 'item_id']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_protected_items').execute();
}
