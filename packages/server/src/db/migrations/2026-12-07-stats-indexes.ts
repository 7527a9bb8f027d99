import type { Kysely } from 'kysely';

// Frozen: never import application code here. The figures (src/stats) over a year of deletion
// requests: one covering index on the clear columns they read, so counting a period's requests
// and fetching its removal dates reads the index alone (bench/stats.bench.ts: on SQLite, 300,000
// targets took over 5 s through case_targets_requested and its row look-ups).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('case_targets_figures')
    .on('case_targets')
    .columns(['requested_at', 'operator', 'site_type', 'status', 'last_event_at', 'removed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('case_targets_figures').execute();
}
