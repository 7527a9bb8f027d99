import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { createHelpApp, fileItem, helpRequest, solvedPow, webItem, type HelpApp } from './help-app.js';

const TABLES = ['cases', 'case_access', 'case_items', 'case_events', 'blobs'] as const;

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`a help request that fails midway on ${testDb.name}`, () => {
    let t: HelpApp;
    beforeAll(async () => {
      // The disk fills up at the second thumbnail.
      let puts = 0;
      t = await createHelpApp(testDb, {}, (store) => ({
        ...store,
        put: async (caseId, source) => {
          if (++puts === 2) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          return store.put(caseId, source);
        },
      }));
    });
    afterAll(() => t.close());

    it('leaves no half case behind: key, blobs and rows are gone, and the error is a generic 500', async () => {
      const response = await t.app.inject({
        method: 'POST', url: '/api/help/v1/requests', remoteAddress: '10.0.0.1',
        payload: helpRequest(await solvedPow(t.app), [fileItem(randomBytes(10), 'one', 1), webItem('two', 2), fileItem(randomBytes(10), 'three', 3)]),
      });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toMatchObject({ error: 'internal' });
      expect(response.body).not.toMatch(/space|ENOSPC|stack/);
      const counts = await Promise.all(TABLES.map(async (table) => Number((await t.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)));
      expect(counts).toEqual([0, 0, 0, 0, 0]);
      expect(await t.db.kysely.selectFrom('data_keys').select('id').where('case_id', 'is not', null).execute()).toEqual([]);
      const blobDir = path.join(t.dir, 'blobs');
      expect(fs.existsSync(blobDir) ? fs.readdirSync(blobDir) : []).toEqual([]);
      // The destruction is on record, with no personal data.
      const audit = await t.db.kysely.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'case.destroy').execute();
      expect(audit).toEqual([{ action: 'case.destroy', detail: '{"cause":"help_request_failed"}' }]);
    });
  });
}
