import { healthResponseSchema } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`/healthz on ${testDb.name}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(testDb);
    });
    afterAll(() => t.close());

    it('reports the database reachable and migrated', async () => {
      const res = await t.app.inject({ url: '/healthz' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = healthResponseSchema.parse(res.json());
      expect(body).toEqual({ status: 'ok', database: { dialect: testDb.name, reachable: true, migrationsPending: 0 } });
    });

    it('reports 503 once the database is gone', async () => {
      await t.db.close();
      const res = await t.app.inject({ url: '/healthz' });
      expect(res.statusCode).toBe(503);
      expect(healthResponseSchema.parse(res.json()).database.reachable).toBe(false);
    });
  });
}
