import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { appMetaRepository } from '../src/db/app-meta.repository.js';
import { createDb } from '../src/db/database.js';
import { migrateToLatest, pendingMigrations } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { TEST_DATABASES } from './support/databases.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`database on ${testDb.name}`, () => {
    it('applies every migration once, records the installation and is idempotent', async () => {
      const { database, drop } = await testDb.create();
      const db = createDb(database);
      try {
        expect(await pendingMigrations(db)).toBeGreaterThan(0);
        expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
        const installedAt = await appMetaRepository(db.kysely).get('installed_at');
        expect(installedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(await migrateToLatest(db)).toEqual([]);
        expect(await appMetaRepository(db.kysely).get('installed_at')).toBe(installedAt);
        expect(await pendingMigrations(db)).toBe(0);
      } finally {
        await db.close();
        await drop();
      }
    });
  });
}

describe('SQLite connection settings', () => {
  it('opens with WAL, synchronous=FULL, secure_delete and foreign keys', async () => {
    const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite');
    if (!sqlite) throw new Error('no sqlite test database');
    const { database, drop } = await sqlite.create();
    const db = createDb(database);
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(db.kysely)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2);
      expect(await pragma('secure_delete')).toBe(1);
      expect(await pragma('foreign_keys')).toBe(1);
    } finally {
      await db.close();
      await drop();
    }
  });
});
