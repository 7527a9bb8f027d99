import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSha256Sums, verifyBundle, writeBundle, type VerifyReport, type WrittenBundle } from '../src/node.js';
import { extractTrusted, KOREAN_NFC, KOREAN_NFD, sampleBundle, writeRawZip, type RawEntry } from './fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-evidence-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const good = path.join(dir, 'bundle.zip');
let written: WrittenBundle;
let entries: Map<string, Buffer>;
const PHOTO = `files/001-${KOREAN_NFC}`;
const MiB = 1024 * 1024;

beforeAll(async () => {
  ({ written, entries } = await sampleBundle(dir, good));
});

function hasCommand(command: string): boolean {
  try {
    execFileSync(command, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The good bundle's entries, changed by edit, written with the raw writer. */
let counter = 0;
function variant(edit: (list: RawEntry[]) => RawEntry[]): string {
  const list = [...entries].map(([name, data]) => ({ name, data }));
  const file = path.join(dir, `variant-${++counter}.zip`);
  writeRawZip(file, edit(list));
  return file;
}
const statusOf = (report: VerifyReport, p: string) => report.files.find((f) => f.path === p);

describe('writeBundle', () => {
  it('writes the files, the report, manifest.json and SHA256SUMS, with NFC names', () => {
    expect([...entries.keys()].sort()).toEqual([PHOTO, 'files/002-screenshot.png', 'files/003-empty.txt', 'manifest.json', 'report.pdf', 'SHA256SUMS'].sort());
    expect([...entries.keys()].some((n) => n.includes(KOREAN_NFD) && KOREAN_NFD !== KOREAN_NFC)).toBe(false);
    const item = written.manifest.items[0];
    expect(item?.file?.originalName).toBe(KOREAN_NFC);
    expect(item?.file?.path).toBe(PHOTO);
    expect(item?.description).toContain('😢');
    const empty = written.manifest.items[2]?.file;
    expect(empty).toMatchObject({ bytes: 0, sha256: createHash('sha256').update('').digest('hex') });
    expect(JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '')).toEqual(written.manifest);
    expect(written.manifestSha256).toBe(createHash('sha256').update(entries.get('manifest.json') ?? '').digest('hex'));
    for (const { path: p, sha256 } of parseSha256Sums(entries.get('SHA256SUMS')?.toString('utf8') ?? '')) {
      expect(createHash('sha256').update(entries.get(p) ?? Buffer.alloc(1)).digest('hex')).toBe(sha256);
    }
  });

  it('passes `sha256sum -c` in an extracted copy', async () => {
    const out = path.join(dir, 'extracted');
    fs.mkdirSync(out);
    const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
    if (hasCommand('unzip')) execFileSync('unzip', ['-q', good, '-d', out], { env });
    else await extractTrusted(good, out);
    const result = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: out, env, encoding: 'utf8' });
    expect(result).toContain(`${PHOTO}: OK`);
    expect(result.trim().split('\n')).toHaveLength(5);
    expect(fs.readFileSync(path.join(out, 'SHA256SUMS'), 'utf8')).toBe(written.sha256sums);
  });

  it('refuses a source file that changed since it was added, and leaves nothing behind', async () => {
    const src = path.join(dir, 'changed.txt');
    fs.writeFileSync(src, 'now');
    const out = path.join(dir, 'changed.zip');
    const at = '2026-11-28T03:00:00Z';
    await expect(writeBundle(out, {
      manifest: {
        schema: 'jikim.evidence-bundle', version: 1, createdAt: at, caseReference: 'X', locale: 'en', generator: { name: 't', version: '1' },
        items: [{
          id: 'a', exhibitNumber: 1, kind: 'file', title: 't', addedAt: at,
          file: { path: 'files/a.txt', sha256: 'a'.repeat(64), mediaType: 'text/plain', originalName: 'a.txt' },
          history: [{ at, action: 'added', summary: 's' }],
        }],
      },
      files: [{ path: 'files/a.txt', source: src }],
    })).rejects.toThrow(/changed since it was added/u);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
  });

  it('refuses an unreadable source file and an unsafe path before writing', async () => {
    const { manifest } = written;
    const out = path.join(dir, 'never.zip');
    const files = manifest.items.flatMap((i) => (i.file ? [{ path: i.file.path, source: path.join(dir, 'src', 'empty.txt') }] : []));
    await expect(writeBundle(out, { manifest, files: files.map((f, i) => (i === 0 ? { ...f, source: path.join(dir, 'nope') } : f)) })).rejects.toThrow(/cannot read/u);
    expect(fs.existsSync(out) || fs.existsSync(`${out}.partial`)).toBe(false);
    await expect(writeBundle(out, { manifest, files: [...files, { path: '../evil', source: good }] })).rejects.toThrow(/"\.\." path segment/u);
    await expect(writeBundle(out, { manifest, files: files.slice(1) })).rejects.toThrow(/no source file/u);
  });
});

describe('verifyBundle', () => {
  it('accepts the bundle writeBundle made', async () => {
    const report = await verifyBundle(good);
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['SHA256SUMS', 'ok'],
      [PHOTO, 'ok'],
      ['files/002-screenshot.png', 'ok'],
      ['files/003-empty.txt', 'ok'],
      ['manifest.json', 'ok'],
      ['report.pdf', 'ok'],
    ]);
    expect(report.ok).toBe(true);
    expect(statusOf(report, 'files/003-empty.txt')?.bytes).toBe(0);
  });

  it('accepts the same entries rewritten by another zip writer (stored or deflated)', async () => {
    expect((await verifyBundle(variant((l) => l.map((e) => ({ ...e, method: 0 as const }))))).ok).toBe(true);
    expect((await verifyBundle(variant((l) => l))).ok).toBe(true);
  });

  it('finds a changed byte', async () => {
    const report = await verifyBundle(variant((l) => l.map((e) => {
      if (e.name !== PHOTO) return e;
      const data = Buffer.from(e.data);
      data[1000] = (data[1000] ?? 0) ^ 1;
      return { ...e, data };
    })));
    expect(report.ok).toBe(false);
    expect(statusOf(report, PHOTO)).toMatchObject({ status: 'mismatch', expected: written.manifest.items[0]?.file?.sha256 });
    expect(statusOf(report, PHOTO)?.actual).toMatch(/^[0-9a-f]{64}$/u);
    expect(statusOf(report, 'files/002-screenshot.png')?.status).toBe('ok');
  });

  it('finds a file cut short or grown', async () => {
    const report = await verifyBundle(variant((l) => l.map((e) => (e.name === 'files/002-screenshot.png' ? { ...e, data: e.data.subarray(1) } : e))));
    expect(statusOf(report, 'files/002-screenshot.png')).toMatchObject({ status: 'mismatch', reason: expect.stringMatching(/bytes where the manifest says/u) });
    expect(statusOf(report, 'files/002-screenshot.png')?.actual).toMatch(/^[0-9a-f]{64}$/u);
    const grown = await verifyBundle(variant((l) => l.map((e) => (e.name === 'files/003-empty.txt' ? { ...e, data: Buffer.from('!') } : e))));
    expect(statusOf(grown, 'files/003-empty.txt')).toMatchObject({ status: 'mismatch', bytes: 1 });
  });

  it('finds a missing file, and a missing report', async () => {
    const report = await verifyBundle(variant((l) => l.filter((e) => e.name !== 'files/003-empty.txt' && e.name !== 'report.pdf')));
    expect(report.ok).toBe(false);
    expect(statusOf(report, 'files/003-empty.txt')?.status).toBe('missing');
    expect(statusOf(report, 'report.pdf')?.status).toBe('missing');
  });

  it('finds an extra file, and tolerates directory entries', async () => {
    const report = await verifyBundle(variant((l) => [...l, { name: 'files/extra.jpg', data: Buffer.from('x') }]));
    expect(report.ok).toBe(false);
    expect(statusOf(report, 'files/extra.jpg')?.status).toBe('extra');
    const withDirs = await verifyBundle(variant((l) => [{ name: 'files/', data: Buffer.alloc(0), mode: 0o40755 }, ...l]));
    expect(withDirs.ok).toBe(true);
  });

  it.each([
    ['../evil', '".." path segment'],
    ['files/../../evil', '".." path segment'],
    ['/etc/passwd', 'absolute path'],
    ['C:/Windows/evil', 'absolute path'],
    ['files\\..\\evil', 'backslash in path'],
    ['files//double', 'empty path segment'],
    ['files/new\nline', 'control character in path'],
  ])('refuses an entry named %j (zip slip) without reading it', async (name, reason) => {
    const report = await verifyBundle(variant((l) => [...l, { name, data: Buffer.from('root:x:0:0') }]));
    expect(report.ok).toBe(false);
    const bad = report.files.find((f) => f.status === 'unsafe');
    expect(bad?.reason).toBe(reason);
    expect(bad?.path).not.toMatch(/\n/u);
  });

  it('refuses an NFD name, a non-UTF-8 name and a name given twice', async () => {
    const nfd = await verifyBundle(variant((l) => [...l, { name: `files/${KOREAN_NFD}`, data: Buffer.from('x') }]));
    expect(nfd.files.find((f) => f.status === 'unsafe')?.reason).toBe('path is not NFC-normalised');
    const cp949 = await verifyBundle(variant((l) => [...l, { name: Buffer.from([0x66, 0x2f, 0xc1, 0xf5]), data: Buffer.from('x'), utf8: false }]));
    expect(cp949.files.find((f) => f.status === 'unsafe')?.reason).toBe('non-ASCII name not marked as UTF-8');
    const twice = await verifyBundle(variant((l) => [...l, { name: 'FILES/002-SCREENSHOT.PNG', data: Buffer.from('x') }]));
    expect(twice.ok).toBe(false);
    expect(statusOf(twice, 'files/002-screenshot.png')?.status).toBe('unsafe');
  });

  it('reports a damaged entry (bad CRC-32, bad deflate data) as unreadable', async () => {
    const badCrc = await verifyBundle(variant((l) => l.map((e) => (e.name === PHOTO ? { ...e, crc: 1234 } : e))));
    expect(statusOf(badCrc, PHOTO)).toMatchObject({ status: 'unreadable', reason: 'CRC-32 does not match (damaged zip)' });
    const badDeflate = await verifyBundle(variant((l) => l.map((e) => (e.name === PHOTO ? { ...e, method: 8 as const, rawBody: Buffer.from([0xff, 0xff, 0xff, 0xff]) } : e))));
    expect(statusOf(badDeflate, PHOTO)?.status).toBe('unreadable');
  });

  it('refuses a local header naming another file, and entries sharing their data', async () => {
    const renamed = await verifyBundle(variant((l) => l.map((e) => (e.name === 'files/002-screenshot.png' ? { ...e, localName: '../../evil.png' } : e))));
    expect(statusOf(renamed, 'files/002-screenshot.png')).toMatchObject({ status: 'unsafe', reason: 'local header names another file than the central directory' });
    const overlapping = await verifyBundle(variant((l) => [...l, { name: 'files/again.png', data: l[0]?.data ?? Buffer.alloc(0), aliasOf: 0 }]));
    expect(overlapping.ok).toBe(false);
    expect(overlapping.problems).toEqual(['entries overlap in the zip file (zip bomb?); nothing was hashed']);
  });

  it('refuses a symlink entry in place of an exhibit', async () => {
    const report = await verifyBundle(variant((l) => l.map((e) => (e.name === 'files/002-screenshot.png' ? { ...e, data: Buffer.from('/etc/passwd'), mode: 0o120777 } : e))));
    expect(report.ok).toBe(false);
    expect(statusOf(report, 'files/002-screenshot.png')).toMatchObject({ status: 'unsafe', reason: 'symbolic link' });
  });

  it('refuses a zip bomb by its compression ratio before inflating it', async () => {
    const zeros = Buffer.alloc(50 * MiB);
    const report = await verifyBundle(variant((l) => [...l, { name: 'files/bomb.bin', data: zeros }]));
    expect(report.ok).toBe(false);
    expect(statusOf(report, 'files/bomb.bin')).toMatchObject({ status: 'unsafe', bytes: 50 * MiB });
    expect(statusOf(report, 'files/bomb.bin')?.reason).toMatch(/compression ratio over 200:1/u);
  });

  it('aborts an entry that inflates past its declared size', async () => {
    const real = written.manifest.items[1]?.file?.bytes ?? 0;
    const report = await verifyBundle(variant((l) => l.map((e) => (e.name === 'files/002-screenshot.png' ? { ...e, data: Buffer.alloc(50 * MiB), declaredSize: real } : e))));
    expect(report.ok).toBe(false);
    expect(statusOf(report, 'files/002-screenshot.png')).toMatchObject({ status: 'unsafe' });
    expect(statusOf(report, 'files/002-screenshot.png')?.reason).toMatch(/more than the \d+ bytes its header declares/u);
  });

  it('refuses entries over the size and count limits', async () => {
    const big = await verifyBundle(good, { maxEntryBytes: 1000 });
    expect(statusOf(big, PHOTO)).toMatchObject({ status: 'unsafe' });
    const many = await verifyBundle(good, { maxEntries: 3 });
    expect(many.ok).toBe(false);
    expect(many.files).toEqual([]);
    expect(many.problems[0]).toMatch(/more than the limit of 3/u);
  });

  it('refuses a corrupted manifest', async () => {
    const report = await verifyBundle(variant((l) => l.map((e) => (e.name === 'manifest.json' ? { ...e, data: e.data.subarray(0, 100) } : e))));
    expect(report.ok).toBe(false);
    expect(statusOf(report, 'manifest.json')?.status).toBe('unreadable');
    expect(report.problems.join('\n')).toMatch(/manifest.json is not JSON/u);
    // The files are still checked against SHA256SUMS.
    expect(statusOf(report, PHOTO)?.status).toBe('ok');
  });

  it('refuses a manifest that is valid JSON but not a valid v1 manifest', async () => {
    const report = await verifyBundle(variant((l) => l.map((e) => {
      if (e.name !== 'manifest.json') return e;
      const m = JSON.parse(e.data.toString('utf8')) as { items: { file?: { path: string } }[] };
      if (m.items[0]?.file) m.items[0].file.path = '../evil';
      return { ...e, data: Buffer.from(JSON.stringify(m)) };
    })));
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/items\.0\.file\.path: "\.\." path segment/u);
  });

  it('refuses a bundle whose SHA256SUMS disagrees with the manifest', async () => {
    const report = await verifyBundle(variant((l) => l.map((e) => {
      if (e.name !== 'SHA256SUMS') return e;
      const text = e.data.toString('utf8').replace(/^[0-9a-f]{64}(?= {2}files\/002)/mu, 'f'.repeat(64));
      return { ...e, data: Buffer.from(text) };
    })));
    expect(report.ok).toBe(false);
    expect(report.problems).toContain('SHA256SUMS and the manifest disagree on the SHA-256 of files/002-screenshot.png');
    expect(statusOf(report, 'files/002-screenshot.png')?.status).toBe('ok');
  });

  it('refuses a bundle without SHA256SUMS, and a file that is not a zip', async () => {
    const report = await verifyBundle(variant((l) => l.filter((e) => e.name !== 'SHA256SUMS')));
    expect(report.ok).toBe(false);
    expect(statusOf(report, 'SHA256SUMS')?.status).toBe('missing');
    const notZip = path.join(dir, 'not.zip');
    fs.writeFileSync(notZip, 'hello');
    const bad = await verifyBundle(notZip);
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]).toMatch(/not a readable zip/u);
  });
});
