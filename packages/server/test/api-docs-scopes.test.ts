/**
 * The scope `/api/docs` names for each platform operation is the one the route enforces: with a key
 * holding every other scope the call is refused (403), with a key holding only that scope it is not
 * refused for want of a scope. Every documented platform operation must have a scope on the page.
 */
import { PLATFORM_SCOPES, type PlatformScope } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeOf } from '../src/api/docs/platform-scopes.js';
import { platformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

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
      const paths = ((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> }).paths;
      const operations = Object.entries(paths).filter(([p]) => p.startsWith('/api/platform/')).flatMap(([p, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path: p })));
      expect(operations.length).toBeGreaterThan(20);
      const page = (await t.app.inject({ method: 'GET', url: '/api/docs' })).body;
      const call = (method: string, path: string, key: string) => t.app.inject({
        method: method as 'GET', url: urlOf(path), headers: { authorization: `Bearer ${key}` }, ...(method === 'GET' ? {} : { payload: {} }),
      });
      for (const { method, path } of operations) {
        const scope = scopeOf(path);
        const where = `${method} ${path} (${scope ?? 'no scope on the page'})`;
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
