/**
 * Parity: the browser verifier (zip.js over a Blob) must judge every bundle exactly as the Node
 * verifier (yauzl over a file) does — the sample bundle and each hostile bundle the evidence
 * package's tests build, made here with the same fixtures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { type BundleLimits, type VerifyReport, verifyBundle } from '@jikim/evidence/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KOREAN_NFC, KOREAN_NFD, sampleBundle, writeRawZip, type RawEntry } from '../../../evidence/test/fixtures.js';
import { verifyBundleBlob } from './verify-bundle-blob.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-verify-parity-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const good = path.join(dir, 'bundle.zip');
const PHOTO = `files/001-${KOREAN_NFC}`;
const SHOT = 'files/002-screenshot.png';
const MiB = 1024 * 1024;
let entries: Map<string, Buffer>;
let realShotBytes = 0;

beforeAll(async () => {
  const sample = await sampleBundle(dir, good);
  entries = sample.entries;
  realShotBytes = sample.written.manifest.items[1]?.file?.bytes ?? 0;
});

type Edit = (list: RawEntry[]) => RawEntry[];
const onEntry = (name: string, change: (e: RawEntry) => RawEntry): Edit => (list) => list.map((e) => (e.name === name ? change(e) : e));

const HOSTILE: [string, Edit][] = [
  ['rewritten stored', (l) => l.map((e) => ({ ...e, method: 0 as const }))],
  ['rewritten deflated', (l) => l],
  ['a changed byte', onEntry(PHOTO, (e) => ({ ...e, data: Buffer.from(e.data.map((b, i) => (i === 1000 ? b ^ 1 : b))) }))],
  ['a file cut short', onEntry(SHOT, (e) => ({ ...e, data: e.data.subarray(1) }))],
  ['an empty file grown', onEntry('files/003-empty.txt', (e) => ({ ...e, data: Buffer.from('!') }))],
  ['a missing file and report', (l) => l.filter((e) => e.name !== 'files/003-empty.txt' && e.name !== 'report.pdf')],
  ['an extra file', (l) => [...l, { name: 'files/extra.jpg', data: Buffer.from('x') }]],
  ['an extra report-like file', (l) => [...l, { name: 'report2.pdf', data: Buffer.from('%PDF') }]],
  ['a directory entry', (l) => [{ name: 'files/', data: Buffer.alloc(0), mode: 0o40755 }, ...l]],
  ...['../evil', 'files/../../evil', '/etc/passwd', 'C:/Windows/evil', 'files\\..\\evil', 'files//double', 'files/new\nline', 'files/CON.txt', 'files/a:b.jpg', 'files/trailing.']
    .map((name): [string, Edit] => [`an entry named ${JSON.stringify(name)}`, (l) => [...l, { name, data: Buffer.from('root:x:0:0') }]]),
  ['an NFD name', (l) => [...l, { name: `files/${KOREAN_NFD}`, data: Buffer.from('x') }]],
  ['a non-UTF-8 name', (l) => [...l, { name: Buffer.from([0x66, 0x2f, 0xc1, 0xf5]), data: Buffer.from('x'), utf8: false }]],
  ['invalid UTF-8 flagged as UTF-8', (l) => [...l, { name: Buffer.from([0x66, 0x2f, 0xc1, 0xf5]), data: Buffer.from('x') }]],
  ['a name given twice ignoring case', (l) => [...l, { name: 'FILES/002-SCREENSHOT.PNG', data: Buffer.from('x') }]],
  ['a name given twice exactly', (l) => [...l, { name: SHOT, data: Buffer.from('x') }]],
  ['a bad CRC-32', onEntry(PHOTO, (e) => ({ ...e, crc: 1234 }))],
  ['a byte changed inside the zip (CRC-32 left as it was)', onEntry(PHOTO, (e) => ({ ...e, crc: zlib.crc32(e.data), data: Buffer.from(e.data.map((b, i) => (i === 5 ? b ^ 1 : b))) }))],
  ['bad deflate data', onEntry(PHOTO, (e) => ({ ...e, method: 8 as const, rawBody: Buffer.from([0xff, 0xff, 0xff, 0xff]) }))],
  ['an unsupported compression method', onEntry(SHOT, (e) => ({ ...e, method: 12 as unknown as 0 }))],
  ['a local header naming another file', onEntry(SHOT, (e) => ({ ...e, localName: '../../evil.png' }))],
  ['entries sharing their data', (l) => [...l, { name: 'files/again.png', data: l[0]?.data ?? Buffer.alloc(0), aliasOf: 0 }]],
  ['a symlink in place of an exhibit', onEntry(SHOT, (e) => ({ ...e, data: Buffer.from('/etc/passwd'), mode: 0o120777 }))],
  ['a zip bomb by ratio', (l) => [...l, { name: 'files/bomb.bin', data: Buffer.alloc(50 * MiB) }]],
  ['an entry inflating past its declared size', onEntry(SHOT, (e) => ({ ...e, data: Buffer.alloc(50 * MiB), declaredSize: realShotBytes }))],
  ['an entry declaring more than it holds', onEntry(SHOT, (e) => ({ ...e, declaredSize: realShotBytes + 10 }))],
  ['a truncated manifest', onEntry('manifest.json', (e) => ({ ...e, data: e.data.subarray(0, 100) }))],
  ['a manifest with an unsafe path', onEntry('manifest.json', (e) => {
    const m = JSON.parse(e.data.toString('utf8')) as { items: { file?: { path: string } }[] };
    if (m.items[0]?.file) m.items[0].file.path = '../evil';
    return { ...e, data: Buffer.from(JSON.stringify(m)) };
  })],
  ['SHA256SUMS disagreeing with the manifest', onEntry('SHA256SUMS', (e) => ({ ...e, data: Buffer.from(e.data.toString('utf8').replace(/^[0-9a-f]{64}(?= {2}files\/002)/mu, 'f'.repeat(64))) }))],
  ['SHA256SUMS not listing manifest.json', onEntry('SHA256SUMS', (e) => ({ ...e, data: Buffer.from(e.data.toString('utf8').replace(/^.* {2}manifest\.json\n/mu, '')) }))],
  ['a SHA256SUMS that is not one', onEntry('SHA256SUMS', (e) => ({ ...e, data: Buffer.from('not sums') }))],
  ['no SHA256SUMS', (l) => l.filter((e) => e.name !== 'SHA256SUMS')],
  ['no manifest.json', (l) => l.filter((e) => e.name !== 'manifest.json')],
  // Issue 10: bounds on what manifest.json and SHA256SUMS can make the verifier do.
  ['a SHA256SUMS with more lines than a bundle may hold entries', onEntry('SHA256SUMS', (e) => ({ ...e, data: Buffer.concat([Buffer.from(Array.from({ length: 10_000 }, (_, i) => `${'c'.repeat(64)}  files/x${i}\n`).join('')), e.data]) }))],
  ['a manifest nested deeper than 64 levels', onEntry('manifest.json', (e) => ({ ...e, data: Buffer.from(`{"deep":${'['.repeat(65)}${']'.repeat(65)},${e.data.toString('utf8').slice(1)}`) }))],
  ['a manifest listing 30 files that are not there', onEntry('manifest.json', (e) => {
    const m = JSON.parse(e.data.toString('utf8')) as { items: { id: string; exhibitNumber: number; file?: { path: string } }[] };
    const [first] = m.items;
    for (let i = 0; i < 30 && first; i++) m.items.push({ ...first, id: `gone-${i}`, exhibitNumber: 100 + i, ...(first.file ? { file: { ...first.file, path: `files/gone-${i}` } } : {}) });
    return { ...e, data: Buffer.from(JSON.stringify(m)) };
  })],
];

let counter = 0;
function variant(edit: Edit): string {
  const file = path.join(dir, `variant-${++counter}.zip`);
  writeRawZip(file, edit([...entries].map(([name, data]) => ({ name, data }))));
  return file;
}

/** What must agree: every file's path, status, digests and size, and why (library error texts aside). */
function essence(report: VerifyReport) {
  return {
    ok: report.ok,
    files: report.files.map((f) => ({ ...f, reason: f.status === 'unreadable' ? 'unreadable' : f.reason })),
    problems: report.problems.map((p) => p.replace(/^(not a readable zip file|the zip's central directory is damaged): .*/su, '$1')),
  };
}

async function both(file: string, limits: Partial<BundleLimits> = {}) {
  const node = await verifyBundle(file, limits);
  const browser = await verifyBundleBlob(new Blob([fs.readFileSync(file)]), limits);
  return { node, browser };
}

describe('verifyBundleBlob agrees with verifyBundle', () => {
  it('on the sample bundle: all ok', async () => {
    const { node, browser } = await both(good);
    expect(node.ok).toBe(true);
    expect(browser).toEqual(node);
    expect(browser.files.map((f) => f.path)).toContain(PHOTO);
  });

  it.each(HOSTILE)('on a bundle with %s', async (_, edit) => {
    const { node, browser } = await both(variant(edit));
    expect(essence(browser)).toEqual(essence(node));
  });

  it('calls a byte changed inside the zip a mismatch, and a bad CRC-32 alone damage', async () => {
    const changed = HOSTILE.find(([name]) => name.startsWith('a byte changed inside'))?.[1] ?? ((l: RawEntry[]) => l);
    const crcOnly = HOSTILE.find(([name]) => name === 'a bad CRC-32')?.[1] ?? ((l: RawEntry[]) => l);
    for (const report of Object.values(await both(variant(changed)))) {
      expect(report.files.find((f) => f.path === PHOTO)).toMatchObject({ status: 'mismatch', reason: 'SHA-256 differs; its CRC-32 fails too (changed inside the zip)' });
    }
    for (const report of Object.values(await both(variant(crcOnly)))) {
      expect(report.files.find((f) => f.path === PHOTO)).toMatchObject({ status: 'unreadable', reason: 'CRC-32 does not match (damaged zip)' });
    }
  });

  it('refuses what the Node tests refuse, so the parity above is about failures too', async () => {
    const accepted = ['rewritten stored', 'rewritten deflated', 'a directory entry'];
    for (const [name, edit] of HOSTILE) {
      const { ok } = await verifyBundleBlob(new Blob([fs.readFileSync(variant(edit))]));
      expect([name, ok]).toEqual([name, accepted.includes(name)]);
    }
  });

  it.each([
    ['an entry over the size limit', { maxEntryBytes: 1000 }],
    ['more entries than the limit', { maxEntries: 3 }],
    ['more bytes in all than the limit', { maxTotalBytes: 1000 }],
    ['a manifest over its size limit', { maxManifestBytes: 100 }],
    ['a SHA256SUMS over its size limit', { maxSumsBytes: 100 }],
  ])('on the sample bundle with %s', async (_, limits) => {
    const { node, browser } = await both(good, limits);
    expect(node.ok).toBe(false);
    expect(essence(browser)).toEqual(essence(node));
  });

  it('on files that are not zips', async () => {
    const notZip = path.join(dir, 'not.zip');
    fs.writeFileSync(notZip, 'hello');
    const cut = path.join(dir, 'cut.zip');
    fs.writeFileSync(cut, fs.readFileSync(good).subarray(0, -10));
    for (const file of [notZip, cut]) {
      const { node, browser } = await both(file);
      expect(browser.ok).toBe(false);
      expect(essence(browser)).toEqual(essence(node));
    }
  });

  it('refuses data before or after the zip, which tools read differently', async () => {
    const zip = fs.readFileSync(good);
    for (const bytes of [Buffer.concat([Buffer.from('MZ prepended stub'), zip]), Buffer.concat([zip, Buffer.from('appended')])]) {
      const file = path.join(dir, `wrapped-${++counter}.zip`);
      fs.writeFileSync(file, bytes);
      const { node, browser } = await both(file);
      expect([node.ok, browser.ok]).toEqual([false, false]);
    }
  });
});
