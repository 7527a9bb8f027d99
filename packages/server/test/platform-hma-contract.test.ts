/**
 * Every HMA contract fixture (test/fixtures/hma) replayed against the real app on both databases,
 * with a real key: the fixture's banks and contents are made through the routes themselves, then its
 * request must get HMA's status and HMA's JSON (same keys and types; the same values but for
 * the paths the fixture compares by type), or the `jikim` answer where Jikim differs on purpose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differences, loadFixtures, resolvePlaceholders, type HmaFixture } from './hma-fixtures.js';
import { createPlatformApp, type PlatformApp } from './platform-app.js';
import { TEST_DATABASES } from './support/databases.js';

const FIXTURES = loadFixtures();

async function given(t: PlatformApp, key: string, fixture: HmaFixture): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const step of fixture.given ?? []) {
    if ('content' in step) {
      const made = await t.hma(key, { method: 'POST', path: `/c/bank/${step.bank}/signal`, body: { ...step.signals, ...(step.note ? { note: step.note } : {}) } });
      expect(made.statusCode, made.body).toBe(200);
      ids.set(step.content, (made.json() as { id: number }).id);
    } else {
      const { bank, ...rest } = step;
      const made = await t.hma(key, { method: 'POST', path: '/c/banks', body: { name: bank, ...rest } });
      expect(made.statusCode, made.body).toBe(201);
    }
  }
  return ids;
}

/** Bank names are one namespace: each fixture removes the banks it made. */
async function removeOwnBanks(t: PlatformApp, key: string): Promise<void> {
  const banks = (await t.hma(key, { method: 'GET', path: '/c/banks' })).json() as { name: string }[];
  for (const bank of banks) expect((await t.hma(key, { method: 'DELETE', path: `/c/bank/${bank.name}` })).statusCode).toBe(200);
}

it('tells a different answer from HMA’s (types, keys, lengths, values), but for paths compared by type', () => {
  expect(differences({ BANK: [{ bank_content_id: 1, distance: '0' }] }, { BANK: [{ bank_content_id: 1, distance: 0 }] })).toHaveLength(1);
  expect(differences({ BANK: [] }, { BANK: [], OTHER: [] })).toHaveLength(1);
  expect(differences({ matches: [1] }, { matches: [1, 2] })).toHaveLength(1);
  expect(differences({ message: 'Done' }, { message: 'done' })).toHaveLength(1);
  expect(differences({ pdq: { size: 1 } }, { pdq: { size: 7 } }, ['*.size'])).toEqual([]);
  expect(differences({ pdq: { size: 1 } }, { pdq: { size: '7' } }, ['*.size'])).toHaveLength(1);
  expect(differences({ message: 'x' }, { message: 'y' }, [], true)).toEqual([]);
});

it('has a fixture for every HMA-compatible route', () => {
  const routes = new Set(FIXTURES.map(({ fixture }) => `${fixture.request.method} ${fixture.request.path.replace(/\/(MY_TEST_BANK|NO_SUCH_BANK|TEST_BANK_GET)(?=\/|$)/, '/NAME').replace(/\/(\{\{content:\w+\}\}|\d+|abc)$/, '/ID')}`));
  for (const route of [
    'GET /m/lookup', 'POST /m/lookup', 'GET /m/raw_lookup', 'POST /m/compare', 'GET /m/index/status', 'GET /c/banks', 'POST /c/banks',
    'GET /c/bank/NAME', 'PUT /c/bank/NAME', 'DELETE /c/bank/NAME', 'POST /c/bank/NAME/signal', 'POST /c/bank/NAME/content',
    'GET /c/bank/NAME/content/ID', 'PUT /c/bank/NAME/content/ID', 'DELETE /c/bank/NAME/content/ID', 'GET /status', 'GET /status/live',
    'GET /h/hash', 'POST /h/hash',
  ]) expect(routes, route).toContain(route);
});

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`HMA contract fixtures on ${testDb.name}`, () => {
    let t: PlatformApp;
    let key: string;
    beforeAll(async () => {
      t = await createPlatformApp(testDb);
      key = (await t.key('HMA client', ['match', 'curate'])).key;
      await t.waitForIndex(key);
    });
    afterAll(() => t.close());

    for (const { name, fixture } of FIXTURES) {
      it(`${name}: ${fixture.case}`, async () => {
        try {
          const ids = await given(t, key, fixture);
          const nowSeconds = Math.floor(t.now().getTime() / 1000);
          const request = resolvePlaceholders(fixture.request, ids, nowSeconds);
          const expected = resolvePlaceholders(fixture.jikim ?? fixture.response, ids, nowSeconds);
          const answer = await t.hma(key, request);
          expect(answer.statusCode, answer.body).toBe(expected.status);
          if (expected.text !== undefined) {
            expect(answer.headers['content-type']).toMatch(/^text\/plain/);
            expect(answer.body).toBe(expected.text);
            return;
          }
          expect(answer.headers['content-type']).toMatch(/^application\/json/);
          const allByType = fixture.jikim?.body_by_type === true;
          expect(differences(expected.body, answer.json(), fixture.by_type, allByType), answer.body).toEqual([]);
        } finally {
          await removeOwnBanks(t, key);
        }
      });
    }
  });
}
