/**
 * The platform API on both databases, through the real app with real keys: the native batch lookup
 * (order, distances, max_distance, batch size, malformed and unknown input), keys (revoked → 401,
 * missing scope → 403), who reaches which bank (another platform's and the victims' banks are 404 on
 * every curate route and never listed or read, yet matched by lookups, the unreviewed one with
 * "review before action"), pages that walk every content once, and what is audited.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOOKUP_BATCH_MAX, VICTIM_BANKS } from '@jikim/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flipBits, newCase, newSubmission, randomMd5, randomPdq } from './platform-bank-fixtures.js';
import { build } from '../src/app.js';
import { createDb } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { platformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { createPlatformApp, HMA, platformTestConfig, V1, type PlatformApp } from './platform-app.js';
import { TEST_DATABASES } from './support/databases.js';

interface Match { bank: string; bank_content_id: number; distance: number; review_before_action: boolean }
const results = (r: LightMyRequestResponse) => (r.json() as { results: { matches: Match[] }[] }).results.map((x) => x.matches);

/** Until `check` holds (the index follows the change log within a second); a bounded number of tries. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not reached');
}

let names = 0;
const bankName = (prefix: string) => `${prefix}_${(names += 1)}_${randomBytes(3).toString('hex').toUpperCase()}`;

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform API on ${testDb.name}`, () => {
    let t: PlatformApp;
    let a: { key: string; keyId: string; platformId: string };
    let b: { key: string; keyId: string; platformId: string };

    const addSignal = async (key: string, bank: string, signals: Record<string, string>) => {
      const made = await t.hma(key, { method: 'POST', path: `/c/bank/${bank}/signal`, body: signals });
      expect(made.statusCode, made.body).toBe(200);
      return (made.json() as { id: number }).id;
    };
    const makeBank = async (key: string, prefix: string) => {
      const name = bankName(prefix);
      expect((await t.hma(key, { method: 'POST', path: '/c/banks', body: { name } })).statusCode).toBe(201);
      return name;
    };
    const lookup = (key: string, payload: object) => t.v1(key, 'POST', '/lookup', payload);

    beforeAll(async () => {
      t = await createPlatformApp(testDb);
      a = await t.key('Platform A', ['match', 'curate']);
      b = await t.key('Platform B', ['match', 'curate']);
      await t.waitForIndex(a.key);
    });
    afterAll(() => t.close());

    it('answers a batch in the order sent, with distances, md5 exact, nothing for a stranger', async () => {
      const bank = await makeBank(a.key, 'BATCH');
      const pdq = randomPdq();
      const md5 = randomMd5();
      const pdqId = await addSignal(a.key, bank, { pdq });
      const md5Id = await addSignal(a.key, bank, { video_md5: md5 });
      const answer = await lookup(a.key, { signals: [
        { signal_type: 'md5', signal: md5.toUpperCase() },
        { signal_type: 'pdq', signal: randomPdq() },
        { signal_type: 'pdq', signal: flipBits(pdq, 5) },
      ] });
      expect(answer.statusCode, answer.body).toBe(200);
      expect(results(answer)).toEqual([
        [{ bank, bank_content_id: md5Id, distance: 0, review_before_action: false }],
        [],
        [{ bank, bank_content_id: pdqId, distance: 5, review_before_action: false }],
      ]);
    });

    it('keeps to max_distance (at most 31) and to the banks asked for', async () => {
      const bank = await makeBank(a.key, 'DISTANCE');
      const pdq = randomPdq();
      await addSignal(a.key, bank, { pdq });
      const near = { signal_type: 'pdq', signal: flipBits(pdq, 10) };
      expect(results(await lookup(a.key, { signals: [near], max_distance: 9 }))).toEqual([[]]);
      expect(results(await lookup(a.key, { signals: [near], max_distance: 10 }))[0]).toHaveLength(1);
      expect(results(await lookup(a.key, { signals: [near], banks: ['SOME_OTHER_BANK'] }))).toEqual([[]]);
      const tooFar = await lookup(a.key, { signals: [near], max_distance: 32 });
      expect(tooFar.statusCode).toBe(400);
      expect(tooFar.json()).toMatchObject({ error: 'validation', fields: [{ path: 'max_distance' }] });
    });

    it('takes 1,000 hashes at once and refuses 1,001 and 10,000, malformed hex and unknown signal types with a code', async () => {
      const batch = (n: number) => ({ signals: Array.from({ length: n }, () => ({ signal_type: 'pdq', signal: randomPdq() })) });
      const full = await lookup(a.key, batch(LOOKUP_BATCH_MAX));
      expect(full.statusCode).toBe(200);
      expect(results(full)).toHaveLength(LOOKUP_BATCH_MAX);
      const over = await lookup(a.key, batch(LOOKUP_BATCH_MAX + 1));
      expect(over.statusCode).toBe(400);
      expect(over.json()).toMatchObject({ error: 'validation', fields: [{ path: 'signals' }] });
      const tenThousand = await lookup(a.key, batch(10_000));
      expect(tenThousand.statusCode).toBe(400);
      expect(tenThousand.json()).toMatchObject({ error: 'validation', fields: [{ path: 'signals' }] });
      const malformed = await lookup(a.key, { signals: [{ signal_type: 'pdq', signal: 'zz'.repeat(32) }] });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toMatchObject({ error: 'validation', fields: [{ path: 'signals.0.signal' }] });
      const wrongType = await lookup(a.key, { signals: [{ signal_type: 'tmk', signal: randomPdq() }] });
      expect(wrongType.statusCode).toBe(400);
      expect(wrongType.json()).toMatchObject({ error: 'validation' });
      const hmaWrongType = await t.hma(a.key, { method: 'GET', path: '/m/lookup', query: { signal_type: 'md5', signal: randomMd5() } });
      expect(hmaWrongType.statusCode).toBe(400);
    });

    it('sees a write at once in the writer’s next lookup, and a removal too', async () => {
      const bank = await makeBank(a.key, 'FRESH');
      const pdq = randomPdq();
      const id = await addSignal(a.key, bank, { pdq });
      const query = { signal_type: 'pdq', signal: pdq };
      expect((await t.hma(a.key, { method: 'GET', path: '/m/lookup', query })).json()).toEqual({ [bank]: [{ bank_content_id: id, distance: '0' }] });
      expect((await t.hma(a.key, { method: 'DELETE', path: `/c/bank/${bank}/content/${id}` })).json()).toEqual({ deleted: 1 });
      expect((await t.hma(a.key, { method: 'GET', path: '/m/lookup', query })).json()).toEqual({});
    });

    it('refuses a revoked key (401) once the key cache has passed, and a key without the scope (403)', async () => {
      const c = await t.key('Platform C', ['match']);
      const signals = [{ signal_type: 'pdq', signal: randomPdq() }];
      expect((await lookup(c.key, { signals })).statusCode).toBe(200);
      const curate = await t.hma(c.key, { method: 'GET', path: '/c/banks' });
      expect(curate.statusCode).toBe(403);
      expect(Object.keys(curate.json() as object)).toEqual(['message']);
      expect((await t.v1(c.key, 'GET', `/banks/${VICTIM_BANKS.confirmed}/contents`)).json()).toMatchObject({ error: 'forbidden' });
      const curateOnly = await t.key('Platform D', ['curate']);
      expect((await lookup(curateOnly.key, { signals })).json()).toMatchObject({ error: 'forbidden' });

      await t.revoke(c.keyId);
      t.advance(6_000);
      const revoked = await lookup(c.key, { signals });
      expect(revoked.statusCode).toBe(401);
      expect(revoked.json()).toMatchObject({ error: 'unauthorized', message: 'A valid API key is required: Authorization: Bearer KEY.', requestId: expect.any(String) });
      const revokedHma = await t.hma(c.key, { method: 'GET', path: '/status' });
      expect(revokedHma.statusCode).toBe(401);
      expect(Object.keys(revokedHma.json() as object)).toEqual(['message']);
    });

    it('keeps each platform to its own banks: another’s is 404 on every curate route, and not matched', async () => {
      const theirs = await makeBank(b.key, 'THEIRS');
      const pdq = randomPdq();
      const id = await addSignal(b.key, theirs, { pdq, note: 'platform B’s own note' });
      const missing = await t.hma(a.key, { method: 'GET', path: '/c/bank/NO_SUCH_BANK' });
      const calls = [
        { method: 'GET', path: `/c/bank/${theirs}` },
        { method: 'PUT', path: `/c/bank/${theirs}`, body: { enabled: false } },
        { method: 'DELETE', path: `/c/bank/${theirs}` },
        { method: 'POST', path: `/c/bank/${theirs}/signal`, body: { pdq: randomPdq() } },
        { method: 'GET', path: `/c/bank/${theirs}/content/${id}`, query: { include_signals: 'true' } },
        { method: 'PUT', path: `/c/bank/${theirs}/content/${id}`, body: { disable_until_ts: 0 } },
        { method: 'DELETE', path: `/c/bank/${theirs}/content/${id}` },
      ] as const;
      for (const call of calls) {
        const answer = await t.hma(a.key, call);
        expect(answer.statusCode, `${call.method} ${call.path}`).toBe(404);
        expect(answer.body).not.toContain(pdq);
      }
      expect(missing.statusCode).toBe(404);
      expect((await t.v1(a.key, 'GET', `/banks/${theirs}/contents`)).statusCode).toBe(404);
      const listed = (await t.hma(a.key, { method: 'GET', path: '/c/banks' })).json() as { name: string }[];
      expect(listed.map((x) => x.name)).not.toContain(theirs);
      expect(((await t.v1(a.key, 'GET', '/banks?limit=500')).json() as { banks: { name: string }[] }).banks.map((x) => x.name)).not.toContain(theirs);

      const query = { signal_type: 'pdq', signal: pdq };
      expect((await t.hma(a.key, { method: 'GET', path: '/m/lookup', query })).json()).toEqual({});
      expect((await t.hma(b.key, { method: 'GET', path: '/m/lookup', query })).json()).toEqual({ [theirs]: [{ bank_content_id: id, distance: '0' }] });
      expect((await t.hma(b.key, { method: 'GET', path: `/c/bank/${theirs}` })).json()).toEqual({ name: theirs, matching_enabled_ratio: 1 });
    });

    it('never lists or reads the victims’ banks, yet matches them; the unreviewed bank says review before action', async () => {
      const confirmed = randomPdq();
      const unreviewed = randomPdq();
      const fromCase = await t.store.addContent({ bank: VICTIM_BANKS.confirmed, origin: 'counsellor', caseId: await newCase(t.db), signals: [{ type: 'pdq', value: confirmed }] });
      const fromPerson = await t.store.addContent({ bank: VICTIM_BANKS.unreviewed, origin: 'victim', submissionId: await newSubmission(t.db), signals: [{ type: 'pdq', value: unreviewed }] });
      const both = { signals: [{ signal_type: 'pdq', signal: flipBits(confirmed, 3) }, { signal_type: 'pdq', signal: unreviewed }] };
      await eventually(async () => results(await lookup(a.key, both)).every((m) => m.length === 1));
      expect(results(await lookup(a.key, both))).toEqual([
        [{ bank: VICTIM_BANKS.confirmed, bank_content_id: fromCase.id, distance: 3, review_before_action: false }],
        [{ bank: VICTIM_BANKS.unreviewed, bank_content_id: fromPerson.id, distance: 0, review_before_action: true }],
      ]);
      expect((await t.hma(b.key, { method: 'GET', path: '/m/lookup', query: { signal_type: 'pdq', signal: unreviewed } })).json())
        .toEqual({ [VICTIM_BANKS.unreviewed]: [{ bank_content_id: fromPerson.id, distance: '0' }] });

      const missing = (await t.hma(a.key, { method: 'GET', path: '/c/bank/NO_SUCH_BANK' })).json() as { message: string };
      for (const [victims, id] of [[VICTIM_BANKS.confirmed, fromCase.id], [VICTIM_BANKS.unreviewed, fromPerson.id]] as const) {
        for (const call of [
          { method: 'GET', path: `/c/bank/${victims}` },
          { method: 'PUT', path: `/c/bank/${victims}`, body: { enabled: false } },
          { method: 'DELETE', path: `/c/bank/${victims}` },
          { method: 'POST', path: `/c/bank/${victims}/signal`, body: { pdq: randomPdq() } },
          { method: 'GET', path: `/c/bank/${victims}/content/${id}`, query: { include_signals: 'true' } },
          { method: 'PUT', path: `/c/bank/${victims}/content/${id}`, body: { disable_until_ts: 0 } },
          { method: 'DELETE', path: `/c/bank/${victims}/content/${id}` },
        ] as const) {
          const answer = await t.hma(a.key, call);
          expect(answer.statusCode, `${call.method} ${call.path}`).toBe(404);
          // Worded as for a bank that does not exist.
          expect(answer.json()).toEqual(call.method === 'PUT' && !call.path.includes('/content/') ? { message: 'Bank not found' } : { message: missing.message.replace('NO_SUCH_BANK', victims) });
        }
        expect((await t.v1(a.key, 'GET', `/banks/${victims}/contents`)).statusCode).toBe(404);
      }
      expect(((await t.hma(a.key, { method: 'GET', path: '/c/banks' })).json() as { name: string }[]).map((x) => x.name).filter((n) => n.startsWith('JIKIM_'))).toEqual([]);
      const banks = (await t.v1(a.key, 'GET', '/banks?limit=500')).json() as { banks: { name: string; kind: string; own: boolean }[] };
      expect(banks.banks.filter((x) => !x.own).map((x) => [x.name, x.kind])).toEqual([[VICTIM_BANKS.confirmed, 'confirmed'], [VICTIM_BANKS.unreviewed, 'unreviewed']]);
      expect(JSON.stringify(banks)).not.toMatch(/bank_content_id|signals/);
      // Still there, still matched: nothing above changed them.
      expect(results(await lookup(a.key, both)).map((m) => m.length)).toEqual([1, 1]);
    });

    it('answers one match per content, its nearest signal (a photo’s dihedral hashes are one content)', async () => {
      const pdq = randomPdq();
      const photo = await t.store.addContent({
        bank: VICTIM_BANKS.unreviewed, origin: 'victim', submissionId: await newSubmission(t.db),
        signals: [{ type: 'pdq', value: flipBits(pdq, 8) }, { type: 'pdq', value: pdq }, { type: 'pdq', value: flipBits(pdq, 4) }],
      });
      const signals = [{ signal_type: 'pdq', signal: flipBits(pdq, 1) }];
      await eventually(async () => results(await lookup(a.key, { signals }))[0]?.length === 1);
      expect(results(await lookup(a.key, { signals }))).toEqual([[{ bank: VICTIM_BANKS.unreviewed, bank_content_id: photo.id, distance: 1, review_before_action: true }]]);
      const raw = await t.hma(a.key, { method: 'GET', path: '/m/raw_lookup', query: { signal_type: 'pdq', signal: pdq, include_distance: 'true' } });
      expect(raw.json()).toEqual({ matches: [{ bank_content_id: photo.id, distance: '0' }] });
    });

    it('describes both route sets in /api/openapi.json, behind a platform key', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { security: unknown }>> };
      for (const [url, method] of [[`${HMA}/m/lookup`, 'get'], [`${HMA}/c/bank/{bank_name}/content/{content_id}`, 'put'], [`${V1}/lookup`, 'post'], [`${V1}/banks/{name}/contents`, 'get']] as const) {
        expect(doc.paths[url]?.[method]?.security, `${method} ${url}`).toEqual([{ 'platform-key': [] }]);
      }
    });

    it('walks every content of a bank exactly once, page by page, and every bank', async () => {
      const bank = await makeBank(a.key, 'PAGED');
      const made = new Set<number>();
      for (let i = 0; i < 23; i += 1) made.add(await addSignal(a.key, bank, { pdq: randomPdq() }));
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await t.v1(a.key, 'GET', `/banks/${bank}/contents?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.statusCode, page.body).toBe(200);
        const body = page.json() as { contents: { id: number; signals: { pdq: string[] } }[]; next_cursor: string | null };
        expect(body.contents.length).toBeLessThanOrEqual(5);
        for (const content of body.contents) expect(content.signals.pdq).toHaveLength(1);
        seen.push(...body.contents.map((c) => c.id));
        cursor = body.next_cursor;
        pages += 1;
      } while (cursor !== null && pages < 20);
      expect(seen).toHaveLength(made.size);
      expect(new Set(seen)).toEqual(made);
      expect(pages).toBe(5);
      expect((await t.v1(a.key, 'GET', `/banks/${bank}/contents?cursor=not-a-cursor`)).statusCode).toBe(400);

      const banks: string[] = [];
      let bankCursor: string | null = null;
      do {
        const body = (await t.v1(a.key, 'GET', `/banks?limit=2${bankCursor ? `&cursor=${encodeURIComponent(bankCursor)}` : ''}`)).json() as { banks: { name: string }[]; next_cursor: string | null };
        banks.push(...body.banks.map((x) => x.name));
        bankCursor = body.next_cursor;
      } while (bankCursor !== null && banks.length < 100);
      const own = ((await t.hma(a.key, { method: 'GET', path: '/c/banks' })).json() as { name: string }[]).map((x) => x.name);
      expect(banks).toHaveLength(own.length + 2);
      expect(new Set(banks)).toEqual(new Set([...own, VICTIM_BANKS.confirmed, VICTIM_BANKS.unreviewed]));
    });

    it('audits every call but lookups row by row, with the key id and never a hash', async () => {
      const bank = await makeBank(a.key, 'AUDITED');
      const pdq = randomPdq();
      const id = await addSignal(a.key, bank, { pdq });
      await t.hma(a.key, { method: 'GET', path: `/c/bank/${bank}/content/${id}`, query: { include_signals: 'true' } });
      const rows = await t.db.kysely.selectFrom('audit_log').select(['actor_id', 'action', 'detail']).where('action', 'like', 'platform.%').execute();
      const mine = rows.filter((r) => r.actor_id === a.keyId);
      expect(mine.map((r) => r.action)).toEqual(expect.arrayContaining(['platform.bank.create', 'platform.content.add', 'platform.content.read']));
      expect(mine.find((r) => r.action === 'platform.content.read')?.detail).toContain(String(id));
      expect(JSON.stringify(rows)).not.toContain(pdq);
      expect(rows.map((r) => r.action)).not.toContain('platform.lookup');
    });
  });

  describe.skipIf(!testDb.available)(`platform API closing on ${testDb.name}`, () => {
    it('audits the last lookups and saves the index when the app closes, before its own database closes', async () => {
      const { database, drop } = await testDb.create();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-platform-close-'));
      const snapshot = path.join(dir, 'match.snapshot');
      const config = platformTestConfig(dir, database, { MATCH_SNAPSHOT_FILE: snapshot });
      try {
        const setup = createDb(database);
        await migrateToLatest(setup);
        const { key, keyId } = await platformKeysRepository(setup.kysely).create({ name: 'Closing', scopes: ['match'] });
        await setup.close();

        // The app opens and closes the database itself, as `jikim` serving does.
        const app = build(config);
        await app.ready();
        const headers = { authorization: `Bearer ${key}` };
        await (async () => {
          for (let tries = 0; tries < 200; tries += 1) {
            if ((await app.inject({ method: 'GET', url: `${HMA}/status`, headers })).statusCode === 200) return;
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        })();
        expect((await app.inject({ method: 'GET', url: `${HMA}/m/lookup?signal_type=pdq&signal=${randomPdq()}`, headers })).statusCode).toBe(200);
        const signals = Array.from({ length: 3 }, () => ({ signal_type: 'pdq', signal: randomPdq() }));
        expect((await app.inject({ method: 'POST', url: `${V1}/lookup`, headers, payload: { signals } })).statusCode).toBe(200);
        await app.close();

        expect(fs.existsSync(snapshot)).toBe(true);
        const after = createDb(database);
        try {
          const rows = await after.kysely.selectFrom('audit_log').select(['actor_id', 'detail']).where('action', '=', 'platform.lookups').execute();
          expect(rows.filter((r) => r.actor_id === keyId).map((r) => JSON.parse(String(r.detail)) as { calls: number; signals: number })
            .reduce((sum, d) => ({ calls: sum.calls + d.calls, signals: sum.signals + d.signals }), { calls: 0, signals: 0 })).toEqual({ calls: 2, signals: 4 });
        } finally {
          await after.close();
        }
      } finally {
        await drop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
