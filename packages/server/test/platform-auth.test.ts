/**
 * The platform routes' guard on both databases, through a small Fastify app with routes in both
 * error shapes: the bearer header and its refusals (401 with WWW-Authenticate), a revoked key
 * refused once the 5 s cache has passed, scopes (403), the per-key limit (429 with Retry-After),
 * and lookups audited as one row per key per minute.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PlatformScope } from '@jikim/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../src/audit/audit-log.js';
import type { Config } from '../src/config.js';
import { createDb, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { registerErrorHandler } from '../src/http/error-handler.js';
import { createPlatformAuth, flushPlatformAuthOnClose, registerPlatformAuth, type PlatformAuthService } from '../src/platform/keys/platform-auth.js';
import { platformKeysRepository, type PlatformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { TEST_DATABASES } from './support/databases.js';

const SHAPES = ['native', 'hma'] as const;
const SCOPES: readonly PlatformScope[] = ['match', 'curate'];

/** GET /<shape>/<scope>?n=N: guarded by `require(scope, shape)`; counts N looked-up signals. */
function guardedApp(auth: PlatformAuthService): FastifyInstance {
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  registerPlatformAuth(app);
  flushPlatformAuthOnClose(app, auth);
  for (const shape of SHAPES) {
    for (const scope of SCOPES) {
      app.get<{ Querystring: { n?: string } }>(`/${shape}/${scope}`, { preHandler: auth.require(scope, shape) }, async (request) => {
        const caller = request.platform;
        if (!caller) throw new Error('no caller');
        auth.countLookups(caller, Number(request.query.n ?? '1'));
        return { keyId: caller.keyId, platform: caller.platformName, scopes: [...caller.scopes].sort() };
      });
    }
  }
  return app;
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform auth on ${testDb.name}`, () => {
    let database: Config['database'];
    let drop: () => Promise<void>;
    let db: Db;
    let dir: string;
    let clock: Date;
    let auth: PlatformAuthService;
    let app: FastifyInstance;
    let keys: PlatformKeysRepository;
    const at = (iso: string) => void (clock = new Date(iso));
    const call = (url: string, authorization?: string) => app.inject({ method: 'GET', url, headers: authorization === undefined ? {} : { authorization } });

    beforeEach(async () => {
      ({ database, drop } = await testDb.create());
      db = createDb(database);
      await migrateToLatest(db);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-platform-auth-'));
      at('2026-12-08T10:00:15.000Z');
      const now = () => clock;
      keys = platformKeysRepository(db.kysely, now);
      auth = createPlatformAuth({ db: db.kysely, now, audit: createAuditLog(db, { audit: { anchorFile: path.join(dir, 'anchors.log') } }, { now }) });
      app = guardedApp(auth);
      await app.ready();
    });
    afterEach(async () => {
      await app.close();
      await db.close();
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const auditRows = () => db.kysely.selectFrom('audit_log').select(['actor_kind', 'actor_id', 'action', 'detail']).orderBy('seq').execute();

    it('answers 401 with WWW-Authenticate: Bearer without a usable key, in both shapes', async () => {
      const made = await keys.create({ name: 'P', scopes: ['match'] });
      const revoked = await keys.create({ name: 'P', scopes: ['match'] });
      await keys.revoke(revoked.keyId);
      const refused: readonly [string | undefined, string][] = [
        [undefined, 'Bearer'],
        [`Basic ${made.key}`, 'Bearer'],
        [`Token ${made.key}`, 'Bearer'],
        [made.key, 'Bearer'],
        ['Bearer', 'Bearer'],
        [`Bearer ${made.key} extra`, 'Bearer'],
        [`Bearer ${made.key.slice(0, -1)}`, 'Bearer error="invalid_token"'],
        [`Bearer ${made.key}x`, 'Bearer error="invalid_token"'],
        [`Bearer jk_${'A'.repeat(43)}`, 'Bearer error="invalid_token"'],
        [`Bearer ${revoked.key}`, 'Bearer error="invalid_token"'],
      ];
      for (const [authorization, challenge] of refused) {
        const native = await call('/native/match', authorization);
        expect(native.statusCode, authorization).toBe(401);
        expect(native.headers['www-authenticate']).toBe(challenge);
        expect(native.json()).toEqual({ error: 'unauthorized', message: expect.any(String), requestId: expect.any(String) });
        const hma = await call('/hma/match', authorization);
        expect(hma.statusCode, authorization).toBe(401);
        expect(hma.headers['www-authenticate']).toBe(challenge);
        expect(hma.json()).toEqual({ message: 'A valid API key is required: Authorization: Bearer KEY.' });
      }
      for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR  ']) {
        const ok = await call('/native/match', `${scheme} ${made.key}`);
        expect(ok.statusCode, scheme).toBe(200);
        expect(ok.json()).toEqual({ keyId: made.keyId, platform: 'P', scopes: ['match'] });
      }
    });

    it('refuses a key revoked meanwhile once its 5 s in the cache have passed', async () => {
      const made = await keys.create({ name: 'P', scopes: ['match'] });
      expect((await call('/native/match', `Bearer ${made.key}`)).statusCode).toBe(200);
      await keys.revoke(made.keyId);
      // Still the cached answer: the database is not asked on every call.
      at('2026-12-08T10:00:19.999Z');
      expect((await call('/native/match', `Bearer ${made.key}`)).statusCode).toBe(200);
      at('2026-12-08T10:00:20.000Z');
      expect((await call('/native/match', `Bearer ${made.key}`)).statusCode).toBe(401);
      expect((await call('/hma/match', `Bearer ${made.key}`)).statusCode).toBe(401);
    });

    it('answers 403 for a key without the route’s scope, in both shapes', async () => {
      const made = await keys.create({ name: 'P', scopes: ['match', 'feed'] });
      const native = await call('/native/curate', `Bearer ${made.key}`);
      expect(native.statusCode).toBe(403);
      expect(native.json()).toEqual({ error: 'forbidden', message: expect.any(String), requestId: expect.any(String) });
      const hma = await call('/hma/curate', `Bearer ${made.key}`);
      expect(hma.statusCode).toBe(403);
      expect(hma.json()).toEqual({ message: 'This API key does not have the scope this needs.' });
      expect((await call('/hma/match', `Bearer ${made.key}`)).statusCode).toBe(200);
    });

    it('answers 429 with Retry-After past the key’s limit for the minute, per key', async () => {
      const limited = await keys.create({ name: 'P', scopes: ['match'], perMinute: 3 });
      const other = await keys.create({ name: 'Q', scopes: ['match'], perMinute: 3 });
      for (let i = 0; i < 3; i += 1) expect((await call(`/${SHAPES[i % 2] ?? 'native'}/match`, `Bearer ${limited.key}`)).statusCode).toBe(200);
      const native = await call('/native/match', `Bearer ${limited.key}`);
      expect(native.statusCode).toBe(429);
      expect(native.headers['retry-after']).toBe('45');
      expect(native.json()).toEqual({ error: 'too_many_requests', message: expect.any(String), requestId: expect.any(String) });
      at('2026-12-08T10:00:59.500Z');
      const hma = await call('/hma/match', `Bearer ${limited.key}`);
      expect(hma.statusCode).toBe(429);
      expect(hma.headers['retry-after']).toBe('1');
      expect(hma.json()).toEqual({ message: 'Too many requests with this API key. Please wait and try again.' });
      expect((await call('/native/match', `Bearer ${other.key}`)).statusCode).toBe(200);
      at('2026-12-08T10:01:00.000Z');
      expect((await call('/native/match', `Bearer ${limited.key}`)).statusCode).toBe(200);
    });

    it('audits lookups as one row per key per minute with the calls and signals, on flush and on close', async () => {
      const a = await keys.create({ name: 'A', scopes: ['match'] });
      const b = await keys.create({ name: 'B', scopes: ['match'] });
      await call('/native/match?n=3', `Bearer ${a.key}`);
      await call('/hma/match?n=1000', `Bearer ${a.key}`);
      await call('/native/match?n=7', `Bearer ${b.key}`);
      at('2026-12-08T10:01:30.000Z');
      await call('/native/match?n=5', `Bearer ${a.key}`);
      await call('/native/curate?n=9', `Bearer ${b.key}`); // refused: not counted
      await auth.flush();
      await auth.flush();

      const rows = (await auditRows()).map((r) => ({ ...r, detail: JSON.parse(r.detail) as { minute: string } }));
      expect(rows.sort((x, y) => `${x.detail.minute}${x.actor_id}`.localeCompare(`${y.detail.minute}${y.actor_id}`))).toEqual([
        { actor_kind: 'platform', actor_id: a.keyId, action: 'platform.lookups', detail: { minute: '2026-12-08T10:00:00.000Z', calls: 2, signals: 1003 } },
        { actor_kind: 'platform', actor_id: b.keyId, action: 'platform.lookups', detail: { minute: '2026-12-08T10:00:00.000Z', calls: 1, signals: 7 } },
        { actor_kind: 'platform', actor_id: a.keyId, action: 'platform.lookups', detail: { minute: '2026-12-08T10:01:00.000Z', calls: 1, signals: 5 } },
      ].sort((x, y) => `${x.detail.minute}${x.actor_id}`.localeCompare(`${y.detail.minute}${y.actor_id}`)));

      await call('/native/match?n=2', `Bearer ${b.key}`);
      await app.close();
      expect((await auditRows()).slice(3)).toEqual([
        { actor_kind: 'platform', actor_id: b.keyId, action: 'platform.lookups', detail: JSON.stringify({ calls: 1, minute: '2026-12-08T10:01:00.000Z', signals: 2 }) },
      ]);
    });

    it('audits any other call as one row, platform.<action>, with the key id', async () => {
      const made = await keys.create({ name: 'P', scopes: ['curate'] });
      const caller = await keys.verify(made.key);
      if (!caller) throw new Error('no caller');
      await auth.audit(caller, 'bank.create', { bank: 'P_BANK' });
      expect(await auditRows()).toEqual([{ actor_kind: 'platform', actor_id: made.keyId, action: 'platform.bank.create', detail: '{"bank":"P_BANK"}' }]);
    });
  });
}
