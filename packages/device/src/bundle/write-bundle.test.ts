import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseManifest } from '@jikim/evidence';
import { verifyBundle } from '@jikim/evidence/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildManifest, newEvidenceItem, type BundleManifest, type EvidenceItem, VICTIM } from '@jikim/case';
import { verifyBundleBlob } from './verify-bundle-blob.js';
import { ExhibitChangedError, writeBundleStream } from '@jikim/evidence/write-bundle';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-bundle-stream-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const KOREAN_NFD = '증거 영상 (원본).mp4'.normalize('NFD');
const REPORT = new TextEncoder().encode('%PDF-1.7\n% stand-in report\n%%EOF\n');

/** The bytes as a stream of small chunks, as the locker hands them out. */
function streamOf(data: Uint8Array, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= data.length) return controller.close();
      controller.enqueue(data.slice(at, at + chunk));
      at += chunk;
    },
  });
}

const contents = new Map<string, Uint8Array>([
  ['video', new Uint8Array(randomBytes(3 * 1024 * 1024 + 17))],
  ['empty', new Uint8Array(0)],
  ['photo', new Uint8Array(randomBytes(70_000))],
]);
const names: Record<string, string> = { video: KOREAN_NFD, empty: 'empty.txt', photo: '😢 사진.JPG' };

function lockerItems(): EvidenceItem[] {
  const items = [...contents].map(([id, data], i) => newEvidenceItem(id, 'file', 'dissemination', { title: `증거 ${i + 1}` }, new Date(`2026-11-0${i + 1}T00:00:00Z`), VICTIM, {
    name: names[id] ?? id, sha256: sha256(data), bytes: data.length, mediaType: data.length ? 'video/mp4' : 'application/x-empty',
    extensionMismatch: false, modifiedAt: null, chunks: Math.max(1, Math.ceil(data.length / 1048576)),
  }));
  items.push(newEvidenceItem('threat', 'message', 'threat', { title: '협박 문자', message: { senderNumber: '010-1234-5678', text: '퍼뜨린다' } }, new Date('2026-11-04T00:00:00Z'), VICTIM));
  return items;
}

const manifest: BundleManifest = buildManifest({ items: lockerItems(), caseReference: 'JK-261128-ACDE', locale: 'ko', createdAt: new Date('2026-11-28T03:00:00Z'), generator: { name: 'Jikim', version: '0.1.0' } });
const openFile = (data: ReadonlyMap<string, Uint8Array>) => (id: string) => streamOf(data.get(id) ?? new Uint8Array(1));
const zipPath = path.join(dir, 'bundle.zip');
let zipBytes: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  zipBytes = new Uint8Array(await new Response(writeBundleStream({ manifest, report: REPORT, openFile: openFile(contents) })).arrayBuffer());
  fs.writeFileSync(zipPath, zipBytes);
});

describe('writeBundleStream', () => {
  it('writes manifest.json, SHA256SUMS, report.pdf, then the files, with the report in the manifest', () => {
    const names = execFileSync('unzip', ['-Z1', zipPath], { encoding: 'utf8' }).trim().split('\n');
    expect(names).toEqual(['manifest.json', 'SHA256SUMS', 'report.pdf', `files/001-${KOREAN_NFD.normalize('NFC')}`, 'files/002-empty.txt', 'files/003-😢 사진.JPG']);
    const json = execFileSync('unzip', ['-p', zipPath, 'manifest.json'], { encoding: 'utf8' });
    const parsed = parseManifest(json);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.manifest.report).toEqual({ path: 'report.pdf', sha256: sha256(REPORT), bytes: REPORT.length });
  });

  it('is accepted by the Node verifier and the browser verifier, file by file', async () => {
    const node = await verifyBundle(zipPath);
    expect(node.problems).toEqual([]);
    expect(node.ok).toBe(true);
    expect(node.files.map((f) => f.status)).toEqual(Array(6).fill('ok'));
    expect(await verifyBundleBlob(new Blob([zipBytes]))).toEqual(node);
  });

  it('passes `unzip -t`, and `sha256sum -c SHA256SUMS` in the extracted tree', () => {
    expect(execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' })).toMatch(/No errors detected/u);
    const out = path.join(dir, 'extracted');
    const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
    execFileSync('unzip', ['-q', zipPath, '-d', out], { env });
    const result = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: out, env, encoding: 'utf8' });
    expect(result.trim().split('\n')).toHaveLength(5); // every entry but SHA256SUMS itself
    expect(result.trim().split('\n').every((line) => line.endsWith(': OK'))).toBe(true);
    expect(fs.statSync(path.join(out, 'files/002-empty.txt')).size).toBe(0);
  });

  it.each([
    ['a changed byte', (d: Uint8Array) => d.map((b, i) => (i === 1000 ? b ^ 1 : b))],
    ['a byte missing', (d: Uint8Array) => d.subarray(1)],
    ['a byte more', (d: Uint8Array) => new Uint8Array([...d, 0])],
  ])('errors the stream when a file has %s since it was added', async (_, change) => {
    const changed = new Map(contents);
    changed.set('photo', change(contents.get('photo') ?? new Uint8Array()));
    const stream = writeBundleStream({ manifest, report: REPORT, openFile: openFile(changed) });
    await expect(new Response(stream).arrayBuffer()).rejects.toThrow();
    const again = writeBundleStream({ manifest, report: REPORT, openFile: openFile(changed) });
    const reader = again.getReader();
    const failure = await (async () => {
      for (;;) {
        const { done } = await reader.read();
        if (done) return undefined;
      }
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExhibitChangedError);
    expect(failure).toMatchObject({ exhibitNumber: 3 });
  });

  it('refuses a manifest the schema refuses before writing a byte', () => {
    const bad = { ...manifest, items: manifest.items.map((i) => (i.file ? { ...i, file: { ...i.file, path: '../evil' } } : i)) };
    const attempt = () => writeBundleStream({ manifest: bad, report: REPORT, openFile: openFile(contents) });
    expect(attempt).toThrow('The manifest is not valid: items.0.file.path (custom)');
    // Where and what only: a file name never reaches an error message (or a log).
    expect(attempt).not.toThrow(/evil/u);
  });
});
