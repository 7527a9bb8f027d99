import { Migrator, type MigrationProvider } from 'kysely';
import { appMetaRepository } from './app-meta.repository.js';
import type { Db } from './database.js';
import { migrations } from './migrations/index.js';

const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...migrations }) };

function migrator(db: Db): Migrator {
  return new Migrator({ db: db.kysely, provider });
}

/**
 * Applies every pending migration and records when this installation was first set up; throws
 * (naming the migration) if one fails.
 */
export async function migrateToLatest(db: Db): Promise<readonly string[]> {
  const { error, results = [] } = await migrator(db).migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error !== undefined || failed) {
    throw new Error(`Migration failed${failed ? `: ${failed.migrationName}` : ''}`, { cause: error });
  }
  await appMetaRepository(db.kysely).setOnce('installed_at', new Date().toISOString());
  return results.map((r) => r.migrationName);
}

export async function pendingMigrations(db: Db): Promise<number> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).length;
}
