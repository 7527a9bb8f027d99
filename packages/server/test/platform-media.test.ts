/**
 * Media on the platform API (issue 14), on both databases: HMA's `POST /h/hash`, `POST /m/lookup`
 * and `POST /c/bank/NAME/content` with real files made at test time (a photo with sharp, a short
 * video with ffmpeg). A photo's hash equals @jikim/media's; a re-encoded, resized, mirrored copy is
 * found; a re-encoded video is found by vPDQ; bad files are 4xx `{message}`; no upload is left in
 * the temporary directory, and no file's bytes are stored.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { hashImageFile, hashVideoFile } from '@jikim/media';
import { formatPdqHex, formatVpdqText } from '@jikim/pdq';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatformApp, HMA, type PlatformApp } from './platform-app.js';
import { TEST_DATABASES } from './support/databases.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-media-test-'));
const uploads = path.join(work, 'tmp');
const file = (name: string) => path.join(work, name);

/** A photo with structure (PDQ quality well above 50): smooth gradients and a few shapes. */
async function makePhoto(target: string): Promise<void> {
  const width = 640;
  const height = 480;
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = 3 * (y * width + x);
      const disc = (x - 200) ** 2 + (y - 180) ** 2 < 90 ** 2;
      const bar = x > 420 && x < 520 && y > 60 && y < 420;
      data[i] = disc ? 240 : Math.round(128 + 100 * Math.sin(x / 37));
      data[i + 1] = bar ? 20 : Math.round(128 + 100 * Math.cos(y / 23));
      data[i + 2] = Math.round((x * y) % 256);
    }
  }
  await sharp(data, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toFile(target);
}

/** A small PNG that says 60000 × 60000 (a valid IHDR, then a few bytes of pixel data). */
function hugePngHeader(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, body: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(typed));
    return Buffer.concat([length, typed, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(60000, 0);
  ihdr.writeUInt32BE(60000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
}

/** A zip whose one entry inflates to 64 MB of zeros (a small zip bomb). */
function zipBomb(): Buffer {
  const data = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(64 * 1024 * 1024, 22);
  header.writeUInt16LE(8, 26);
  return Buffer.concat([header, Buffer.from('bomb.bin', 'ascii'), data]);
}

function multipart(field: string, filename: string, contentType: string, bytes: Buffer): { payload: Buffer; contentType: string } {
  const boundary = `----jikim${randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return { payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
let previousTmp: string | undefined;

beforeAll(async () => {
  await makePhoto(file('photo.jpg'));
  await sharp(file('photo.jpg')).resize(400, 300).flop().jpeg({ quality: 70 }).toFile(file('copy.jpg'));
  ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=10', '-t', '6', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', file('video.mp4'));
  ffmpeg('-i', file('video.mp4'), '-vf', 'scale=240:180', '-c:v', 'libx264', '-crf', '32', file('video-copy.mp4'));
  fs.writeFileSync(file('huge.png'), hugePngHeader());
  fs.writeFileSync(file('bomb.zip'), zipBomb());
  // Uploads go to os.tmpdir(): a directory of this test's own, checked empty at the end.
  fs.mkdirSync(uploads);
  previousTmp = process.env['TMPDIR'];
  process.env['TMPDIR'] = uploads;
});

afterAll(() => {
  if (previousTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = previousTmp;
  fs.rmSync(work, { recursive: true, force: true });
});

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform media on ${testDb.name}`, () => {
    let t: PlatformApp;
    let key: string;
    let bank: string;

    const post = (url: string, name: string, bytes: Buffer = fs.readFileSync(file(name)), as = { field: 'photo', type: 'image/jpeg' }) => {
      const body = multipart(as.field, name, as.type, bytes);
      return t.app.inject({ method: 'POST', url: `${HMA}${url}`, payload: body.payload, headers: { authorization: `Bearer ${key}`, 'content-type': body.contentType } });
    };
    const ok = (r: LightMyRequestResponse) => {
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as Record<string, unknown>;
    };
    const signalRows = async () => Number((await t.db.kysely.selectFrom('bank_signals').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    beforeAll(async () => {
      t = await createPlatformApp(testDb);
      key = (await t.key('Media platform', ['match', 'curate'])).key;
      await t.waitForIndex(key);
      bank = `MEDIA_${randomBytes(3).toString('hex').toUpperCase()}`;
      expect((await t.hma(key, { method: 'POST', path: '/c/banks', body: { name: bank } })).statusCode).toBe(201);
    });
    afterAll(() => t.close());

    it('hashes a photo as @jikim/media does, and stores nothing', async () => {
      const before = await signalRows();
      const answer = ok(await post('/h/hash', 'photo.jpg'));
      expect(answer).toEqual({ pdq: formatPdqHex((await hashImageFile(file('photo.jpg'))).hash) });
      expect(await signalRows()).toBe(before);
    });

    it('adds a photo and finds a re-encoded, resized, mirrored copy', async () => {
      const added = ok(await post(`/c/bank/${bank}/content`, 'photo.jpg'));
      expect(added['signals']).toEqual({ pdq: formatPdqHex((await hashImageFile(file('photo.jpg'))).hash) });
      const found = ok(await post('/m/lookup', 'copy.jpg')) as { pdq: Record<string, { bank_content_id: number; distance: string }[]> };
      expect(Object.keys(found.pdq)).toEqual([bank]);
      expect(found.pdq[bank]?.map((m) => m.bank_content_id)).toEqual([added['id']]);
      expect(Number(found.pdq[bank]?.[0]?.distance)).toBeLessThanOrEqual(31);
    });

    it('adds a video (video_md5 and vPDQ) and finds a re-encoded copy by vPDQ', async () => {
      const video = { field: 'video', type: 'video/mp4' };
      const added = ok(await post(`/c/bank/${bank}/content`, 'video.mp4', undefined, video));
      expect(Object.keys(added['signals'] as object)).toEqual(['video_md5']);
      const hashed = ok(await post('/h/hash', 'video.mp4', undefined, video));
      expect(hashed).toEqual(added['signals']);
      const same = ok(await post('/m/lookup', 'video.mp4', undefined, video)) as Record<string, Record<string, { bank_content_id: number }[]>>;
      expect(same['video_md5']?.[bank]?.map((m) => m.bank_content_id)).toEqual([added['id']]);
      const copy = ok(await post('/m/lookup', 'video-copy.mp4', undefined, video)) as Record<string, Record<string, { bank_content_id: number; distance: string }[]>>;
      expect(copy['video_md5']).toEqual({});
      expect(copy['vpdq']?.[bank]?.map((m) => m.bank_content_id)).toEqual([added['id']]);
      expect(copy['vpdq']?.[bank]?.[0]?.distance).toMatch(/^\d+%,\d+%$/);

      // The native batch lookup takes the copy's vPDQ as text, and answers how much of each video matched.
      const text = formatVpdqText(await hashVideoFile(file('video-copy.mp4')));
      const native = await t.v1(key, 'POST', '/lookup', { signals: [{ signal_type: 'vpdq', signal: text }], banks: [bank] });
      expect(native.statusCode, native.body).toBe(200);
      const [match] = (native.json() as { results: { matches: { bank_content_id: number; target_match_percent: number }[] }[] }).results[0]?.matches ?? [];
      expect(match?.bank_content_id).toBe(added['id']);
      expect(match?.target_match_percent).toBeGreaterThanOrEqual(80);
      const broken = await t.v1(key, 'POST', '/lookup', { signals: [{ signal_type: 'vpdq', signal: '0,100,zz,0.000\n' }] });
      expect(broken.statusCode).toBe(400);
    });

    it('refuses a huge PNG header, a zip bomb, an empty part and a text file with a {message}, storing nothing', async () => {
      const before = await signalRows();
      const cases: [string, Buffer, number][] = [
        ['huge.png', fs.readFileSync(file('huge.png')), 413],
        ['bomb.zip', fs.readFileSync(file('bomb.zip')), 415],
        ['empty.jpg', Buffer.alloc(0), 400],
        ['notes.txt', Buffer.from('just some text, not a photo\n'.repeat(20)), 415],
      ];
      for (const [name, bytes, status] of cases) {
        for (const url of ['/h/hash', '/m/lookup', `/c/bank/${bank}/content`]) {
          const r = await post(url, name, bytes);
          expect(r.statusCode, `${name} ${url}: ${r.body}`).toBe(status);
          expect(Object.keys(r.json() as object)).toEqual(['message']);
        }
      }
      const none = await t.app.inject({ method: 'POST', url: `${HMA}/h/hash`, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload: '{}' });
      expect(none.statusCode).toBe(400);
      expect(await signalRows()).toBe(before);
    });

    it('refuses media without a key before reading it', async () => {
      const body = multipart('photo', 'photo.jpg', 'image/jpeg', fs.readFileSync(file('photo.jpg')));
      const r = await t.app.inject({ method: 'POST', url: `${HMA}/h/hash`, payload: body.payload, headers: { 'content-type': body.contentType } });
      expect(r.statusCode).toBe(401);
    });

    it('leaves no upload in the temporary directory and no blob', () => {
      expect(fs.readdirSync(uploads).filter((name) => name.startsWith('jikim-media-'))).toEqual([]);
      const blobs = t.config.blobDir;
      const files = fs.existsSync(blobs) ? fs.readdirSync(blobs, { recursive: true }).filter((f) => fs.statSync(path.join(blobs, String(f))).isFile()) : [];
      expect(files).toEqual([]);
    });
  });
}
