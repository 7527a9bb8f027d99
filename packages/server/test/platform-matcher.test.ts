/** The matcher: an in-memory index that follows the change log, filters by state, saves and loads. */
import fs from 'node:fs';
import path from 'node:path';
import { formatPdqHex, pdqDihedral, pdqHash, PDQ_DIHEDRAL_ORDER, type PixelImage } from '@jikim/pdq';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMatcher, type MatcherDeps, type RunningMatcher } from '../src/platform/matcher/matcher.js';
import { TEST_DATABASES } from './support/databases.js';
import { bankFixture, createPlatformBank, flipBits, newSubmission, randomMd5, randomPdq, type BankFixture } from './platform-bank-fixtures.js';

/** A grey image of overlapping rectangles from a fixed seed: not symmetric, good quality. */
function testImage(width = 120, height = 90): PixelImage {
  const data = new Uint8Array(width * height).fill(40);
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let r = 0; r < 14; r += 1) {
    const [x0, y0] = [Math.floor(next() * width), Math.floor(next() * height)];
    const [w, h, v] = [10 + Math.floor(next() * 50), 10 + Math.floor(next() * 40), Math.floor(next() * 255)];
    for (let y = y0; y < Math.min(height, y0 + h); y += 1) for (let x = x0; x < Math.min(width, x0 + w); x += 1) data[y * width + x] = v;
  }
  return { width, height, channels: 1, data };
}

/** The image turned a quarter counter-clockwise, or mirrored left to right. */
function rotate(image: PixelImage): PixelImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) out[(width - 1 - x) * height + y] = data[y * width + x] ?? 0;
  return { width: height, height: width, channels: 1, data: out };
}
function mirror(image: PixelImage): PixelImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) out[y * width + (width - 1 - x)] = data[y * width + x] ?? 0;
  return { ...image, data: out };
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform matcher on ${testDb.name}`, () => {
    let f: BankFixture;
    const matchers: RunningMatcher[] = [];
    const matcher = (options: Partial<MatcherDeps> = {}, on: BankFixture = f) => {
      const m = createMatcher({ db: on.db, vault: on.vault, now: () => on.clock.now, refreshMs: 60_000, ...options });
      matchers.push(m);
      return m;
    };
    const pdqOptions = { maxDistance: 31 };
    beforeEach(async () => {
      f = await bankFixture(testDb);
    });
    afterEach(async () => {
      for (const m of matchers.splice(0)) await m.close();
      await f.close();
    });

    it('matches what was added once it has refreshed, and no longer what was deleted', async () => {
      const m = matcher();
      expect(m.ready()).toBe(false);
      await m.start();
      expect(m.ready()).toBe(true);
      const bank = await createPlatformBank(f.store);
      const pdq = randomPdq();
      const content = await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'pdq', value: pdq }] });
      expect(m.lookup('pdq', pdq, pdqOptions)).toEqual([]);
      await m.refresh();
      expect(m.lookup('pdq', pdq, pdqOptions)).toEqual([{ bank, contentId: content.id, distance: 0, signalId: 1 }]);
      expect(m.lookup('pdq', pdq.toUpperCase(), pdqOptions)).toHaveLength(1);
      await f.store.deleteContent(bank, content.id);
      await m.refresh();
      expect(m.lookup('pdq', pdq, pdqOptions)).toEqual([]);
      expect(m.status().pdq).toMatchObject({ size: 0, seq: 2 });
    });

    it('follows the change log on its own timer', async () => {
      const m = matcher({ refreshMs: 20 });
      await m.start();
      const pdq = randomPdq();
      await f.store.addContent({ bank: 'JIKIM_UNREVIEWED', origin: 'victim', submissionId: await newSubmission(f.db), signals: [{ type: 'pdq', value: pdq }] });
      await vi.waitFor(() => expect(m.lookup('pdq', pdq, pdqOptions)).toHaveLength(1), { timeout: 10_000, interval: 20 });
    });

    it('skips content disabled until a later time, and matches it once that time has passed', async () => {
      const m = matcher();
      await m.start();
      const bank = await createPlatformBank(f.store);
      const md5 = randomMd5();
      const content = await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'md5', value: md5 }] });
      await f.store.updateContent(bank, content.id, { disabledUntil: '2026-12-10T01:00:00.000Z' });
      await m.refresh();
      expect(m.lookup('md5', md5, pdqOptions)).toEqual([]);
      f.clock.now = new Date('2026-12-10T01:00:00.001Z');
      expect(m.lookup('md5', md5, pdqOptions)).toEqual([{ bank, contentId: content.id, distance: 0, signalId: 1 }]);
      await f.store.quarantineContent(bank, content.id, true);
      await m.refresh();
      expect(m.lookup('md5', md5, pdqOptions)).toEqual([]);
      await f.store.quarantineContent(bank, content.id, false);
      await m.refresh();
      expect(m.lookup('md5', md5, pdqOptions)).toHaveLength(1);
    });

    it('matches only in banks whose matching is enabled, and among the banks asked for', async () => {
      const m = matcher();
      await m.start();
      const [a, b] = [await createPlatformBank(f.store, 'BANK_A'), await createPlatformBank(f.store, 'BANK_B')];
      const pdq = randomPdq();
      await f.store.addContent({ bank: a, origin: 'platform', signals: [{ type: 'pdq', value: pdq }] });
      await f.store.addContent({ bank: b, origin: 'platform', signals: [{ type: 'pdq', value: flipBits(pdq, 3) }] });
      await m.refresh();
      expect(m.lookup('pdq', pdq, pdqOptions).map((h) => [h.bank, h.distance])).toEqual([['BANK_A', 0], ['BANK_B', 3]]);
      expect(m.lookup('pdq', pdq, { ...pdqOptions, banks: new Set(['BANK_B']) }).map((h) => h.bank)).toEqual(['BANK_B']);
      await f.store.updateBank(a, { matchingEnabled: false });
      await m.refresh();
      expect(m.lookup('pdq', pdq, pdqOptions).map((h) => h.bank)).toEqual(['BANK_B']);
      await f.store.deleteBank(b);
      await m.refresh();
      expect(m.lookup('pdq', pdq, pdqOptions)).toEqual([]);
    });

    it('matches MD5 exactly and PDQ within the distance asked for', async () => {
      const m = matcher();
      await m.start();
      const bank = await createPlatformBank(f.store);
      const [md5, pdq] = [randomMd5(), randomPdq()];
      await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'md5', value: md5 }, { type: 'pdq', value: pdq }] });
      await m.refresh();
      expect(m.lookup('md5', md5.toUpperCase(), pdqOptions)).toHaveLength(1);
      expect(m.lookup('md5', md5.slice(0, 31) + (md5.endsWith('0') ? '1' : '0'), pdqOptions)).toEqual([]);
      expect(m.lookup('pdq', flipBits(pdq, 10), { maxDistance: 9 })).toEqual([]);
      expect(m.lookup('pdq', flipBits(pdq, 10), { maxDistance: 10 }).map((h) => h.distance)).toEqual([10]);
      expect(m.lookup('pdq', flipBits(pdq, 31), pdqOptions).map((h) => h.distance)).toEqual([31]);
      expect(m.lookup('pdq', flipBits(pdq, 32), pdqOptions)).toEqual([]);
    });

    it('finds a turned or mirrored copy through the 8 dihedral hashes of one content', async () => {
      const image = testImage();
      const dihedral = pdqDihedral(image);
      expect(dihedral.quality).toBeGreaterThanOrEqual(50);
      const m = matcher();
      await m.start();
      const content = await f.store.addContent({
        bank: 'JIKIM_CONFIRMED', origin: 'victim', submissionId: await newSubmission(f.db),
        signals: PDQ_DIHEDRAL_ORDER.map((name) => ({ type: 'pdq' as const, value: formatPdqHex(dihedral.hashes[name]) })),
      });
      await m.refresh();
      const copies: PixelImage[] = [];
      for (let turned = image, i = 0; i < 4; i += 1, turned = rotate(turned)) copies.push(turned, mirror(turned));
      let farFromOriginal = 0;
      for (const copy of copies) {
        const query = formatPdqHex(pdqHash(copy).hash);
        expect(m.lookup('pdq', query, pdqOptions).map((h) => h.contentId)).toContain(content.id);
        if (!m.lookup('pdq', query, pdqOptions).some((h) => h.signalId === 1)) farFromOriginal += 1;
      }
      // Without the variants most copies would be missed: the original's hash alone is too far.
      expect(farFromOriginal).toBeGreaterThanOrEqual(4);
    });

    it('starts from a saved snapshot, then applies the changes after it', async () => {
      const file = path.join(f.dir, 'index', 'match.snapshot');
      const bank = await createPlatformBank(f.store);
      const [kept, gone, later] = [randomPdq(), randomPdq(), randomPdq()];
      const md5 = randomMd5();
      const vpdq = `0,100,${randomPdq()},0.000\n`;
      await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'pdq', value: kept }, { type: 'md5', value: md5 }, { type: 'vpdq', value: vpdq }] });
      const goneContent = await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'pdq', value: gone }] });
      await f.store.updateContent(bank, goneContent.id, { disabledUntil: '2027-01-01T00:00:00Z' });
      const first = matcher({ snapshotFile: file });
      await first.start();
      expect(first.loadedFrom()).toBe('tables');
      expect(first.lookup('pdq', gone, pdqOptions)).toEqual([]);
      await first.close();
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const bytes = fs.readFileSync(file);
      for (const secret of [kept, md5]) expect(bytes.includes(Buffer.from(secret, 'hex'))).toBe(false);

      await f.store.updateContent(bank, goneContent.id, { disabledUntil: null });
      await f.store.deleteContent(bank, goneContent.id);
      const laterContent = await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'pdq', value: later }] });
      const second = matcher({ snapshotFile: file });
      await second.start();
      expect(second.loadedFrom()).toBe('snapshot');
      expect(second.lookup('pdq', kept, pdqOptions)).toHaveLength(1);
      expect(second.lookup('md5', md5, pdqOptions)).toHaveLength(1);
      expect(second.lookup('pdq', gone, pdqOptions)).toEqual([]);
      expect(second.lookup('pdq', later, pdqOptions).map((h) => h.contentId)).toEqual([laterContent.id]);
      expect(second.status()).toMatchObject({ pdq: { size: 2, seq: 8 }, md5: { size: 1 }, vpdq: { size: 1 } });

      // Another deployment's snapshot (another master key and data key) does not open: a build instead.
      const other = await bankFixture(testDb);
      try {
        await other.store.addContent({ bank: 'JIKIM_CONFIRMED', origin: 'platform', signals: [{ type: 'pdq', value: randomPdq() }, { type: 'pdq', value: randomPdq() }, { type: 'pdq', value: randomPdq() }] });
        await other.store.addContent({ bank: 'JIKIM_CONFIRMED', origin: 'platform', signals: [{ type: 'pdq', value: randomPdq() }, { type: 'pdq', value: randomPdq() }, { type: 'pdq', value: randomPdq() }] });
        await other.store.addContent({ bank: 'JIKIM_CONFIRMED', origin: 'platform', signals: [{ type: 'pdq', value: randomPdq() }, { type: 'pdq', value: randomPdq() }, { type: 'pdq', value: randomPdq() }] });
        const foreign = createMatcher({ db: other.db, vault: other.vault, now: () => other.clock.now, snapshotFile: file });
        await foreign.start();
        expect(foreign.loadedFrom()).toBe('tables');
        expect(foreign.lookup('pdq', kept, pdqOptions)).toEqual([]);
        expect(foreign.status().pdq).toMatchObject({ size: 9, seq: 9 });
        await foreign.close();
      } finally {
        await other.close();
      }
    });

    it('drops a damaged value and goes on with the changes after it', async () => {
      const m = matcher();
      await m.start();
      const bank = await createPlatformBank(f.store);
      const damaged = await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'pdq', value: randomPdq() }] });
      await f.db.kysely.updateTable('bank_signals').set({ value_sealed: await f.vault.sealSystemField('not a hash', 'bank_signals.value:1') }).where('content_id', '=', damaged.id).execute();
      const pdq = randomPdq();
      await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'pdq', value: pdq }] });
      await m.refresh();
      expect(m.status().pdq).toMatchObject({ size: 1, seq: 2 });
      expect(m.lookup('pdq', pdq, pdqOptions)).toHaveLength(1);
    });

    it('says when it is stale, and counts what it holds', async () => {
      const m = matcher({ staleMs: 60_000 });
      expect(m.stale()).toBe(true);
      await m.start();
      expect(m.stale()).toBe(false);
      expect(m.status().pdq).toEqual({ size: 0, seq: 0, refreshedAt: '2026-12-10T00:00:00.000Z', builtAt: '2026-12-10T00:00:00.000Z' });
      f.clock.now = new Date('2026-12-10T00:01:00.001Z');
      expect(m.stale()).toBe(true);
      await m.refresh();
      expect(m.stale()).toBe(false);
    });
  });
}
