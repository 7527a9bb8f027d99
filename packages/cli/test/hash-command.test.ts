import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { jikim } from './run-jikim.js';

const vectors = new URL('../../../../shared/pdq-vectors/', import.meta.url);
const hasVectors = fs.existsSync(vectors);
if (!hasVectors) {
  if (process.env.CI === 'true') throw new Error('../shared/pdq-vectors is required under CI=true');
  console.warn('\n!!! ../shared/pdq-vectors not found: jikim hash conformance is SKIPPED !!!\n');
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-hash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A tiny file whose header claims 60000×60000 pixels. */
function decompressionBomb(file: string): void {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(60000, 0);
  ihdr.writeUInt32BE(60000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const idat = zlib.deflateSync(Buffer.alloc(60001 * 10));
  fs.writeFileSync(file, Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr), pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0)),
  ]));
}

describe.skipIf(!hasVectors)('jikim hash against the reference pdq-photo-hasher', () => {
  const rows = hasVectors
    ? fs.readFileSync(new URL('expected/reference.csv', vectors), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','))
    : [];

  it('prints hash,quality,file exactly as the reference for every reference pixels file', async () => {
    const files = rows.map(([pixels]) => new URL(pixels ?? '', vectors).pathname);
    const { code, out, err } = await jikim('hash', ...files);
    expect(err).toBe('');
    expect(code).toBe(0);
    const expected = rows.map(([, , hash, quality], i) => `${hash},${quality},${files[i]}`);
    expect(out.trimEnd().split('\n')).toEqual(expected);
  });

  it('prints the 8 dihedral hashes on one line like --pdqdih-across', async () => {
    const lines = fs.readFileSync(new URL('expected/pixels-dihedral.csv', vectors), 'utf8').trim().split('\n').slice(0, 5);
    for (const line of lines) {
      const fields = line.split(',');
      const file = new URL(fields[9] ?? '', vectors).pathname;
      const { code, out } = await jikim('hash', '--dihedral', file);
      expect(code).toBe(0);
      expect(out).toBe(`${fields.slice(0, 9).join(',')},${file}\n`);
    }
  });

  it('keeps going past unreadable files, reports them on stderr and exits 1', async () => {
    const good = new URL(rows[0]?.[0] ?? '', vectors).pathname;
    const text = path.join(dir, 'not-an-image.png');
    fs.writeFileSync(text, 'hello, this is text');
    const bomb = path.join(dir, 'bomb.png');
    decompressionBomb(bomb);
    const missing = path.join(dir, 'missing.jpg');
    const { code, out, err } = await jikim('hash', text, good, bomb, missing, '--json');
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out)).toEqual({ file: good, hash: rows[0]?.[2], quality: Number(rows[0]?.[3]) });
    expect(err).toContain(`could not decode "${text}"`);
    expect(err).toContain(`could not decode "${bomb}": The image has 60000×60000 pixels`);
    expect(err).toContain(`could not decode "${missing}"`);
  });

  it('reads the format from the bytes, not the extension', async () => {
    const lying = path.join(dir, '사진.txt');
    fs.copyFileSync(new URL(rows[0]?.[0] ?? '', vectors), lying);
    const { code, out } = await jikim('hash', lying);
    expect(code).toBe(0);
    expect(out).toBe(`${rows[0]?.[2]},${rows[0]?.[3]},${lying}\n`);
  });
});

describe.skipIf(!hasVectors)('jikim hash --video', () => {
  it('prints every frame exactly as the vPDQ reference sample hashes', async () => {
    const video = new URL('video/sample-videos/doorknob-hd-no-bar.mp4', vectors).pathname;
    const expected = fs.readFileSync(new URL('video/vpdq-sample-hashes/doorknob-hd-no-bar.txt', vectors), 'utf8');
    const { code, out, err } = await jikim('hash', '--video', '--fps', 'all', video);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(`# ${video}\n${expected.trimEnd()}\n`);
  }, 60_000);

  it('samples one frame a second by default and reports files that are not videos', async () => {
    const video = new URL('video/sample-videos/doorknob-hd-no-bar.mp4', vectors).pathname;
    const notVideo = path.join(dir, 'clip.mp4');
    fs.writeFileSync(notVideo, 'not a video at all');
    const { code, out, err } = await jikim('hash', '--video', '--json', notVideo, video);
    expect(code).toBe(1);
    expect(err).toContain(`could not hash the video "${notVideo}"`);
    const { frames } = JSON.parse(out) as { frames: { frameNumber: number; timestampSeconds: number }[] };
    expect(frames.map((f) => f.timestampSeconds)).toEqual(frames.map((_, i) => i));
  }, 60_000);
});

describe('jikim hash usage', () => {
  it('asks for a file and rejects unknown options with exit code 2', async () => {
    expect((await jikim('hash')).code).toBe(2);
    const bad = await jikim('hash', '--frobnicate', 'x.jpg');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Usage: jikim hash');
  });
});
