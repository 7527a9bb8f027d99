import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRepository } from '../src/cases/case.repository.js';
import { createBankStore } from '../src/platform/banks/bank-store.js';
import { destroyCase } from '../src/retention/case-destruction.js';
import { TEST_DATABASES } from './support/databases.js';
import { asVictim, createHelpApp, helpRequest, openCase, solvedPow, webItem, type HelpApp } from './help-app.js';

const JUNK = 10_000;
const SOLVED = 250;
const GLOBAL_HOUR = 100;

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`a flood of help requests on ${testDb.name}`, () => {
    let t: HelpApp;
    beforeAll(async () => {
      t = await createHelpApp(testDb, { HELP_REQUESTS_GLOBAL_HOUR: String(GLOBAL_HOUR) });
    });
    afterAll(() => t.close());

    it('keeps a real request first in "new" under 10,000 junk requests, and the junk clears in bulk', async () => {
      t.advanceIntoNextWindow(60 * 60_000, 60_000); // the whole flood in one hour's window
      const real = await openCase(t.app, [webItem('the real one')], '10.0.0.1', 'a real request');
      t.advance(1000);

      // Junk: most with no valid proof of work (refused before anything is stored), some solved
      // from many addresses (they pass until the global limit), all sent 100 at a time.
      const solved = await Promise.all(Array.from({ length: SOLVED }, () => solvedPow(t.app)));
      const statuses = new Map<number, number>();
      for (let sent = 0; sent < JUNK; sent += 100) {
        const batch = Array.from({ length: 100 }, (_, i) => {
          const n = sent + i;
          const pow = n < SOLVED ? solved[n] ?? '' : randomBytes(60).toString('base64');
          return t.app.inject({ method: 'POST', url: '/api/help/v1/requests', payload: helpRequest(pow, [], 'junk'), remoteAddress: `172.16.${n >> 8}.${n & 255}` });
        });
        for (const response of await Promise.all(batch)) statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      }
      expect(statuses.get(201)).toBe(GLOBAL_HOUR - 1);
      expect(statuses.get(429)).toBe(SOLVED - GLOBAL_HOUR + 1);
      expect(statuses.get(403)).toBe(JUNK - SOLVED);

      // "New" in arrival order: the real request is first however much came after it.
      const cases = caseRepository(t.db.kysely);
      // The console's "new" tab: status new, not junk, oldest first.
      const fresh = await cases.list({ status: 'new', junk: false, order: 'asc', limit: 500 });
      expect(fresh).toHaveLength(GLOBAL_HOUR);
      const first = fresh[0];
      expect((await asVictim(t.app, real, 'GET', '/case')).json().items[0].title).toBe('the real one');
      expect((first?.createdAt ?? '') < (fresh[1]?.createdAt ?? '')).toBe(true);

      // Junk destroyed in bulk (what the console's "clear junk" runs): the real request stays.
      const junk = fresh.slice(1);
      const banks = createBankStore({ db: t.db, vault: t.app.vault, now: t.now });
      for (const c of junk) await destroyCase({ db: t.db.kysely, vault: t.app.vault, blobs: t.app.blobs, audit: t.app.audit, banks }, c.id, { kind: 'system' });
      expect((await cases.list({ status: 'new' })).map((c) => c.id)).toEqual([first?.id]);
      expect((await asVictim(t.app, real, 'GET', '/case')).statusCode).toBe(200);
    }, 60_000);
  });
}
