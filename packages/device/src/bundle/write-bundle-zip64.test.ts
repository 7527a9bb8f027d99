/**
 * A bundle past 4 GiB (ZIP64), written and verified with a fixed amount of memory. Slow and disk
 * hungry (about 9 GB written and read), so it runs under CI=true or with JIKIM_LARGE_TESTS=1.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyBundle } from '@jikim/evidence/node';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest, newEvidenceItem, VICTIM } from '@jikim/case';
import { verifyBundleBlob } from './verify-bundle-blob.js';
import { writeBundleStream } from '@jikim/evidence/write-bundle';

const MiB = 1024 * 1024;
const SIZE = 4 * 1024 * MiB + 3 * MiB + 5;
const large = process.env.JIKIM_LARGE_TESTS === '1' || process.env.CI === 'true';
if (!large) console.warn('\n!!! the 4 GiB ZIP64 bundle test is SKIPPED (set JIKIM_LARGE_TESTS=1 to run it; CI=true always does) !!!\n');

const BASE = Uint8Array.from({ length: MiB + 251 }, (_, i) => i % 251);

/** SIZE bytes of a repeating pattern, made a chunk at a time. */
function pattern(): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= SIZE) return controller.close();
      const chunk = BASE.slice(sent % 251, (sent % 251) + Math.min(MiB, SIZE - sent));
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
}

/**
 * A Blob over a file on disk. Node's Blob stops at 4 GiB (and fs.openAsBlob misreports larger
 * sizes), where the browser's File does not; this stands in for such a File.
 */
class FileBlob {
  constructor(private readonly file: fs.promises.FileHandle, private readonly start: number, private readonly end: number) {}
  get size() {
    return this.end - this.start;
  }
  slice(from = 0, to = this.size): FileBlob {
    const clamp = (n: number) => Math.max(0, Math.min(this.size, n < 0 ? this.size + n : n));
    return new FileBlob(this.file, this.start + clamp(from), this.start + Math.max(clamp(from), clamp(to)));
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const out = new Uint8Array(this.size);
    await this.file.read(out, 0, out.length, this.start);
    return out.buffer;
  }
  stream(): ReadableStream<Uint8Array> {
    let at = this.start;
    return new ReadableStream({
      pull: async (controller) => {
        if (at >= this.end) return controller.close();
        const chunk = new Uint8Array(Math.min(MiB, this.end - at));
        await this.file.read(chunk, 0, chunk.length, at);
        at += chunk.length;
        controller.enqueue(chunk);
      },
    });
  }
}

describe.skipIf(!large)('a bundle past 4 GiB', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-zip64-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is written with ZIP64, streaming, and verifies in Node, in the browser verifier and with unzip', async () => {
    const hash = createHash('sha256');
    for await (const chunk of pattern() as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
    const facts = { sha256: hash.digest('hex'), bytes: SIZE, mediaType: 'video/mp4', extensionMismatch: false, modifiedAt: null, chunks: Math.ceil(SIZE / MiB) };
    const empty = { ...facts, sha256: createHash('sha256').digest('hex'), bytes: 0, mediaType: 'application/x-empty', chunks: 1 };
    const items = [
      newEvidenceItem('big', 'file', null, { title: 'video' }, new Date('2026-11-01T00:00:00Z'), VICTIM, { name: '영상.mp4', ...facts }),
      newEvidenceItem('after', 'file', null, { title: 'past 4 GiB' }, new Date('2026-11-02T00:00:00Z'), VICTIM, { name: 'after.txt', ...empty }),
    ];
    const manifest = buildManifest({ items, caseReference: 'ZIP64', locale: 'en', createdAt: new Date('2026-11-28T00:00:00Z'), generator: { name: 'Jikim', version: 't' } });
    const zipPath = path.join(dir, 'big.zip');
    let peakRss = 0;
    const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
    const stream = writeBundleStream({ manifest, report: new Uint8Array([37, 80, 68, 70]), openFile: (id) => (id === 'big' ? pattern() : new ReadableStream({ start: (c) => c.close() })) });
    // A sink that waits for each write, as the browser's file writer and Blob assembly do.
    const file = await fs.promises.open(zipPath, 'w');
    await stream.pipeTo(new WritableStream({ write: async (chunk) => void (await file.write(chunk)), close: () => file.close() }));
    clearInterval(timer);
    expect(fs.statSync(zipPath).size).toBeGreaterThan(SIZE);
    console.log(`peak RSS while writing ${Math.round(SIZE / MiB)} MiB: ${Math.round(peakRss / MiB)} MiB`);
    expect(peakRss).toBeLessThan(512 * MiB);

    const node = await verifyBundle(zipPath);
    expect(node.problems).toEqual([]);
    expect(node.ok).toBe(true);
    const handle = await fs.promises.open(zipPath, 'r');
    try {
      const blob = new FileBlob(handle, 0, (await handle.stat()).size);
      expect(await verifyBundleBlob(blob as unknown as Blob)).toEqual(node);
    } finally {
      await handle.close();
    }
    expect(execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' })).toMatch(/No errors detected/u);
  }, 30 * 60_000);
});
