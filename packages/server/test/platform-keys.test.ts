/**
 * Platform keys on both databases: a name made twice is one platform with two keys; only the key's
 * SHA-256 is stored (the key is in no row, and in no byte of the SQLite files); revocation; a
 * listing without key material; making and revoking audited without the key.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../src/audit/audit-log.js';
import type { Config } from '../src/config.js';
import { createDb, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { platformKeyAdmin } from '../src/platform/keys/platform-key-admin.js';
import { PlatformKeyError, platformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { TEST_DATABASES } from './support/databases.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every row of every table, as text (PostgreSQL: what the database holds, short of its files). */
async function everyRow(db: Db): Promise<string> {
  const tables = await db.kysely.introspection.getTables();
  const dumps = await Promise.all(tables.map(async (t) => JSON.stringify((await sql`select * from ${sql.table(t.name)}`.execute(db.kysely)).rows)));
  return dumps.join('\n');
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform keys on ${testDb.name}`, () => {
    let database: Config['database'];
    let drop: () => Promise<void>;
    let db: Db;
    let clock: Date;
    const now = () => clock;
    beforeEach(async () => {
      ({ database, drop } = await testDb.create());
      db = createDb(database);
      await migrateToLatest(db);
      clock = new Date('2026-12-08T10:00:00.000Z');
    });
    afterEach(async () => {
      await db.close();
      await drop();
    });

    it('makes one platform per name and a new key each time, storing only its hash', async () => {
      const keys = platformKeysRepository(db.kysely, now);
      const first = await keys.create({ name: 'Example Video', scopes: ['match', 'curate', 'match'] });
      const second = await keys.create({ name: ' Example Video ', scopes: ['feed'], perMinute: 120 });

      expect(first.key).toMatch(/^jk_[A-Za-z0-9_-]{43}$/);
      expect(second.key).not.toBe(first.key);
      expect(second.keyId).not.toBe(first.keyId);
      expect(first.keyId).toMatch(/^pk_/);
      expect(second.platformId).toBe(first.platformId);
      expect(first.platformId).toMatch(/^pf_/);
      expect(first).toMatchObject({ platformName: 'Example Video', scopes: ['curate', 'match'], perMinute: 6000 });
      expect(second).toMatchObject({ platformName: 'Example Video', scopes: ['feed'], perMinute: 120 });

      expect(await db.kysely.selectFrom('platforms').select(['id', 'name']).execute()).toEqual([{ id: first.platformId, name: 'Example Video' }]);
      const rows = await db.kysely.selectFrom('platform_keys').select(['id', 'key_hash', 'scopes', 'per_minute']).orderBy('created_at').orderBy('id').execute();
      expect(rows.map((r) => ({ ...r, per_minute: Number(r.per_minute) })).sort((a, b) => a.per_minute - b.per_minute)).toEqual([
        { id: second.keyId, key_hash: sha256(second.key), scopes: 'feed', per_minute: 120 },
        { id: first.keyId, key_hash: sha256(first.key), scopes: 'curate,match', per_minute: 6000 },
      ]);

      // The key (or its random part) is in no row; on SQLite, in no byte of the database's files.
      const secrets = [first.key, second.key].flatMap((key) => [key, key.slice(3)]);
      const dump = await everyRow(db);
      expect(dump).toContain(sha256(first.key));
      for (const secret of secrets) expect(dump).not.toContain(secret);
      if (database.dialect === 'sqlite') {
        const dir = path.dirname(database.file);
        const files = fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name)));
        expect(files.length).toBeGreaterThan(0);
        expect(files.some((bytes) => bytes.includes(sha256(first.key)))).toBe(true);
        for (const bytes of files) for (const secret of secrets) expect(bytes.includes(secret)).toBe(false);
      }
    });

    it('verifies a key to its caller, and refuses malformed, unknown and revoked keys', async () => {
      const keys = platformKeysRepository(db.kysely, now);
      const made = await keys.create({ name: 'P', scopes: ['match', 'feedback'], perMinute: 10 });
      const caller = await keys.verify(made.key);
      expect(caller).toEqual({ keyId: made.keyId, platformId: made.platformId, platformName: 'P', perMinute: 10, scopes: new Set(['feedback', 'match']) });

      for (const bad of ['', made.key.slice(0, -1), `${made.key}A`, `jx_${made.key.slice(3)}`, `jk_${'!'.repeat(43)}`, made.key.toUpperCase()]) {
        expect(await keys.verify(bad)).toBeNull();
      }
      expect(await keys.verify(`jk_${'A'.repeat(43)}`)).toBeNull();

      const revoked = await keys.revoke(made.keyId);
      expect(revoked).toMatchObject({ keyId: made.keyId, revokedAt: '2026-12-08T10:00:00.000Z' });
      expect(await keys.verify(made.key)).toBeNull();
      clock = new Date('2026-12-09T00:00:00.000Z');
      expect((await keys.revoke(made.keyId)).revokedAt).toBe('2026-12-08T10:00:00.000Z');
      await expect(keys.revoke('pk_nonesuch')).rejects.toBeInstanceOf(PlatformKeyError);
    });

    it('lists keys without key material, revoked ones included', async () => {
      const keys = platformKeysRepository(db.kysely, now);
      const a = await keys.create({ name: '플랫폼', scopes: ['curate'] });
      clock = new Date('2026-12-08T10:01:00.000Z');
      const b = await keys.create({ name: 'Other', scopes: ['match', 'feed', 'feedback', 'curate'], perMinute: 1 });
      await keys.revoke(a.keyId);

      const listed = await keys.list();
      expect(listed).toEqual([
        { keyId: a.keyId, platformId: a.platformId, platformName: '플랫폼', scopes: ['curate'], perMinute: 6000, createdAt: '2026-12-08T10:00:00.000Z', revokedAt: '2026-12-08T10:01:00.000Z' },
        { keyId: b.keyId, platformId: b.platformId, platformName: 'Other', scopes: ['curate', 'feed', 'feedback', 'match'], perMinute: 1, createdAt: '2026-12-08T10:01:00.000Z', revokedAt: null },
      ]);
      const text = JSON.stringify(listed);
      for (const key of [a.key, b.key]) {
        expect(text).not.toContain(key.slice(3));
        expect(text).not.toContain(sha256(key));
      }
    });

    it('refuses a key without scopes, with an unknown scope, a bad limit or an empty name', async () => {
      const keys = platformKeysRepository(db.kysely, now);
      await expect(keys.create({ name: 'P', scopes: [] })).rejects.toThrow();
      await expect(keys.create({ name: 'P', scopes: ['match', 'admin' as 'match'] })).rejects.toThrow();
      await expect(keys.create({ name: 'P', scopes: ['match'], perMinute: 0 })).rejects.toThrow();
      await expect(keys.create({ name: '  ', scopes: ['match'] })).rejects.toThrow();
      await expect(keys.create({ name: 'a\u0007b', scopes: ['match'] })).rejects.toThrow();
      expect(await db.kysely.selectFrom('platform_keys').select('id').execute()).toEqual([]);
      expect(await db.kysely.selectFrom('platforms').select('id').execute()).toEqual([]);
    });

    it('audits making and revoking a key with its ids and scopes, never the key', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-anchor-'));
      try {
        const admin = platformKeyAdmin({ db: db.kysely, audit: createAuditLog(db, { audit: { anchorFile: path.join(dir, 'anchors.log') } }), now });
        const made = await admin.create({ name: 'P', scopes: ['match'] });
        await admin.revoke(made.keyId);
        await expect(admin.revoke('pk_nonesuch')).rejects.toBeInstanceOf(PlatformKeyError);
        const rows = await db.kysely.selectFrom('audit_log').select(['actor_kind', 'actor_id', 'action', 'detail']).orderBy('seq').execute();
        expect(rows).toEqual([
          { actor_kind: 'cli', actor_id: null, action: 'platform.key.create', detail: JSON.stringify({ keyId: made.keyId, perMinute: 6000, platformId: made.platformId, scopes: 'match' }) },
          { actor_kind: 'cli', actor_id: null, action: 'platform.key.revoke', detail: JSON.stringify({ keyId: made.keyId, platformId: made.platformId, scopes: 'match' }) },
        ]);
        expect(JSON.stringify(rows)).not.toContain(made.key.slice(3));
        expect(JSON.stringify(rows)).not.toContain(sha256(made.key));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
