/**
 * Issue 10: `jikim verify` stays under 200 MB of memory on every hostile bundle, each built at the
 * limits (manifest.json or SHA256SUMS of just under and just over their limits, a manifest listing
 * as many missing files as fit, zip bombs, 10,000 entries with long names). The command runs as
 * it is installed (bin/jikim.js, the built code) in its own process, which reports its peak
 * resident memory as it exits. No times are asserted.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_BUNDLES, type HostileKind } from '../../evidence/test/hostile-bundles.js';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-verify-memory-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const bin = new URL('../bin/jikim.js', import.meta.url).pathname;
const preload = new URL('./report-peak-memory.mjs', import.meta.url).pathname;
const MiB = 1024 * 1024;
const LIMIT = 200 * MiB;

async function peakOf(file: string): Promise<{ peak: number; code: number; out: string }> {
  try {
    await run(process.execPath, ['--import', preload, bin, 'verify', file], { maxBuffer: 64 * MiB });
    throw new Error(`${file} verified OK`);
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    const peak = Number(/peak-rss-bytes=(\d+)/u.exec(stderr)?.[1]);
    return { peak, code, out: stdout };
  }
}

const CASES: [HostileKind, { bytes?: number; count?: number }][] = [
  ['many-missing', { count: 24_000 }],
  ['deep-json', { bytes: 8 * MiB - 1024 }],
  ['deep-json', { bytes: 8 * MiB + 1024 }],
  ['deep-object', { bytes: 8 * MiB - 1024 }],
  ['invalid-items', { bytes: 8 * MiB - 1024 }],
  ['empty-items', { bytes: 8 * MiB - 1024 }],
  ['invalid-history', { bytes: 8 * MiB - 1024 }],
  ['many-strings', { bytes: 8 * MiB - 1024 }],
  ['wide-array', { bytes: 8 * MiB - 1024 }],
  ['unknown-keys', { bytes: 8 * MiB - 1024 }],
  ['many-sums-lines', { bytes: 10 * MiB }],
  ['many-sums-lines', { bytes: 12 * MiB }],
  ['ratio-bomb', { bytes: 256 * MiB }],
  ['lying-size', { bytes: 256 * MiB }],
  ['many-entries', { count: 10_000 }],
];

describe('jikim verify memory on hostile bundles', () => {
  it.each(CASES)('%s %o: fails, under 200 MB', async (kind, size) => {
    const file = HOSTILE_BUNDLES[kind](path.join(dir, `${kind}-${size.bytes ?? size.count}.zip`), size);
    const { peak, code, out } = await peakOf(file);
    fs.rmSync(file);
    console.log(`${kind} ${JSON.stringify(size)}: peak ${(peak / MiB).toFixed(0)} MB`);
    expect(code).toBe(1);
    expect(out).toMatch(/: FAILED, /u);
    expect(peak).toBeGreaterThan(10 * MiB);
    expect(peak).toBeLessThan(LIMIT);
  }, 120_000);
});

describe('jikim verify on a manifest listing 24,000 missing files', () => {
  it('prints the first 20 of each kind, then how many more, and counts them all in the verdict', async () => {
    const { jikim } = await import('./run-jikim.js');
    const file = HOSTILE_BUNDLES['many-missing'](path.join(dir, 'missing.zip'), { count: 24_000 });
    const { code, out } = await jikim('verify', file);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines.filter((l) => /^MISSING {2}files\//u.test(l))).toHaveLength(20);
    expect(lines).toContain('MISSING  … and 23980 more files the manifest lists');
    expect(lines.filter((l) => l.startsWith('PROBLEM  SHA256SUMS does not list'))).toHaveLength(20);
    expect(lines).toContain('PROBLEM  … and 23980 more problems');
    expect(lines.at(-1)).toBe(`${file}: FAILED, 24000 of 24002 files not OK, 24000 other problems`);
    expect(lines.length).toBeLessThan(50);
  });
});
