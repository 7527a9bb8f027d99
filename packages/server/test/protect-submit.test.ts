import { CASE_CODE_PATTERN, type ProtectItem, type ProtectStatus } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBankStore } from '../src/platform/banks/bank-store.js';
import { TEST_DATABASES } from './support/databases.js';
import { createHelpApp, solvedPow, type HelpApp } from './help-app.js';
import { asPerson, everyRow, hex, hexesOf, imageItem, postSubmission, submissionIdOf, submit, videoItem } from './protect-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`protecting images on ${testDb.name}`, () => {
    let t: HelpApp;
    const lines: string[] = [];
    beforeAll(async () => {
      t = await createHelpApp(testDb, { LOG_LEVEL: 'trace' }, undefined, { write: (line) => void lines.push(line) });
    });
    afterAll(() => t.close());
    const store = () => createBankStore({ db: t.db, vault: t.app.vault, now: t.now });

    it('answers a code and PIN; the status lists each item in the order sent with its hashes, active, matched N times', async () => {
      const items = [imageItem(8), imageItem(1), videoItem(4), { kind: 'video', md5: hex(16) } satisfies ProtectItem];
      const o = await submit(t.app, items);
      expect(o.code).toMatch(CASE_CODE_PATTERN);
      expect(o.pin).toMatch(/^\d{6}$/);
      expect({ items: o.items, hashes: o.hashes }).toEqual({ items: 4, hashes: 9 + 2 + 2 + 1 });

      const id = await submissionIdOf(t, o.code);
      const signals = await store().submissionSignals(id);
      expect(signals).toHaveLength(14);
      expect(new Set(signals.map((s) => s.bank))).toEqual(new Set(['JIKIM_UNREVIEWED']));
      // Platforms' lookups matched the video's vPDQ twice and one of the first photo's hashes once.
      const vpdq = signals.find((s) => s.type === 'vpdq');
      await store().countMatches([vpdq?.signalId ?? -1, vpdq?.signalId ?? -1, signals[3]?.signalId ?? -1]);

      const status = await asPerson(t.app, o, 'GET', '/submission');
      expect(status.statusCode).toBe(200);
      const body = status.json() as ProtectStatus;
      expect(body.state).toBe('active');
      expect(Date.parse(body.createdAt)).toBe(t.now().getTime());
      expect(body.items).toEqual([
        { index: 0, kind: 'image', hashes: 9, state: 'active', matches: 1 },
        { index: 1, kind: 'image', hashes: 2, state: 'active', matches: 0 },
        { index: 2, kind: 'video', hashes: 2, state: 'active', matches: 2 },
        { index: 3, kind: 'video', hashes: 1, state: 'active', matches: 0 },
      ]);
      // Never where: no bank, content, signal or platform in the answer.
      expect(status.body).not.toMatch(/JIKIM|bank|content|signal|platform/i);
    });

    it('keeps every hash sealed: no row of any table and no log line holds one, nor the code or PIN', async () => {
      const items = [imageItem(8), imageItem(1), videoItem(6)];
      items[0] = { ...items[0], md5: (items[0]?.md5 ?? '').toUpperCase() } as ProtectItem;
      const o = await submit(t.app, items);
      await asPerson(t.app, o, 'GET', '/submission');
      const rows = await everyRow(t.db);
      expect(rows.get('bank_signals')?.length ?? 0).toBeGreaterThan(0);
      const log = lines.join('').toLowerCase();
      expect(log.length).toBeGreaterThan(0);
      for (const value of [...items.flatMap(hexesOf), o.code.toLowerCase(), o.code.replace(/-/g, '').toLowerCase()]) {
        for (const [table, text] of rows) expect(text.includes(value), `${table} holds ${value}`).toBe(false);
        expect(log.includes(value), `a log line holds ${value}`).toBe(false);
      }
      const audit = (await t.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'protect.submit').execute()).at(-1);
      expect(audit).toMatchObject({ case_id: null });
      expect(JSON.parse(String(audit?.detail))).toEqual({ items: 3, hashes: 9 + 2 + 2 });
    });

    it('keeps only a video\'s frames of quality 50 or more', async () => {
      const [a, b, c] = [hex(32), hex(32), hex(32)];
      const o = await submit(t.app, [{ kind: 'video', md5: hex(16), vpdq: `0,50,${a},0.000\n1,49,${b},1.000\n2,99,${c},2.000\n` }]);
      const [signal] = (await store().submissionSignals(await submissionIdOf(t, o.code))).filter((s) => s.type === 'vpdq');
      const content = await store().getContent('JIKIM_UNREVIEWED', signal?.contentId ?? -1);
      expect(content?.signals.vpdq).toEqual([`0,50,${a},0.000\n2,99,${c},2.000\n`]);
    });

    describe('refuses bad input with a code, writing nothing and spending no proof of work', () => {
      const cases: [string, (pow: string) => object, number, string][] = [
        ['a PDQ hash that is not hex', (pow) => ({ pow, locale: 'ko', items: [{ ...imageItem(1), pdq: [{ hash: 'z'.repeat(64), quality: 90 }] }] }), 400, 'validation'],
        ['a PDQ hash too short', (pow) => ({ pow, locale: 'ko', items: [{ ...imageItem(1), pdq: [{ hash: hex(31), quality: 90 }] }] }), 400, 'validation'],
        ['an MD5 of 31 hex digits', (pow) => ({ pow, locale: 'ko', items: [{ ...imageItem(1), md5: hex(16).slice(1) }] }), 400, 'validation'],
        ['51 items', (pow) => ({ pow, locale: 'ko', items: Array.from({ length: 51 }, () => imageItem(1)) }), 400, 'validation'],
        ['no items', (pow) => ({ pow, locale: 'ko', items: [] }), 400, 'validation'],
        ['a PDQ hash of quality 49', (pow) => ({ pow, locale: 'ko', items: [imageItem(8), imageItem(1, 49)] }), 400, 'low_quality'],
        ['a PDQ list of 3', (pow) => ({ pow, locale: 'ko', items: [imageItem(3)] }), 400, 'validation'],
        ['a video with PDQ hashes', (pow) => ({ pow, locale: 'ko', items: [{ ...imageItem(1), kind: 'video' }] }), 400, 'validation'],
        ['a photo with a vPDQ', (pow) => ({ pow, locale: 'ko', items: [{ ...videoItem(2), kind: 'image' }] }), 400, 'validation'],
        ['a vPDQ that is not one', (pow) => ({ pow, locale: 'ko', items: [{ ...videoItem(1), vpdq: `0,90,${hex(32)}\n` }] }), 400, 'validation'],
        ['a vPDQ with no frame of quality 50', (pow) => ({ pow, locale: 'ko', items: [videoItem(3, 49)] }), 400, 'low_quality'],
        ['a file name beside the hashes', (pow) => ({ pow, locale: 'ko', items: [{ ...imageItem(1), name: 'me.jpg' }] }), 400, 'validation'],
        ['a SHA-256 beside the hashes', (pow) => ({ pow, locale: 'ko', items: [{ ...imageItem(1), sha256: hex(32) }] }), 400, 'validation'],
        ['no proof of work', () => ({ locale: 'ko', items: [imageItem(1)] }), 400, 'validation'],
        ['a wrong proof of work', () => ({ pow: Buffer.from('{"algorithm":"SHA-256"}').toString('base64'), locale: 'ko', items: [imageItem(1)] }), 403, 'forbidden'],
      ];
      for (const [i, [what, body, status, code]] of cases.entries()) {
        it(what, async () => {
          const before = await t.db.kysely.selectFrom('bank_contents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
          const pow = await solvedPow(t.app);
          const response = await postSubmission(t.app, body(pow), '10.0.1.1');
          expect(response.statusCode).toBe(status);
          expect(response.json()).toMatchObject({ error: code });
          const after = await t.db.kysely.selectFrom('bank_contents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
          expect(Number(after.n)).toBe(Number(before.n));
          // The proof of work was not spent: it still buys a submission.
          if (status === 400) expect((await postSubmission(t.app, { pow, locale: 'en', items: [imageItem(1)] }, `10.0.2.${i + 1}`)).statusCode).toBe(201);
        });
      }
    });
  });
}
