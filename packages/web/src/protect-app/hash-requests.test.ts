import { createHash } from 'node:crypto';
import { hamming, parsePdqHex, pdqHash, PDQ_DIHEDRAL_ORDER, vpdqFrameHash, formatPdqHex, type PixelImage } from '@jikim/pdq';
import { describe, expect, it } from 'vitest';
import { handleHashRequest, photoHashes } from './hash-requests.js';

/** A grey picture with plenty of detail, w × h. */
function picture(w: number, h: number): PixelImage {
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[y * w + x] = (Math.sin(x / 7) * 60 + Math.cos(y / 5) * 60 + ((x * 13) ^ (y * 7)) % 40 + 128) & 255;
  return { width: w, height: h, channels: 1, data };
}

/** Pixel (x, y) of the result comes from `from(x, y)` of the source. */
function transform(image: PixelImage, w: number, h: number, from: (x: number, y: number) => [number, number]): PixelImage {
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const [sx, sy] = from(x, y);
    data[y * w + x] = image.data[sy * image.width + sx] ?? 0;
  }
  return { width: w, height: h, channels: 1, data };
}

const bytes = new TextEncoder().encode('not really a photo, but bytes all the same'.repeat(1000));
const hex = (algorithm: string) => createHash(algorithm).update(bytes).digest('hex');

describe('the hashing worker’s work', () => {
  it('a photo: MD5 and SHA-256 of its bytes, its own PDQ first, then the 7 other dihedral hashes', async () => {
    const image = picture(120, 90);
    const progress: number[] = [];
    const answer = await handleHashRequest({ id: 1, type: 'image', file: new Blob([bytes]) }, (f) => progress.push(f), { decode: () => Promise.resolve(image) });
    expect(answer).toEqual({ type: 'image', digests: { md5: hex('md5'), sha256: hex('sha256') }, pdq: photoHashes(image) });
    const own = pdqHash(image);
    expect(photoHashes(image)[0]).toEqual({ hash: formatPdqHex(own.hash), quality: own.quality });
    expect(own.quality).toBeGreaterThanOrEqual(50);
    expect(progress.at(-1)).toBe(0.8);
    expect(progress.every((f, i) => i === 0 || f >= (progress[i - 1] ?? 0))).toBe(true);
  });

  it('the dihedral hashes are those of the turned and mirrored picture, in PDQ_DIHEDRAL_ORDER', () => {
    const w = 120;
    const h = 90;
    const image = picture(w, h);
    const hashes = photoHashes(image).map((p) => parsePdqHex(p.hash));
    const turned: Partial<Record<(typeof PDQ_DIHEDRAL_ORDER)[number], PixelImage>> = {
      rotate90: transform(image, h, w, (x, y) => [w - 1 - y, x]),
      rotate180: transform(image, w, h, (x, y) => [w - 1 - x, h - 1 - y]),
      flipY: transform(image, w, h, (x, y) => [w - 1 - x, y]),
      flipX: transform(image, w, h, (x, y) => [x, h - 1 - y]),
    };
    for (const [name, copy] of Object.entries(turned)) {
      const index = PDQ_DIHEDRAL_ORDER.indexOf(name as (typeof PDQ_DIHEDRAL_ORDER)[number]);
      const own = pdqHash(copy).hash;
      const distances = hashes.map((hash) => hamming(own, hash));
      expect(distances[index], name).toBeLessThanOrEqual(16);
      expect(Math.min(...distances.filter((_, i) => i !== index)), name).toBeGreaterThan(31);
    }
  });

  it('a photo the browser cannot decode still gets its digests, and no PDQ', async () => {
    const answer = await handleHashRequest({ id: 2, type: 'image', file: new Blob([bytes]) }, () => undefined, { decode: () => Promise.reject(new Error('HEIC')) });
    expect(answer).toEqual({ type: 'image', digests: { md5: hex('md5'), sha256: hex('sha256') }, pdq: null });
  });

  it('a video’s bytes: MD5 and SHA-256, streamed with progress up to the whole', async () => {
    const progress: number[] = [];
    const answer = await handleHashRequest({ id: 3, type: 'digest', file: new Blob([bytes]) }, (f) => progress.push(f));
    expect(answer).toEqual({ type: 'digest', digests: { md5: hex('md5'), sha256: hex('sha256') } });
    expect(progress.at(-1)).toBe(1);
  });

  it('a video frame: PDQ at its own size, as vPDQ hashes frames', async () => {
    const grey = picture(640, 360);
    const rgba = new Uint8ClampedArray(640 * 360 * 4);
    grey.data.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
    const answer = await handleHashRequest({ id: 4, type: 'frame', width: 640, height: 360, pixels: rgba.buffer }, () => undefined);
    const expected = vpdqFrameHash({ width: 640, height: 360, channels: 4, data: rgba });
    expect(answer).toEqual({ type: 'frame', pdq: { hash: formatPdqHex(expected.hash), quality: expected.quality } });
    expect(formatPdqHex(expected.hash)).not.toBe(formatPdqHex(pdqHash(grey).hash));
  });
});
