/**
 * HMA's health check on both databases, with the change log made unreadable on purpose (renamed
 * away): an index that could not load is INDEX-NOT-LOADED and lookups are 503; one that loaded but
 * cannot follow the log for over a minute is INDEX-STALE and still answers lookups from memory; both
 * recover once the log is back. `/status/live` is alive throughout.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import { randomPdq } from './platform-bank-fixtures.js';
import { createPlatformApp, type PlatformApp } from './platform-app.js';
import { TEST_DATABASES } from './support/databases.js';

/** Until `check` holds, polling every 50 ms a bounded number of times. */
async function eventually(check: () => Promise<boolean>, tries = 100): Promise<void> {
  for (let n = 0; n < tries; n += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not reached');
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`HMA /status on ${testDb.name}`, () => {
    let t: PlatformApp;
    let key: string;
    const status = async () => {
      const answer = await t.hma(key, { method: 'GET', path: '/status' });
      return `${answer.statusCode} ${answer.body}`;
    };
    const live = async () => (await t.hma(key, { method: 'GET', path: '/status/live' })).body;
    const moveLog = (from: string, to: string) => sql`alter table ${sql.table(from)} rename to ${sql.table(to)}`.execute(t.db.kysely);

    beforeEach(async () => {
      t = await createPlatformApp(testDb);
      key = (await t.key('Health check', ['curate'])).key;
    });
    afterEach(() => t.close());

    it('is INDEX-STALE when the index cannot follow the log for over a minute, and answers lookups meanwhile', async () => {
      await t.waitForIndex(key);
      expect(await status()).toBe('200 I-AM-ALIVE');
      const bank = 'STALE_BANK';
      await t.hma(key, { method: 'POST', path: '/c/banks', body: { name: bank } });
      const pdq = randomPdq();
      const id = (await t.hma(key, { method: 'POST', path: `/c/bank/${bank}/signal`, body: { pdq } })).json() as { id: number };
      const matcher = (await t.key('Health check', ['match'])).key; // another key of the same platform

      await moveLog('signal_changes', 'signal_changes_away');
      // A refresh already under way may still succeed once; every later one fails, so the index only ages.
      await eventually(async () => {
        t.advance(61_000);
        return (await status()) === '503 INDEX-STALE';
      }, 3);
      expect(await live()).toBe('I-AM-ALIVE');
      const lookup = await t.hma(matcher, { method: 'GET', path: '/m/lookup', query: { signal_type: 'pdq', signal: pdq } });
      expect(lookup.json()).toEqual({ [bank]: [{ bank_content_id: id.id, distance: '0' }] });

      await moveLog('signal_changes_away', 'signal_changes');
      await eventually(async () => (await status()) === '200 I-AM-ALIVE');
    });
  });

  describe.skipIf(!testDb.available)(`HMA /status before the index loads on ${testDb.name}`, () => {
    it('is INDEX-NOT-LOADED, and lookups 503, until the index loads (tried again after a failed start)', async () => {
      const rename = async (db: Db, from: string, to: string) => void (await sql`alter table ${sql.table(from)} rename to ${sql.table(to)}`.execute(db.kysely));
      const t = await createPlatformApp(testDb, (db) => rename(db, 'signal_changes', 'signal_changes_away'));
      try {
        const key = (await t.key('Early caller', ['match'])).key;
        const status = await t.hma(key, { method: 'GET', path: '/status' });
        expect(`${status.statusCode} ${status.body}`).toBe('503 INDEX-NOT-LOADED');
        expect((await t.hma(key, { method: 'GET', path: '/status/live' })).statusCode).toBe(200);
        const hma = await t.hma(key, { method: 'GET', path: '/m/lookup', query: { signal_type: 'pdq', signal: randomPdq() } });
        expect([hma.statusCode, hma.json()]).toEqual([503, { message: 'index not yet ready' }]);
        const v1 = await t.v1(key, 'POST', '/lookup', { signals: [{ signal_type: 'pdq', signal: randomPdq() }] });
        expect([v1.statusCode, (v1.json() as { error: string }).error]).toEqual([503, 'unavailable']);
        expect((await t.hma(key, { method: 'GET', path: '/m/index/status' })).json()).toEqual({
          pdq: { present: false, built_to: -1, size: 0 }, video_md5: { present: false, built_to: -1, size: 0 },
        });

        await rename(t.db, 'signal_changes_away', 'signal_changes');
        await eventually(async () => (await t.hma(key, { method: 'GET', path: '/status' })).statusCode === 200, 200);
      } finally {
        await t.close();
      }
    });
  });
}
