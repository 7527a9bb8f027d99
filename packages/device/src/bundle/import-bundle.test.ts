import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EvidenceManifest } from '@jikim/evidence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBundle } from '../../../evidence/src/node.js';
import { KOREAN_NFC, sampleBundle, writeRawZip } from '../../../evidence/test/fixtures.js';
import { buildManifest, currentEvidence, type EvidenceItem } from '@jikim/case';
import { LockerFullError, type StoredFile } from '../locker/locker-store.js';
import { importBundle, ImportError, type ImportTarget } from './import-bundle.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-import-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const NOW = new Date('2026-12-01T00:00:00Z');
let stored: Blob;
let deflated: Blob;
let tampered: Blob;
let sample: EvidenceManifest;

beforeAll(async () => {
  const good = path.join(dir, 'bundle.zip');
  const { entries, written } = await sampleBundle(dir, good);
  sample = written.manifest;
  stored = new Blob([fs.readFileSync(good)]);
  const list = [...entries].map(([name, data]) => ({ name, data }));
  writeRawZip(path.join(dir, 'deflated.zip'), list);
  deflated = new Blob([fs.readFileSync(path.join(dir, 'deflated.zip'))]);
  writeRawZip(path.join(dir, 'tampered.zip'), list.map((e) => (e.name === 'files/002-screenshot.png' ? { ...e, data: Buffer.from('changed') } : e)));
  tampered = new Blob([fs.readFileSync(path.join(dir, 'tampered.zip'))]);
});

/** An in-memory locker: files are hashed as LockerStore hashes them. */
class MemoryLocker implements ImportTarget {
  readonly files = new Map<string, Uint8Array>();
  readonly saved = new Map<string, EvidenceItem>();
  constructor(private readonly storeFileAs: (id: string, bytes: Uint8Array) => StoredFile | Promise<StoredFile> = (_, bytes) => ({
    sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, chunks: Math.max(1, Math.ceil(bytes.length / 1048576)),
  })) {}
  items = () => Promise.resolve([...this.saved.values()]);
  saveItem = (item: EvidenceItem) => Promise.resolve(void this.saved.set(item.id, item));
  storeFile = async (id: string, file: Blob) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await this.storeFileAs(id, bytes);
    this.files.set(id, bytes);
    return result;
  };
}

describe('importBundle', () => {
  it.each([['stored', () => stored], ['deflated', () => deflated]])('brings in every item of a %s bundle, file bytes and history', async (_, bundle) => {
    const locker = new MemoryLocker();
    const progress: number[] = [];
    const result = await importBundle(bundle(), locker, NOW, (done) => progress.push(done));
    expect(result.ok).toBe(true);
    expect(result.ok && result.imported).toBe(5);
    expect(progress).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...locker.saved.keys()].sort()).toEqual(['item-1', 'item-2', 'item-3', 'item-4', 'item-5']);
    expect(locker.files.get('item-3')?.length).toBe(0);
    const photo = locker.saved.get('item-1');
    expect(photo?.file).toMatchObject({ name: KOREAN_NFC, bytes: 70_006, mediaType: 'image/jpeg', extensionMismatch: false, chunks: 1 });
    expect(createHash('sha256').update(locker.files.get('item-1') ?? new Uint8Array()).digest('hex')).toBe(photo?.file?.sha256);
    const web = locker.saved.get('item-2');
    expect(web?.imported).toMatchObject({ at: NOW.toISOString(), caseReference: 'JK-2026-0042', exhibitNumber: 2, locale: 'ko' });
    expect(web?.imported?.history.map((h) => h.action)).toEqual(['added', 'described']);
    expect(web && currentEvidence(web)).toMatchObject({ addedAt: '2026-11-28T03:00:00.000Z', web: { url: 'https://example.com/post/123', seenAt: '2026-11-03T00:00:00+09:00' } });
    expect(locker.saved.get('item-5')?.kind).toBe('clue');
    // A date alone (another writer's bundle) becomes the start of that day in Korea.
    expect(photo && currentEvidence(photo).occurredAt).toBe('2026-11-01T00:00:00+09:00');
  });

  it('round-trips: the imported items export again with the same files and history', async () => {
    const locker = new MemoryLocker();
    await importBundle(stored, locker, NOW);
    const again = buildManifest({ items: [...locker.saved.values()], caseReference: 'NEW', locale: 'en', createdAt: NOW, generator: { name: 'Jikim', version: 't' } });
    for (const item of sample.items) {
      const exported = again.items.find((i) => i.id === item.id);
      expect(exported?.history).toEqual(item.history);
      expect(exported?.file && { sha256: exported.file.sha256, bytes: exported.file.bytes, originalName: exported.file.originalName })
        .toEqual(item.file && { sha256: item.file.sha256, bytes: item.file.bytes, originalName: item.file.originalName });
    }
  });

  it('keeps a recording\'s duration from the bundle, and reads bundles without one', async () => {
    const audio = path.join(dir, 'call.m4a');
    fs.writeFileSync(audio, Buffer.from('not really audio, but bytes are bytes'));
    const zip = path.join(dir, 'duration.zip');
    const at = '2026-11-28T03:00:00.000Z';
    await writeBundle(zip, {
      manifest: {
        schema: 'jikim.evidence-bundle', version: 1, createdAt: at, caseReference: 'JK-DUR', locale: 'en', generator: { name: 'jikim-test', version: '0' },
        items: [{
          id: 'call', exhibitNumber: 1, kind: 'file', title: 'Call', addedAt: at, history: [{ at, action: 'added', summary: 'Added: file' }],
          file: { path: 'files/001-call.m4a', mediaType: 'audio/mp4', originalName: 'call.m4a', durationSeconds: 65.5 },
        }],
      },
      files: [{ path: 'files/001-call.m4a', source: audio }],
    });
    const locker = new MemoryLocker();
    expect(await importBundle(new Blob([fs.readFileSync(zip)]), locker, NOW)).toMatchObject({ ok: true, imported: 1 });
    expect(locker.saved.get('call')?.file?.durationSeconds).toBe(65.5);
    await importBundle(stored, locker, NOW);
    expect(Object.keys(locker.saved.get('item-1')?.file ?? {})).not.toContain('durationSeconds');
  });

  it('counts what it imported without a progress callback too', async () => {
    expect(await importBundle(stored, new MemoryLocker(), NOW)).toMatchObject({ ok: true, imported: 5 });
  });

  it('refuses a bundle that does not verify, with its report, and stores nothing', async () => {
    const locker = new MemoryLocker();
    const result = await importBundle(tampered, locker, NOW);
    expect(result.ok).toBe(false);
    expect(result.report.files.find((f) => f.path === 'files/002-screenshot.png')?.status).toBe('mismatch');
    expect(locker.files.size + locker.saved.size).toBe(0);
  });

  it('refuses items already in the locker before storing anything', async () => {
    const locker = new MemoryLocker();
    await importBundle(stored, locker, NOW);
    const again = new MemoryLocker();
    again.saved.set('item-4', locker.saved.get('item-4') as EvidenceItem);
    await expect(importBundle(stored, again, NOW)).rejects.toMatchObject({ reason: 'already-in-locker', itemId: 'item-4' });
    expect(again.files.size).toBe(0);
  });

  it('saves no item whose stored bytes hash differently, and stops', async () => {
    const locker = new MemoryLocker((id, bytes) => ({ sha256: id === 'item-2' ? '0'.repeat(64) : createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, chunks: 1 }));
    await expect(importBundle(stored, locker, NOW)).rejects.toThrow(ImportError);
    expect([...locker.saved.keys()]).toEqual(['item-1']);
  });

  it('passes a full disk on as LockerFullError, with nothing of that item saved', async () => {
    const locker = new MemoryLocker((id, bytes) => {
      if (id === 'item-3') throw new LockerFullError();
      return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, chunks: 1 };
    });
    await expect(importBundle(stored, locker, NOW)).rejects.toThrow(LockerFullError);
    expect([...locker.saved.keys()]).toEqual(['item-1', 'item-2']);
  });
});
