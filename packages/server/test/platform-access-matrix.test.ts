/**
 * The platform API and the rest of Jikim do not let each other in (decision 0018): a platform key,
 * whatever its scopes, opens no console route and no case or submission route (each 401 as if no
 * credential were sent); a signed-in staff member's session opens no platform route (401 in the
 * route's own shape). Each route is checked once, from the list the app keeps as it registers them
 * (`app.apiRoutes`: `apiRoute`, and `documentedRoute` for status and media); `openapi-platform.test.ts`
 * shows that every platform route Fastify registers is on that list.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiRouteRecord } from '../src/api/api-route.js';
import { platformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { writeSiteFixture } from './help-app.js';
import { HMA } from './platform-app.js';
import { TEST_DATABASES } from './support/databases.js';
import { as, createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

const urlOf = (spec: Pick<ApiRouteRecord, 'url'>) => spec.url.replace(/:bank_name|:name/g, 'NO_SUCH_BANK').replace(/:[A-Za-z]+/g, '1');

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform access matrix on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let admin: Person;
    let key: string;
    let dir: string;

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-platform-matrix-'));
      t = await createStaffTestApp(testDb, new Date(), { SITE_DIR: writeSiteFixture(dir) });
      admin = await t.person('admin');
      key = (await platformKeysRepository(t.db.kysely).create({ name: 'Everything', scopes: ['match', 'feed', 'feedback', 'curate', 'inbox'] })).key;
    });
    afterAll(async () => {
      await t.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('refuses a platform key on every console, case and submission route (401)', async () => {
      const routes = t.app.apiRoutes.filter((r) => r.security === 'staff-session' || r.security === 'case-pin');
      expect(routes.length).toBeGreaterThan(20);
      for (const route of routes) {
        const answer = await t.app.inject({
          method: route.method, url: urlOf(route), headers: { authorization: `Bearer ${key}` }, ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        expect(answer.statusCode, `${route.method} ${route.url}: ${answer.body}`).toBe(401);
      }
    });

    it('refuses a staff session on every platform route (401, in the route’s own shape)', async () => {
      const routes = t.app.apiRoutes.filter((r) => r.security === 'platform-key');
      expect(routes.length).toBeGreaterThan(15);
      for (const route of routes) {
        const answer = await t.app.inject({ method: route.method, url: urlOf(route), headers: as(admin, route.method), ...(route.method === 'GET' ? {} : { payload: {} }) });
        const where = `${route.method} ${route.url}: ${answer.body}`;
        expect(answer.statusCode, where).toBe(401);
        // Refused by the route's key check (which asks for a key), not later by a handler finding no caller.
        expect(answer.headers['www-authenticate'], where).toBe('Bearer');
        if (route.url.startsWith(HMA)) expect(Object.keys(answer.json() as object), where).toEqual(['message']);
        else expect(answer.json(), where).toMatchObject({ error: 'unauthorized' });
      }
      // The same session is good where it belongs.
      expect((await t.app.inject({ method: 'GET', url: '/api/console/v1/session', headers: as(admin, 'GET') })).statusCode).toBe(200);
    });
  });
}
