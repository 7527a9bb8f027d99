/**
 * Issue 10: what a hostile bundle can make the verifier do is bounded — manifest.json at most
 * 8 MiB and 64 levels deep, SHA256SUMS at most one line per allowed entry, the missing files and
 * problems listed only up to 20 (then counted), and the missing-file check linear. Peak memory
 * is measured per hostile bundle in packages/cli/test/verify-memory.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLE_LIMITS, verifyBundle } from '../src/node.js';
import { writeRawZip } from './fixtures.js';
import { HOSTILE_BUNDLES } from './hostile-bundles.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-bounds-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const MiB = 1024 * 1024;
const at = (name: string) => path.join(dir, name);

describe('verifyBundle bounds', () => {
  it('has the documented limits', () => {
    expect(DEFAULT_BUNDLE_LIMITS).toMatchObject({ maxEntries: 10_000, maxManifestBytes: 8 * MiB, maxSumsBytes: 10_910_000, maxReported: 20 });
  });

  it('lists the first 20 of 24,000 missing files and counts the rest, as it does the problems', async () => {
    const report = await verifyBundle(HOSTILE_BUNDLES['many-missing'](at('missing.zip'), { count: 24_000 }));
    expect(report.ok).toBe(false);
    const missing = report.files.filter((f) => f.status === 'missing');
    expect(missing).toHaveLength(20);
    expect(report.problems).toHaveLength(20);
    expect(report.problems[0]).toBe('SHA256SUMS does not list files/0, which the manifest lists');
    expect(report.omitted).toEqual({ missing: 23_980, problems: 23_980 });
  });

  it('lists as many as maxReported says', async () => {
    const report = await verifyBundle(HOSTILE_BUNDLES['many-missing'](at('few.zip'), { count: 3 }), { maxReported: 1 });
    expect(report.files.filter((f) => f.status === 'missing')).toHaveLength(1);
    expect(report.omitted).toEqual({ missing: 2, problems: 2 });
  });

  it('does not open a manifest.json that declares more than 8 MiB', async () => {
    const file = HOSTILE_BUNDLES['deep-json'](at('big.zip'), { bytes: 8 * MiB + 1 });
    const report = await verifyBundle(file);
    expect(report.files.find((f) => f.path === 'manifest.json')).toEqual({ path: 'manifest.json', status: 'unsafe', reason: `declares ${8 * MiB + 1} bytes, more than the limit of ${8 * MiB}` });
    expect(report.problems).toEqual([]);
  });

  it('refuses a manifest nested deeper than 64 levels without parsing it', async () => {
    for (const kind of ['deep-json', 'deep-object'] as const) {
      const report = await verifyBundle(HOSTILE_BUNDLES[kind](at(`${kind}.zip`), { bytes: MiB }));
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual(['manifest.json is not one Jikim can read: nested deeper than 64 levels']);
    }
  });

  it('refuses a SHA256SUMS with more lines than a bundle may hold entries', async () => {
    const report = await verifyBundle(HOSTILE_BUNDLES['many-sums-lines'](at('sums.zip'), { bytes: MiB }));
    expect(report.files.find((f) => f.path === 'SHA256SUMS')).toMatchObject({ status: 'unreadable', reason: 'SHA256SUMS has more than 10000 lines, more than a bundle may hold entries' });
    const over = await verifyBundle(HOSTILE_BUNDLES['many-sums-lines'](at('sums-big.zip'), { bytes: 11 * MiB }));
    expect(over.files.find((f) => f.path === 'SHA256SUMS')).toMatchObject({ status: 'unsafe', reason: expect.stringMatching(/more than the limit of 10910000$/u) });
  });

  it('stops checking a manifest with thousands of bad pieces, and says there are more', async () => {
    const report = await verifyBundle(HOSTILE_BUNDLES['invalid-history'](at('history.zip'), { bytes: 2 * MiB }));
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(20);
    expect(report.omitted?.manifestCheckStopped).toBe(true);
    expect(report.omitted?.problems).toBeLessThan(1010);
  });

  it('still reads a large honest manifest: 9,000 exhibits, all present', async () => {
    const at0 = '2026-11-28T03:00:00Z';
    const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    const items = Array.from({ length: 9000 }, (_, i) => ({
      id: `item-${i}`, exhibitNumber: i + 1, kind: 'file', title: `사진 ${i}`, addedAt: at0,
      file: { path: `files/${String(i).padStart(4, '0')}.jpg`, sha256: sha, bytes: 0, mediaType: 'image/jpeg', originalName: `${i}.jpg` },
      history: [{ at: at0, action: 'added', summary: '추가함' }, { at: at0, action: 'described', summary: 'Corrected: title, web address' }],
    }));
    const manifest = Buffer.from(JSON.stringify({ schema: 'jikim.evidence-bundle', version: 1, createdAt: at0, caseReference: 'X', locale: 'ko', generator: { name: 'g', version: '1' }, items }, null, 2));
    expect(manifest.length).toBeGreaterThan(4 * MiB);
    const { createHash } = await import('node:crypto');
    const manifestSha = createHash('sha256').update(manifest).digest('hex');
    const sums = [...items.map((i) => `${sha}  ${i.file.path}\n`), `${manifestSha}  manifest.json\n`].sort().join('');
    const file = at('honest.zip');
    writeRawZip(file, [
      { name: 'manifest.json', data: manifest },
      { name: 'SHA256SUMS', data: Buffer.from(sums) },
      ...items.map((i) => ({ name: i.file.path, data: Buffer.alloc(0), method: 0 as const })),
    ]);
    const report = await verifyBundle(file);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.files).toHaveLength(9002);
  }, 60_000);
});
