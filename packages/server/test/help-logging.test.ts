import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { asVictim, createHelpApp, fileItem, openCase, type HelpApp } from './help-app.js';
import { createUpload, patch } from './help-tus.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`help request logs on ${testDb.name}`, () => {
    let t: HelpApp;
    const lines: string[] = [];
    beforeAll(async () => {
      t = await createHelpApp(testDb, { LOG_LEVEL: 'trace' }, undefined, { write: (line) => void lines.push(line) });
    });
    afterAll(() => t.close());

    it('never hold a code, PIN, address, item id, contact detail, message or file name', async () => {
      const file = randomBytes(5000);
      const o = await openCase(t.app, [fileItem(file, 'TITLE-SECRET')], '203.0.113.77', 'MESSAGE-SECRET');
      const itemId = o.uploads[0]?.itemId ?? '';
      await asVictim(t.app, o, 'GET', '/case', undefined, '203.0.113.77');
      await asVictim(t.app, { caseCode: o.caseCode, pin: '000000' }, 'GET', '/case', undefined, '203.0.113.77');
      await asVictim(t.app, o, 'POST', '/case/messages', { text: 'REPLY-SECRET' }, '203.0.113.77');
      const location = String((await createUpload(t.app, o, itemId, file.length)).headers.location);
      await patch(t.app, o, location, 0, file);
      const log = lines.join('');
      expect(log.length).toBeGreaterThan(0);
      for (const secret of [o.caseCode, o.caseCode.replace(/-/g, ''), o.pin, '203.0.113.77', itemId, 'TITLE-SECRET', 'MESSAGE-SECRET', 'REPLY-SECRET', '010-1234-5678', '1.bin']) {
        expect(log, secret).not.toContain(secret);
      }
    });
  });
}
