import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jikim } from './run-jikim.js';
import { KOREAN_NFC, readZipEntries, sampleBundle, writeRawZip } from '../../evidence/test/fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-verify-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const good = path.join(dir, 'bundle.zip');
const tampered = path.join(dir, 'tampered.zip');
const PHOTO = `files/001-${KOREAN_NFC}`;

beforeAll(async () => {
  await sampleBundle(dir, good);
  const entries = [...(await readZipEntries(good))].map(([name, data]) => {
    if (name !== 'files/002-screenshot.png') return { name, data };
    const copy = Buffer.from(data);
    copy[0] = (copy[0] ?? 0) ^ 0xff;
    return { name, data: copy };
  });
  writeRawZip(tampered, [
    ...entries.filter((e) => e.name !== 'files/003-empty.txt'),
    { name: 'files/extra.txt', data: Buffer.from('extra') },
    { name: '../evil', data: Buffer.from('evil') },
  ]);
});

describe('jikim verify', () => {
  it('prints OK for every file and exits 0 on a good bundle', async () => {
    const { code, out, err } = await jikim('verify', good);
    expect(err).toBe('');
    expect(out.split('\n')).toEqual([
      'OK  SHA256SUMS',
      `OK  ${PHOTO}`,
      'OK  files/002-screenshot.png',
      'OK  files/003-empty.txt',
      'OK  manifest.json',
      'OK  report.pdf',
      `${good}: OK, all 6 files verified`,
      '',
    ]);
    expect(code).toBe(0);
  });

  it('reports a mismatch, a missing, an extra and an unsafe entry, and exits 1', async () => {
    const { code, out } = await jikim('verify', tampered);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toContain('UNSAFE  ../evil (".." path segment)');
    expect(lines).toContain('MISSING  files/003-empty.txt');
    expect(lines).toContain('EXTRA  files/extra.txt');
    expect(lines.find((l) => l.startsWith('MISMATCH  files/002-screenshot.png expected '))).toMatch(/^MISMATCH {2}files\/002-screenshot\.png expected [0-9a-f]{64} got [0-9a-f]{64} \(SHA-256 differs\)$/u);
    expect(lines.at(-1)).toBe(`${tampered}: FAILED, 4 of 8 files not OK, 0 other problems`);
  });

  it('prints the report as JSON with --json', async () => {
    const { code, out } = await jikim('verify', '--json', tampered);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { ok: boolean; files: { path: string; status: string }[] };
    expect(report.ok).toBe(false);
    expect(report.files.find((f) => f.path === 'files/extra.txt')?.status).toBe('extra');
    const ok = await jikim('verify', good, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ ok: true, problems: [] });
  });

  it('exits 1 for a file that is not a bundle, and 2 for usage errors', async () => {
    const missing = await jikim('verify', path.join(dir, 'nope.zip'));
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/PROBLEM {2}not a readable zip file/u);
    const none = await jikim('verify');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/Usage: jikim verify/u);
    expect((await jikim('verify', '--nope', good)).code).toBe(2);
    expect((await jikim('verify', good, good)).code).toBe(2);
  });

  it('works as the installed command', () => {
    const bin = new URL('../bin/jikim.js', import.meta.url).pathname;
    expect(execFileSync(process.execPath, [bin, 'verify', good], { encoding: 'utf8' })).toMatch(/OK, all 6 files verified/u);
    try {
      execFileSync(process.execPath, [bin, 'verify', tampered], { stdio: 'pipe' });
      expect.unreachable();
    } catch (error) {
      expect((error as { status: number }).status).toBe(1);
    }
  });
});
