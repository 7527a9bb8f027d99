/**
 * The delta feed (issue 14) on both databases, through the real app with real keys: a full sync
 * paged across many pages while writes happen between pages ends with exactly the banks' signals;
 * deltas in order; the checkpoint never moves backwards; a cursor past the pruned change log is
 * stale (and a matcher's older snapshot is rebuilt); bad cursors, missing scope, banks whose feed is
 * off, the victims' banks only when enabled, disable/quarantine as deletes and back as upserts.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { VICTIM_BANKS } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../src/platform/feed/feed-cursor.js';
import { pruneSignalChanges } from '../src/platform/feed/feed-prune.js';
import { createBankStore } from '../src/platform/banks/bank-store.js';
import { platformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { createMatcher } from '../src/platform/matcher/matcher.js';
import type { BankContent } from '../src/platform/platform-ports.js';
import { newSubmission, randomMd5, randomPdq } from './platform-bank-fixtures.js';
import { createHelpApp, type HelpApp } from './help-app.js';
import { createPlatformApp, type PlatformApp } from './platform-app.js';
import { FeedConsumer, truth } from './platform-feed-consumer.js';
import { asPerson, imageItem, submissionIdOf, submit, videoItem } from './protect-app.js';
import { TEST_DATABASES } from './support/databases.js';

const DAY_MS = 24 * 60 * 60 * 1000;
let names = 0;
const bankName = (prefix: string) => `${prefix}_${(names += 1)}_${randomBytes(3).toString('hex').toUpperCase()}`;

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform feed on ${testDb.name}`, () => {
    let t: PlatformApp;
    let a: { key: string; keyId: string; platformId: string };
    let b: { key: string; keyId: string; platformId: string };

    const feed = (key: string, cursor?: string, limit?: number) => {
      const query = new URLSearchParams({ ...(cursor === undefined ? {} : { cursor }), ...(limit === undefined ? {} : { limit: String(limit) }) });
      return t.v1(key, 'GET', `/feed?${query.toString()}`);
    };
    const consumer = (limit?: number) => new FeedConsumer((cursor) => feed(a.key, cursor, limit));
    const add = (bank: string, n = 1) => t.store.addContent({ bank, origin: 'platform', signals: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? { type: 'pdq' as const, value: randomPdq() } : { type: 'md5' as const, value: randomMd5() })) });
    const makeBank = async (owner: string, feedEnabled: boolean) => {
      const name = bankName('FEED');
      await t.store.createBank(name, owner, 'platform');
      if (feedEnabled) await t.store.updateBank(name, { feedEnabled: true });
      return name;
    };
    /** The banks a key may reach are read at most once a second: move past that after a flag changes. */
    const settle = () => t.advance(1500);
    /** The feedable banks of platform A: every test compares A's consumer with them. */
    let own: string;
    const feedBanks = async () => [own, ...((await t.store.getBank(VICTIM_BANKS.confirmed))?.feedEnabled ? [VICTIM_BANKS.confirmed] : [])];

    beforeAll(async () => {
      t = await createPlatformApp(testDb);
      a = await t.key('Partner A', ['feed', 'match', 'curate']);
      b = await t.key('Platform B', ['match', 'curate']);
      own = await makeBank(a.platformId, true);
      settle();
    });
    afterAll(() => t.close());

    it('a full sync across many pages, with writes between pages, ends with exactly the bank’s signals; then deltas keep it so', async () => {
      const made: BankContent[] = [];
      for (let i = 0; i < 40; i += 1) made.push(await add(own, 3));
      const c = consumer(7);
      let round = 0;
      await c.drain(async () => {
        round += 1;
        // Writes between pages: new content, a removal of a content already sent or not yet, a disable.
        const victim = made[(round * 7) % made.length];
        if (round % 3 === 0) made.push(await add(own, 2));
        if (round % 3 === 1 && victim) await t.store.deleteContent(own, victim.id);
        if (round % 3 === 2 && victim) await t.store.updateContent(own, victim.id, { disabledUntil: new Date(t.now().getTime() + DAY_MS).toISOString() });
      });
      expect(c.calls).toBeGreaterThan(15);
      expect(c.held()).toEqual(await truth(t.store, await feedBanks(), t.now()));

      for (let i = 0; i < 5; i += 1) made.push(await add(own, 2));
      await t.store.deleteContent(own, made[1]?.id ?? 0);
      await c.drain();
      expect(c.held()).toEqual(await truth(t.store, await feedBanks(), t.now()));
      // Nothing new: the same checkpoint, no updates, nothing more.
      const before = c.checkpoint;
      const idle = await c.step();
      expect(idle).toEqual({ updates: [], checkpoint: before, has_more: false });
    });

    it('gives changes in the order made, each key’s last state, deletes as null, and audits each call', async () => {
      const c = consumer();
      await c.drain();
      const first = await add(own, 2);
      const second = await add(own, 1);
      const page = await c.step();
      const keys = page.updates.map((u) => u.key);
      expect(page.updates).toHaveLength(3);
      expect(page.updates.map((u) => u.signal)).toEqual([...(first.signals.pdq ?? []), ...(first.signals.md5 ?? []), ...(second.signals.pdq ?? [])]);
      expect(page.updates.every((u) => u.bank === own && u.signal_type !== null)).toBe(true);

      await t.store.deleteContent(own, first.id);
      const removed = await c.step();
      expect(removed.updates).toEqual(keys.slice(0, 2).map((key) => ({ key, bank: own, signal_type: null, signal: null })));
      // Added then removed between two calls: one update per key, its last (a delete).
      const brief = await add(own, 2);
      await t.store.deleteContent(own, brief.id);
      const collapsed = await c.step();
      expect(collapsed.updates).toHaveLength(2);
      expect(collapsed.updates.every((u) => u.signal === null)).toBe(true);
      const audits = await t.db.kysely.selectFrom('audit_log').select('detail').where('action', '=', 'platform.feed').execute();
      expect(audits.length).toBeGreaterThanOrEqual(c.calls);
      expect(audits.some((row) => row.detail?.includes('"updates":3'))).toBe(true);
    });

    it('disabled or quarantined content is a delete, and an upsert again once enabled', async () => {
      const c = consumer();
      await c.drain();
      const content = await add(own, 2);
      const keys = (await c.step()).updates.map((u) => u.key);
      expect(keys).toHaveLength(2);

      await t.store.updateContent(own, content.id, { disabledUntil: new Date(t.now().getTime() + DAY_MS).toISOString() });
      expect((await c.step()).updates).toEqual(keys.map((key) => ({ key, bank: own, signal_type: null, signal: null })));
      await t.store.updateContent(own, content.id, { disabledUntil: null });
      expect((await c.step()).updates.map((u) => u.signal)).toEqual([...(content.signals.pdq ?? []), ...(content.signals.md5 ?? [])]);
      await t.store.quarantineContent(own, content.id, true);
      expect((await c.step()).updates.map((u) => u.signal)).toEqual([null, null]);
      await t.store.quarantineContent(own, content.id, false);
      expect((await c.step()).updates.map((u) => u.key)).toEqual(keys);
      expect(c.held()).toEqual(await truth(t.store, await feedBanks(), t.now()));
    });

    it('never feeds a bank whose feed is off, nor another platform’s; the victims’ banks only once enabled', async () => {
      const quiet = await makeBank(a.platformId, false);
      const others = await makeBank(b.platformId, true);
      await add(quiet, 2);
      await add(others, 2);
      const submission = await newSubmission(t.db);
      const victims = await t.store.addContent({ bank: VICTIM_BANKS.confirmed, origin: 'victim', submissionId: submission, signals: [{ type: 'pdq', value: randomPdq() }] });
      settle();
      const c = consumer(50);
      await c.drain();
      expect(new Set([...c.records.values()].map((r) => r.bank))).toEqual(new Set([own]));

      await t.store.updateBank(VICTIM_BANKS.confirmed, { feedEnabled: true });
      settle();
      const fresh = consumer(50);
      await fresh.drain();
      expect(fresh.held()).toContain(`${VICTIM_BANKS.confirmed} pdq ${victims.signals.pdq?.[0] ?? ''}`);
      expect(fresh.held()).toEqual(await truth(t.store, await feedBanks(), t.now()));
      // Changes to the banks that are off never appear in a delta either.
      await add(quiet, 1);
      await add(others, 1);
      await fresh.drain();
      expect([...fresh.records.values()].every((r) => r.bank === own || r.bank === VICTIM_BANKS.confirmed)).toBe(true);
      await t.store.updateBank(VICTIM_BANKS.confirmed, { feedEnabled: false });
      settle();
    });

    it('refuses a malformed cursor (400) and a key without the feed scope (403)', async () => {
      for (const cursor of ['not a cursor!', 'abc', Buffer.from('1.x.3').toString('base64url'), Buffer.from('1.d.-1').toString('base64url')]) {
        const response = await feed(a.key, cursor);
        expect(response.statusCode, cursor).toBe(400);
      }
      expect((await feed(a.key, undefined, 1001)).statusCode).toBe(400);
      const refused = await feed(b.key);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ error: 'forbidden' });
    });

    it('a cursor older than the pruned change log is stale (409): resync; a matcher’s older snapshot is rebuilt', async () => {
      const c = consumer();
      await c.drain();
      const old = c.checkpoint ?? '';
      const dir = fs.mkdtempSync(path.join(t.config.blobDir, '..', 'feed-snap-'));
      const file = path.join(dir, 'match.snapshot');
      const early = createMatcher({ db: t.db, vault: t.app.vault, now: t.now, snapshotFile: file });
      await early.start();
      await early.close();

      const later = await add(own, 2);
      await add(own, 2);
      t.advance(31 * DAY_MS);
      await add(own, 1);
      const seqs = async () => (await t.db.kysely.selectFrom('signal_changes').select('seq').orderBy('seq').execute()).map((r) => Number(r.seq));
      const all = await seqs();
      expect(await pruneSignalChanges(t.db, t.now(), 30)).toBe(all.length - 1);
      // Only the newest row is recent; it stays, so the next change is numbered after it, with no gap.
      expect(await seqs()).toEqual([all.at(-1)]);
      t.advance(31 * DAY_MS);
      expect(await pruneSignalChanges(t.db, t.now(), 30)).toBe(0);
      await add(own, 1);
      expect(await seqs()).toEqual([all.at(-1), (all.at(-1) ?? 0) + 1]);
      const stale = await feed(a.key, old);
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ error: 'stale', message: 'resync: fetch again without a cursor' });
      expect((await feed(a.key, encodeCursor({ phase: 'delta', seq: 10_000_000 }))).statusCode).toBe(409);

      const resynced = consumer(9);
      await resynced.drain();
      expect(resynced.held()).toEqual(await truth(t.store, await feedBanks(), t.now()));
      const current = resynced.checkpoint ?? '';
      expect((await feed(a.key, current)).statusCode).toBe(200);

      // A matcher whose snapshot is older than what is kept builds from the tables, and finds what was added.
      const restarted = createMatcher({ db: t.db, vault: t.app.vault, now: t.now, snapshotFile: file });
      await restarted.start();
      expect(restarted.loadedFrom()).toBe('tables');
      expect(restarted.lookup('pdq', later.signals.pdq?.[0] ?? '', { maxDistance: 0 }).map((h) => h.contentId)).toEqual([later.id]);
      await restarted.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
  });
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`a /protect withdrawal in the feed on ${testDb.name}`, () => {
    let t: HelpApp;
    beforeAll(async () => {
      t = await createHelpApp(testDb);
    });
    afterAll(() => t.close());

    it('a submission appears in the feed of the unreviewed bank once enabled; its withdrawal is a delete per key', async () => {
      const partner = await platformKeysRepository(t.db.kysely, t.now).create({ name: 'Partner', scopes: ['feed'] });
      await createBankStore({ db: t.db, vault: t.app.vault, now: t.now }).updateBank(VICTIM_BANKS.unreviewed, { feedEnabled: true });
      const c = new FeedConsumer((cursor) => t.app.inject({
        method: 'GET', url: `/api/platform/v1/feed${cursor === undefined ? '' : `?cursor=${cursor}`}`, headers: { authorization: `Bearer ${partner.key}` },
      }));
      await c.drain();
      expect(c.records.size).toBe(0);

      const kept = await submit(t.app, [imageItem(8)]);
      const item = imageItem(8);
      const withdrawn = await submit(t.app, [item, videoItem(3)]);
      await c.drain();
      expect(c.records.size).toBe(2 * 9 + 2);
      const ofWithdrawn = [...c.records].filter(([, r]) => r.value === item.md5).map(([key]) => key);
      expect(ofWithdrawn).toHaveLength(1);
      const before = new Set(c.records.keys());

      expect((await asPerson(t.app, withdrawn, 'POST', '/submission/withdraw')).statusCode).toBe(200);
      const page = await c.step();
      const deleted = page.updates.filter((u) => u.signal === null).map((u) => u.key);
      expect(deleted).toHaveLength(11);
      expect(page.updates).toHaveLength(11);
      expect(deleted.every((key) => before.has(key))).toBe(true);
      expect(deleted).toContain(ofWithdrawn[0]);
      // The consumer holds exactly the submission that stays: its photo's MD5 and 8 PDQs.
      expect(c.records.size).toBe(9);
      expect([...c.records.values()].every((r) => r.bank === VICTIM_BANKS.unreviewed)).toBe(true);
      expect(await submissionIdOf(t, kept.code)).toBeTruthy();
    });
  });
}
