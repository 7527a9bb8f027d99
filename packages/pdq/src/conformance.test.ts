/**
 * Conformance with Meta's reference C++ hasher, on the vectors in ../shared/pdq-vectors (see its
 * README): bit-exact on the reference's own decoded pixels, close on the original files decoded
 * by sharp.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { PDQ_DIHEDRAL_ORDER, pdqDihedral, pdqHash } from './pdq-hash.js';
import type { PixelImage } from './pixel-image.js';
import { formatPdqHex, hamming, parsePdqHex } from './signal.js';

const VECTORS = new URL('../../../../shared/pdq-vectors/', import.meta.url);
const present = existsSync(new URL('expected/reference.csv', VECTORS));
if (!present) {
  const msg = `!!! PDQ VECTORS NOT FOUND at ${fileURLToPath(VECTORS)}: the PDQ conformance checks are SKIPPED !!!`;
  if (process.env['CI'] === 'true') {
    describe('PDQ conformance vectors', () => it('must exist in CI', () => expect.fail(msg)));
  } else {
    console.warn(`\n${'!'.repeat(msg.length)}\n${msg}\n${'!'.repeat(msg.length)}\n`);
  }
}

function csv(name: string): string[][] {
  if (!present) return [];
  const text = readFileSync(new URL(`expected/${name}`, VECTORS), 'utf8');
  return text.split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => line.split(','));
}

/** pixels, original, hash, quality */
const reference = csv('reference.csv').slice(1);
/** 8 hashes in --pdqdih-across order, quality, pixels */
const dihedral = csv('pixels-dihedral.csv');

/**
 * The reference read its input through a path without colour management, so the pixels PNGs are
 * decoded with `ignoreIcc`: by default sharp converts pixels with an embedded ICC profile to sRGB
 * (two of the PNGs carry one), which changes their bytes.
 */
async function decode(path: string, options: { ignoreIcc?: boolean } = {}): Promise<PixelImage> {
  const { data, info } = await sharp(fileURLToPath(new URL(path, VECTORS)), options)
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels < 1 || info.channels > 4) throw new Error(`${path}: ${info.channels} channels`);
  return { width: info.width, height: info.height, channels: info.channels as PixelImage['channels'], data };
}

const hashMillis: number[] = [];
let exactRows = 0;
let exactDihedralRows = 0;

describe.skipIf(!present)('PDQ on the reference’s decoded pixels (bit-exact)', () => {
  it('has the vectors it expects', () => {
    expect(reference.length).toBeGreaterThanOrEqual(47);
    expect(dihedral.map((row) => row[9]).sort()).toEqual(reference.map((row) => row[0]).sort());
  });

  it.each(reference.map((row) => ({ pixels: row[0] ?? '', hash: row[2] ?? '', quality: Number(row[3]) })))(
    '$pixels',
    async ({ pixels, hash, quality }) => {
      const image = await decode(pixels, { ignoreIcc: true });
      if (hashMillis.length === 0) for (let i = 0; i < 30; i += 1) pdqHash(image); // JIT warm-up
      let result = pdqHash(image);
      let best = Infinity;
      for (let run = 0; run < 3; run += 1) {
        const start = performance.now();
        result = pdqHash(image);
        best = Math.min(best, performance.now() - start);
      }
      hashMillis.push(best);
      expect(formatPdqHex(result.hash)).toBe(hash);
      expect(result.quality).toBe(quality);
      exactRows += 1;
    },
  );

  it.each(dihedral.map((row) => ({ pixels: row[9] ?? '', hashes: row.slice(0, 8), quality: Number(row[8]) })))(
    'dihedral $pixels',
    async ({ pixels, hashes, quality }) => {
      const result = pdqDihedral(await decode(pixels, { ignoreIcc: true }));
      expect(PDQ_DIHEDRAL_ORDER.map((name) => formatPdqHex(result.hashes[name]))).toEqual(hashes);
      expect(result.quality).toBe(quality);
      exactDihedralRows += 1;
    },
  );

  afterAll(() => {
    const sorted = [...hashMillis].sort((a, b) => a - b);
    const total = sorted.reduce((a, b) => a + b, 0);
     
    console.log(
      `PDQ conformance: ${exactRows}/${reference.length} reference rows exact, ` +
        `${exactDihedralRows}/${dihedral.length} dihedral rows exact. Hash step (decoded pixels → hash, ` +
        `after warm-up, best of 3 per file) over ${sorted.length} pixels files: ` +
        `mean ${(total / Math.max(1, sorted.length)).toFixed(2)} ms, ` +
        `median ${(sorted[sorted.length >> 1] ?? 0).toFixed(2)} ms, max ${(sorted.at(-1) ?? 0).toFixed(2)} ms`,
    );
  });
});

const IMAGE_EXTENSION = /\.(jpe?g|png|webp|gif|tiff?|bmp|avif|heic|heif)$/i;
const referenceByOriginal = new Map(reference.map((row) => [row[1] ?? '', row]));
const originals = present
  ? readdirSync(new URL('images/', VECTORS), { recursive: true, encoding: 'utf8' })
      .map((file) => `images/${file.split('\\').join('/')}`)
      .filter((file) => IMAGE_EXTENSION.test(file) || referenceByOriginal.has(file))
      .sort()
  : [];

interface OriginalRow {
  readonly file: string;
  readonly size: string;
  readonly distance: string;
  readonly distanceIgnoringIcc: string;
  readonly quality: string;
  readonly referenceQuality: string;
}
const table: OriginalRow[] = [];
const MAX_DISTANCE = 10;
const TRUSTED_QUALITY = 80;

describe.skipIf(!present)('PDQ on the original files decoded by sharp (close)', () => {
  it('finds every original the reference hashed', () => {
    for (const row of reference) expect(originals).toContain(row[1]);
  });

  // sharp as an app would call it: no auto-rotation (EXIF is ignored, as by the reference), its
  // default colour handling, 8-bit output. The distance with `ignoreIcc` is shown for comparison.
  it.each(originals)('%s', async (file) => {
    const row = referenceByOriginal.get(file);
    const referenceQuality = row === undefined ? undefined : Number(row[3]);
    const expected = row === undefined ? undefined : parsePdqHex(row[2] ?? '');
    let image: PixelImage;
    try {
      image = await decode(file);
    } catch (error) {
      const referenceText = String(referenceQuality ?? '-');
      const dash = { distance: '-', distanceIgnoringIcc: '-', quality: '-' };
      table.push({ file, size: 'undecodable', ...dash, referenceQuality: referenceText });
      if (referenceQuality !== undefined && referenceQuality >= TRUSTED_QUALITY) throw error;
      return;
    }
    const result = pdqHash(image);
    const plain = pdqHash(await decode(file, { ignoreIcc: true }));
    table.push({
      file,
      size: `${image.width}×${image.height}×${image.channels}`,
      distance: expected === undefined ? 'no reference' : String(hamming(result.hash, expected)),
      distanceIgnoringIcc: expected === undefined ? '-' : String(hamming(plain.hash, expected)),
      quality: String(result.quality),
      referenceQuality: String(referenceQuality ?? '-'),
    });
    expect(Number.isInteger(result.quality)).toBe(true);
    if (expected !== undefined && referenceQuality !== undefined && referenceQuality >= TRUSTED_QUALITY) {
      expect(hamming(result.hash, expected)).toBeLessThanOrEqual(MAX_DISTANCE);
    }
  });

  afterAll(() => {
    const head: OriginalRow = {
      file: 'original',
      size: 'decoded',
      distance: 'distance',
      distanceIgnoringIcc: 'ignoreIcc',
      quality: 'quality',
      referenceQuality: 'ref quality',
    };
    const keys = Object.keys(head) as (keyof OriginalRow)[];
    const rows = [head, ...table];
    const widths = keys.map((key) => Math.max(...rows.map((row) => row[key].length)));
    const lines = rows.map((row) => keys.map((key, i) => row[key].padEnd(widths[i] ?? 0)).join('  '));
    const distances = table.map((row) => Number(row.distance)).filter((d) => Number.isFinite(d));
     
    console.log(
      `PDQ on originals (sharp, no auto-rotation), distance to the reference hash:\n${lines.join('\n')}\n` +
        `${distances.length} compared, ${distances.filter((d) => d === 0).length} at distance 0, ` +
        `max ${Math.max(0, ...distances)}`,
    );
  });
});
