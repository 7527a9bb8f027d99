import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transformCoefficients } from './dihedral.js';
import { PDQ_DIHEDRAL_ORDER, pdqDihedral, pdqHash, type PdqDihedralName } from './pdq-hash.js';
import { pdqCoefficients } from './pdq-pipeline.js';
import { PdqInputError, type PixelImage } from './pixel-image.js';
import { formatPdqHex, hamming, parsePdqHex, PDQ_MATCH_THRESHOLD } from './signal.js';

const ZERO_HEX = '0'.repeat(64);

function image(width: number, height: number, channels: PixelImage['channels'], fill: (i: number) => number) {
  const data = Uint8Array.from({ length: width * height * channels }, (_, i) => fill(i));
  return { width, height, channels, data } satisfies PixelImage;
}

/** Pseudo-random bytes, the same on every run. */
function noise(seed: number): (i: number) => number {
  return (i) => (Math.imul(i + 1, 2654435761) ^ Math.imul(seed + 1, 40503)) >>> 24;
}

function expectWellFormed(result: { hash: Uint8Array; quality: number }): void {
  expect(result.hash).toBeInstanceOf(Uint8Array);
  expect(result.hash.length).toBe(32);
  expect(Number.isInteger(result.quality)).toBe(true);
  expect(result.quality).toBeGreaterThanOrEqual(0);
  expect(result.quality).toBeLessThanOrEqual(100);
}

function expectDihedralWellFormed(result: ReturnType<typeof pdqDihedral>): void {
  for (const name of PDQ_DIHEDRAL_ORDER) expectWellFormed({ hash: result.hashes[name], quality: result.quality });
}

function expectFiniteCoefficients(img: PixelImage): void {
  const coefficients = pdqCoefficients(img, true)?.coefficients ?? new Float32Array(0);
  expect(coefficients.every((v) => Number.isFinite(v))).toBe(true);
}

describe('pdqHash on hostile input', () => {
  it.each([
    [0, 0],
    [0, 5],
    [5, 0],
    [1, 1],
    [4, 100],
    [100, 4],
  ])('%i×%i: the all-zero hash, quality 0 (the reference’s answer under 5 px)', (width, height) => {
    for (const channels of [1, 2, 3, 4] as const) {
      const result = pdqHash(image(width, height, channels, noise(1)));
      expect(formatPdqHex(result.hash)).toBe(ZERO_HEX);
      expect(result.quality).toBe(0);
      const dihedral = pdqDihedral(image(width, height, channels, noise(1)));
      for (const name of PDQ_DIHEDRAL_ORDER) expect(formatPdqHex(dihedral.hashes[name])).toBe(ZERO_HEX);
      expect(dihedral.quality).toBe(0);
    }
  });

  it.each([
    [1, 100_000],
    [100_000, 1],
  ])('%i×%i grey: resized to 512 × 512 like the reference, no crash, no NaN', (width, height) => {
    const img = image(width, height, 1, noise(2));
    expectWellFormed(pdqHash(img));
    expectDihedralWellFormed(pdqDihedral(img));
    expectFiniteCoefficients(img);
  });

  it.each([
    ['black', 0],
    ['grey', 128],
    ['white', 255],
  ])('a flat %s image has quality 0 and finite coefficients', (_name, value) => {
    for (const [width, height] of [[5, 5], [64, 64], [100, 80], [700, 600]] as const) {
      for (const channels of [1, 3, 4] as const) {
        const img = image(width, height, channels, () => value);
        const result = pdqHash(img);
        expectWellFormed(result);
        expect(result.quality).toBe(0);
        expect(pdqDihedral(img).quality).toBe(0);
        expectFiniteCoefficients(img);
      }
    }
  });

  it('ignores alpha: grey+alpha hashes as grey, RGBA as RGB', () => {
    const grey = image(90, 70, 1, noise(3));
    const greyAlpha = image(90, 70, 2, (i) => (i % 2 === 0 ? (grey.data[i / 2] ?? 0) : noise(4)(i)));
    expect(pdqHash(greyAlpha)).toEqual(pdqHash(grey));
    const rgb = image(600, 70, 3, noise(5));
    const rgba = image(600, 70, 4, (i) => (i % 4 === 3 ? noise(6)(i) : (rgb.data[(i >> 2) * 3 + (i % 4)] ?? 0)));
    expect(pdqHash(rgba)).toEqual(pdqHash(rgb));
    expect(pdqDihedral(rgba)).toEqual(pdqDihedral(rgb));
  });

  it('takes Uint8ClampedArray (canvas ImageData) and Node Buffers alike', () => {
    const img = image(40, 30, 4, noise(7));
    const expected = pdqHash(img);
    expect(pdqHash({ ...img, data: new Uint8ClampedArray(img.data) })).toEqual(expected);
    expect(pdqHash({ ...img, data: Buffer.from(img.data) })).toEqual(expected);
  });

  it.each([
    ['data one byte short', { width: 4, height: 4, channels: 3, data: new Uint8Array(47) }],
    ['data one byte long', { width: 4, height: 4, channels: 3, data: new Uint8Array(49) }],
    ['data for a zero-size image', { width: 0, height: 4, channels: 3, data: new Uint8Array(1) }],
    ['fractional width', { width: 2.5, height: 2, channels: 1, data: new Uint8Array(5) }],
    ['negative height', { width: 2, height: -2, channels: 1, data: new Uint8Array(0) }],
    ['NaN width', { width: NaN, height: 2, channels: 1, data: new Uint8Array(0) }],
    ['5 channels', { width: 1, height: 1, channels: 5, data: new Uint8Array(5) }],
    ['float samples', { width: 1, height: 1, channels: 1, data: new Float32Array(1) }],
    ['a plain array', { width: 1, height: 1, channels: 1, data: [0] }],
  ])('rejects %s with a PdqInputError', (_name, bad) => {
    expect(() => pdqHash(bad as unknown as PixelImage)).toThrow(PdqInputError);
    expect(() => pdqDihedral(bad as unknown as PixelImage)).toThrow(PdqInputError);
  });

  it('hashes a 64 × 64 grey image the same on both paths (the reference skips the blur on one)', () => {
    const img = image(64, 64, 1, noise(8));
    expect(pdqDihedral(img).hashes.original).toEqual(pdqHash(img).hash);
  });
});

const arbitraryImage = fc
  .record({
    width: fc.integer({ min: 1, max: 80 }),
    height: fc.integer({ min: 1, max: 80 }),
    channels: fc.constantFrom<PixelImage['channels']>(1, 3, 4),
  })
  .chain(({ width, height, channels }) => {
    const length = width * height * channels;
    const bytes = fc.uint8Array({ minLength: length, maxLength: length });
    return bytes.map((data): PixelImage => ({ width, height, channels, data }));
  });

describe('pdqHash properties', () => {
  it('hashes any well-formed image: 32 bytes, quality 0–100, same as the dihedral original', () => {
    fc.assert(
      fc.property(arbitraryImage, (img) => {
        const result = pdqHash(img);
        expectWellFormed(result);
        const dihedral = pdqDihedral(img);
        expectDihedralWellFormed(dihedral);
        // The reference blurs a 64 × 64 image on the dihedral path only; colour luma is then
        // not quite the same, grey is.
        if (!(img.width === 64 && img.height === 64 && img.channels > 1)) {
          expect(dihedral.hashes.original).toEqual(result.hash);
          expect(dihedral.quality).toBe(result.quality);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Where pixel (y, x) of each transformed image comes from in an image of (maxY + 1) rows and
 * (maxX + 1) columns, following the reference's names: rotations are counter-clockwise, flipX
 * turns the image upside down, flipY mirrors it, flipPlus transposes it, flipMinus reflects it in
 * the anti-diagonal. Transposing transforms swap width and height.
 */
const SOURCE: Record<PdqDihedralName, (y: number, x: number, maxY: number, maxX: number) => [number, number]> = {
  original: (y, x) => [y, x],
  rotate90: (y, x, _maxY, maxX) => [x, maxX - y],
  rotate180: (y, x, maxY, maxX) => [maxY - y, maxX - x],
  rotate270: (y, x, maxY) => [maxY - x, y],
  flipX: (y, x, maxY) => [maxY - y, x],
  flipY: (y, x, _maxY, maxX) => [y, maxX - x],
  flipPlus: (y, x) => [x, y],
  flipMinus: (y, x, maxY, maxX) => [maxY - x, maxX - y],
};
const TRANSPOSES = new Set<PdqDihedralName>(['rotate90', 'rotate270', 'flipPlus', 'flipMinus']);

function transformImage(img: PixelImage, name: PdqDihedralName): PixelImage {
  const { width, height, channels } = img;
  const [outWidth, outHeight] = TRANSPOSES.has(name) ? [height, width] : [width, height];
  const data = new Uint8Array(img.data.length);
  for (let y = 0; y < outHeight; y += 1) {
    for (let x = 0; x < outWidth; x += 1) {
      const [sy, sx] = SOURCE[name](y, x, height - 1, width - 1);
      const from = (sy * width + sx) * channels;
      const to = (y * outWidth + x) * channels;
      for (let c = 0; c < channels; c += 1) data[to + c] = img.data[from + c] ?? 0;
    }
  }
  return { width: outWidth, height: outHeight, channels, data };
}

/**
 * The transform equal to "first `first`, then `then`": the dihedral hashes of `first`(image) are
 * those of the image, permuted by this. Worked out on a 3 × 3 grid of distinct pixels.
 */
function compose(then: PdqDihedralName, first: PdqDihedralName): PdqDihedralName {
  const grid = image(3, 3, 1, (i) => i);
  const target = transformImage(transformImage(grid, first), then).data;
  const found = PDQ_DIHEDRAL_ORDER.find((name) => transformImage(grid, name).data.every((v, i) => v === target[i]));
  if (found === undefined) throw new Error(`no transform equals ${first} then ${then}`);
  return found;
}

describe('dihedral hashes', () => {
  it('permute under a 90° turn as worked out by hand', () => {
    expect(PDQ_DIHEDRAL_ORDER.map((name) => compose(name, 'rotate90'))).toEqual([
      'rotate90',
      'rotate180',
      'rotate270',
      'original',
      'flipPlus',
      'flipMinus',
      'flipY',
      'flipX',
    ]);
  });

  // Exact equality is a float32 question: a transformed image's DCT is summed in another order,
  // so its coefficients differ from the permuted ones, by at most 0.0042 over all eight
  // transforms of 6 000 random images up to 80 px (sizes at which the blur is exact for grey). A
  // bit can only differ where two coefficients straddle the median closer than that, so images
  // whose median gap is under 0.05 are skipped.
  const MEDIAN_GAP = 0.05;
  function medianGap(img: PixelImage): number {
    const result = pdqCoefficients(img, false);
    if (result === undefined) return Infinity;
    const coefficients = Float32Array.from(result.coefficients);
    const moved = new Float32Array(256);
    let gap = Infinity;
    for (const name of PDQ_DIHEDRAL_ORDER) {
      transformCoefficients(name, coefficients, moved);
      moved.sort();
      gap = Math.min(gap, (moved[128] ?? 0) - (moved[127] ?? 0));
    }
    return gap;
  }

  it('of a turned or flipped image are the permuted dihedral hashes of the original', () => {
    fc.assert(
      fc.property(arbitraryImage, fc.constantFrom(...PDQ_DIHEDRAL_ORDER), (img, first) => {
        fc.pre(medianGap(img) >= MEDIAN_GAP);
        const before = pdqDihedral(img);
        const after = pdqDihedral(transformImage(img, first));
        for (const name of PDQ_DIHEDRAL_ORDER) {
          expect(formatPdqHex(after.hashes[name])).toBe(formatPdqHex(before.hashes[compose(name, first)]));
        }
        // Grey blurs exactly at these sizes, so quality is equal; colour luma carries rounding
        // that can, very rarely, tip a truncated gradient by one.
        if (img.channels === 1) expect(after.quality).toBe(before.quality);
        else expect(Math.abs(after.quality - before.quality)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  const dihedralCsv = new URL('../../../../shared/pdq-vectors/expected/pixels-dihedral.csv', import.meta.url);
  // conformance.test.ts reports missing vectors loudly (and fails in CI).
  const hasCsv = existsSync(dihedralCsv);
  it.skipIf(!hasCsv)('permute the same way in the reference’s output for the turned bridge photos', () => {
    const rows = readFileSync(dihedralCsv, 'utf8').trim().split(/\r?\n/).map((line) => line.split(','));
    const hashesOf = (file: string): Uint8Array[] => {
      const row = rows.find((r) => r[9]?.includes(file));
      if (row === undefined) throw new Error(`${file} is not in pixels-dihedral.csv`);
      return row.slice(0, 8).map((hex) => parsePdqHex(hex));
    };
    const original = hashesOf('bridge-1-original');
    const files: [string, PdqDihedralName][] = [
      ['bridge-2-rotate-90', 'rotate90'],
      ['bridge-3-rotate-180', 'rotate180'],
      ['bridge-4-rotate-270', 'rotate270'],
      ['bridge-5-flipx', 'flipX'],
      ['bridge-6-flipy', 'flipY'],
      ['bridge-7-flip-plus-1', 'flipPlus'],
      ['bridge-8-flip-minus-1', 'flipMinus'],
    ];
    for (const [file, first] of files) {
      const turned = hashesOf(file);
      PDQ_DIHEDRAL_ORDER.forEach((name, i) => {
        // Re-encoded JPEGs, so a match rather than equality; and only the predicted one matches.
        const distances = original.map((hash) => hamming(turned[i] ?? hash, hash));
        const predicted = PDQ_DIHEDRAL_ORDER.indexOf(compose(name, first));
        expect(distances[predicted], `${file} ${name}`).toBeLessThanOrEqual(PDQ_MATCH_THRESHOLD);
        distances.forEach((d, j) => {
          const label = `${file} ${name} vs ${PDQ_DIHEDRAL_ORDER[j]}`;
          if (j !== predicted) expect(d, label).toBeGreaterThan(PDQ_MATCH_THRESHOLD);
        });
      });
    }
  });
});
