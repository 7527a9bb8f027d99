/**
 * The scope `/api/openapi.json` and `/api/docs` name for each platform operation (taken from the
 * route's own key check) is the one the route enforces: with a key holding every other scope the
 * call is refused (403), with a key holding only that scope it is not refused for want of a scope.
 * Every platform operation names a platform key, and the page shows its scope.
 */
import { PLATFORM_SCOPES, type PlatformScope } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** An operation's scope as the document names it (`x-jikim-scope`, from the route's key check). */
const scopeOf = (named: string | undefined): PlatformScope | 'any' | undefined => (named === 'any' ? 'any' : PLATFORM_SCOPES.find((s) => s === named));
const urlOf = (path: string) => path.replace(/\{(bank_name|name)\}/gu, 'NO_SUCH_BANK').replace(/\{[A-Za-z0-9_]+\}/gu, '1');

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`the scopes /api/docs names on ${testDb.name}`, () => {
    let t: TestApp;
    const only = new Map<PlatformScope, string>();
    const allBut = new Map<PlatformScope, string>();

    beforeAll(async () => {
      t = await createTestApp(testDb);
      const keys = platformKeysRepository(t.db.kysely);
      for (const scope of PLATFORM_SCOPES) {
        only.set(scope, (await keys.create({ name: `Only ${scope}`, scopes: [scope] })).key);
        allBut.set(scope, (await keys.create({ name: `All but ${scope}`, scopes: PLATFORM_SCOPES.filter((s) => s !== scope) })).key);
      }
    });
    afterAll(async () => t.close());

    it('each platform operation is refused without its scope and let through with it alone', async () => {
      const paths = ((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { security?: unknown; 'x-jikim-scope'?: string }>> }).paths;
      const operations = Object.entries(paths).filter(([p]) => p.startsWith('/api/platform/'))
        .flatMap(([p, ops]) => Object.entries(ops).map(([m, op]) => ({ method: m.toUpperCase(), path: p, security: op.security, named: op['x-jikim-scope'] })));
      expect(operations.length).toBeGreaterThan(20);
      const page = (await t.app.inject({ method: 'GET', url: '/api/docs' })).body;
      const call = (method: string, path: string, key: string) => t.app.inject({
        method: method as 'GET', url: urlOf(path), headers: { authorization: `Bearer ${key}` }, ...(method === 'GET' ? {} : { payload: {} }),
      });
      for (const { method, path, security, named } of operations) {
        const scope = scopeOf(named);
        const where = `${method} ${path} (${scope ?? `no known scope: ${String(named)}`})`;
        expect(security, where).toEqual([{ 'platform-key': [] }]);
        expect(scope, where).toBeDefined();
        const section = page.slice(page.indexOf(`<code class="path">${path}</code>`));
        const shown = /<p class="auth">[^]*?<\/p>/u.exec(section)?.[0] ?? '';
        expect(shown, where).toContain(scope === 'any' ? 'any scope' : `<code class="scope">${scope ?? ''}</code>`);
        const allowed = scope === 'any' ? PLATFORM_SCOPES.map((s) => only.get(s) ?? '') : [only.get(scope as PlatformScope) ?? ''];
        for (const key of allowed) expect([401, 403], `${where}: let through`).not.toContain((await call(method, path, key)).statusCode);
        if (scope !== 'any') expect((await call(method, path, allBut.get(scope as PlatformScope) ?? '')).statusCode, `${where}: refused`).toBe(403);
      }
    });
  });
}
