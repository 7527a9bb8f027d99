import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openHarness } from './harness/open-harness.js';

const vectors = path.resolve(import.meta.dirname, '../../shared/pdq-vectors');
if (!fs.existsSync(vectors)) {
  if (process.env.CI === 'true') throw new Error('../shared/pdq-vectors is required under CI=true');
  console.warn('\n!!! ../shared/pdq-vectors not found: browser PDQ conformance is SKIPPED !!!\n');
}

interface HashingHarness {
  hashAll(): Promise<{ name: string; hash: string; quality: number }[]>;
  digestFirst(): Promise<{ md5: string; sha256: string; bytes: number }>;
}
declare global {
  interface Window { jikimHashing: HashingHarness }
}


test.describe('hashing in the browser', () => {
  test.skip(!fs.existsSync(vectors), 'no pdq-vectors');

  test('PDQ of every reference pixels file is bit-exact in Chromium', async ({ page }) => {
    const rows = fs.readFileSync(path.join(vectors, 'expected/reference.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    await openHarness(page, 'hashing-harness.ts', 'jikimHashing');
    await page.setInputFiles('#file', rows.map(([pixels]) => path.join(vectors, pixels ?? '')));
    const results = await page.evaluate(() => window.jikimHashing.hashAll());
    expect(results.map((r) => `${r.hash},${r.quality}`)).toEqual(rows.map(([, , hash, quality]) => `${hash},${quality}`));
  });

  test('EXIF orientation is not applied, so a rotated phone photo hashes as the reference does', async ({ page }) => {
    const dir = path.join(vectors, 'images/reg-test-input/exif-rotn');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort().map((f) => path.join(dir, f));
    await openHarness(page, 'hashing-harness.ts', 'jikimHashing');
    await page.setInputFiles('#file', files);
    const browser = await page.evaluate(() => window.jikimHashing.hashAll());
    const node = execFileSync(process.execPath, [path.join(import.meta.dirname, '../packages/cli/bin/jikim.js'), 'hash', '--json', ...files])
      .toString().trim().split('\n').map((l) => JSON.parse(l) as { hash: string });
    const distance = (a: string, b: string) => [...a].reduce((d, c, i) => {
      let x = parseInt(c, 16) ^ parseInt(b[i] ?? '0', 16);
      let n = 0;
      for (; x; x >>= 1) n += x & 1;
      return d + n;
    }, 0);
    const distances = browser.map((r, i) => distance(r.hash, node[i]?.hash ?? ''));
    console.log('browser vs Node (orientation ignored), per exif-rotn file:', distances);
    for (const d of distances) expect(d).toBeLessThanOrEqual(10);
  });

  test('MD5 and SHA-256 of a file larger than 1 GB, streamed without holding it in memory', async ({ page }) => {
    test.setTimeout(180_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-big-'));
    const big = path.join(dir, 'video.mp4');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 1024 ** 3 + 12345);
    fs.appendFileSync(big, 'end');
    try {
      await openHarness(page, 'hashing-harness.ts', 'jikimHashing');
      await page.setInputFiles('#file', big);
      const digests = await page.evaluate(() => window.jikimHashing.digestFirst());
      expect(digests.bytes).toBe(fs.statSync(big).size);
      expect(digests.sha256).toBe(execFileSync('sha256sum', [big]).toString().split(' ')[0]);
      expect(digests.md5).toBe(execFileSync('md5sum', [big]).toString().split(' ')[0]);
      const cdp = await page.context().newCDPSession(page);
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      expect(heap.usedSize).toBeLessThan(256 * 1024 * 1024);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
