import type { Kysely } from 'kysely';

// Frozen: never import application code here. The deletion-request inbox for platforms (issue 14):
// each takedown target's host and every parent domain of at least two labels, as keyed hashes (the
// target's URL stays sealed with its case's key), so a platform's registered domains find the
// targets addressed to it without opening any case's records. Rows go with their target.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_target_hosts')
    .addColumn('target_id', 'varchar(48)', (col) => col.notNull().references('case_targets.id').onDelete('cascade'))
    // Hex HMAC-SHA-256 of the lower-case host (purpose `target-host`).
    .addColumn('host_key', 'varchar(64)', (col) => col.notNull())
    .addPrimaryKeyConstraint('case_target_hosts_pk', ['target_id', 'host_key'])
    .execute();
  await db.schema.createIndex('case_target_hosts_by_host').on('case_target_hosts').columns(['host_key', 'target_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_target_hosts').execute();
}
