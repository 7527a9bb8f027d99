/**
 * CMYK images hash as Meta's reference pdq-photo-hasher hashes them (issue 9). The fixtures are made
 * here, at test time, by a tiny baseline JPEG encoder and an uncompressed TIFF writer below, so their
 * bytes do not depend on sharp's version: a Photoshop-style CMYK JPEG (Adobe APP14 marker, samples
 * stored inverted), a plain one (no APP14, ink amounts stored as they are), a YCCK one (APP14
 * transform 2), one with an embedded CMYK ICC profile, and a CMYK TIFF.
 *
 * The expected hashes are the reference's own output for these exact files. They were produced with
 * the reference built from facebook/ThreatExchange `pdq/cpp` (its Makefile as it is: CImg without
 * libjpeg, so CImg decodes through ImageMagick's `convert FILE pnm:-`; Debian's ImageMagick
 * 6.9.11-60 Q16) outside this repository:
 *
 *   JIKIM_CMYK_FIXTURES=/tmp/cmyk-fixtures npx vitest run packages/media/src/decode-cmyk.test.ts
 *   PATH=/usr/bin:/bin ./pdq-photo-hasher /tmp/cmyk-fixtures/*
 *
 * The same reference decoded every fixture to exactly the pixels our decoder returns (0 samples
 * differ), so the hashes agree to the bit; the test allows 2 bits.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPdqHex, hamming, parsePdqHex, pdqHash, type PixelImage } from '@jikim/pdq';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { cmykToRgb } from './cmyk-to-rgb.js';
import { decodeImageFile } from './decode-image.js';

const MAX_DISTANCE = 2;

/** The reference's output (hash, quality) for each fixture; see the comment above. */
const REFERENCE: Record<string, { hash: string; quality: number }> = {
  'cmyk-adobe-640x480.jpg': { hash: '83f801fc56d0f958fcb81152ee073c0f4c0203e301af13e6ffd8f6f85bfacc01', quality: 100 },
  'cmyk-plain-640x480.jpg': { hash: '5403d412812d82be025f00bd11f057f0c7fdbe98bf90ff25aca64907fb05fb5c', quality: 100 },
  'ycck-adobe-640x480.jpg': { hash: '83f801fc56d0f958fcb81152ee073c0f4c0203e301af13e6ffd8f6f85bfacc01', quality: 100 },
  'cmyk-adobe-320x240.jpg': { hash: '7e18ff74e289d003f801f0b2101f0c0f0f1fdff0e3e987c0dbd86cb8187afa07', quality: 100 },
  'cmyk-adobe-icc-320x240.jpg': { hash: '7e18ff74e289d003f801f0b2101f0c0f0f1fdff0e3e987c0dbd86cb8187afa07', quality: 100 },
  'cmyk-plain-320x240.jpg': { hash: 'a0ad208b9a652d3907d21b4f6c86f0d2d2ee689b341a3a2d6da707d7f76d01f4', quality: 91 },
  'cmyk-320x240.tif': { hash: '7e18ff74e289d003f801f0b2101f0c0f0f1fdff0e3e987c0dbd86cb8187afa07', quality: 100 },
};

// ---------------------------------------------------------------------------------------------
// Fixture content: a deterministic photo-like scene, as ink amounts.

/** Gradients, discs, stripes and noise, as 8-bit RGB. */
function scene(width: number, height: number): Uint8Array {
  const rgb = new Uint8Array(width * height * 3);
  let seed = 12345;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 16) / 65536;
  };
  const discs = Array.from({ length: 9 }, () => ({
    x: random() * width,
    y: random() * height,
    r: 20 + random() * Math.min(width, height) * 0.3,
    colour: [random() * 255, random() * 255, random() * 255] as const,
  }));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let r = (255 * x) / width;
      let g = (255 * y) / height;
      let b = 128 + 100 * Math.sin(x / 37 + y / 53);
      for (const d of discs) {
        if ((x - d.x) ** 2 + (y - d.y) ** 2 < d.r ** 2) [r, g, b] = d.colour;
      }
      if (y > height * 0.7 && Math.floor(x / 12) % 2 === 0) [r, g, b] = [r * 0.4, g * 0.4, b * 0.4];
      const noise = (random() - 0.5) * 24;
      const i = (y * width + x) * 3;
      rgb[i] = Math.max(0, Math.min(255, Math.round(r + noise)));
      rgb[i + 1] = Math.max(0, Math.min(255, Math.round(g + noise)));
      rgb[i + 2] = Math.max(0, Math.min(255, Math.round(b + noise)));
    }
  }
  return rgb;
}

/** Ink amounts (0 = no ink) from RGB, with black generation K = 255 − max(R, G, B). */
function inks(rgb: Uint8Array): Uint8Array {
  const n = rgb.length / 3;
  const out = new Uint8Array(n * 4);
  for (let i = 0; i < n; i += 1) {
    const r = rgb[i * 3] ?? 0;
    const g = rgb[i * 3 + 1] ?? 0;
    const b = rgb[i * 3 + 2] ?? 0;
    const white = Math.max(r, g, b);
    out[i * 4] = white === 0 ? 0 : Math.round(((white - r) * 255) / white);
    out[i * 4 + 1] = white === 0 ? 0 : Math.round(((white - g) * 255) / white);
    out[i * 4 + 2] = white === 0 ? 0 : Math.round(((white - b) * 255) / white);
    out[i * 4 + 3] = 255 - white;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// A minimal baseline JPEG encoder for 4-component images: one scan, no subsampling, a flat
// quantisation table and fixed-length Huffman codes (4 bits for DC, 8 for AC). Near-lossless.

const ZIGZAG = (() => {
  const order: number[] = [];
  for (let s = 0; s < 15; s += 1) {
    const cells: number[] = [];
    for (let y = 0; y < 8; y += 1) if (s - y >= 0 && s - y < 8) cells.push(y * 8 + s - y);
    order.push(...(s % 2 === 0 ? cells.reverse() : cells));
  }
  return order;
})();
const COS = Array.from({ length: 64 }, (_, i) => {
  const x = i >> 3;
  const u = i & 7;
  return (Math.cos(((2 * x + 1) * u * Math.PI) / 16) * (u === 0 ? Math.SQRT1_2 : 1)) / 2;
});
const QUANT = 2;

function jpegSegment(marker: number, body: readonly number[]): number[] {
  return [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
}

/** APP14 "Adobe": version 100, no flags, colour transform 0 (CMYK) or 2 (YCCK). */
function adobeSegment(transform: 0 | 2): number[] {
  return jpegSegment(0xee, [...Buffer.from('Adobe', 'latin1'), 0, 100, 0, 0, 0, 0, transform]);
}

/**
 * `stored` are the 4 samples per pixel a JPEG decoder (libjpeg) returns for the file. `adobe`: no
 * APP14 marker (null), or one with transform 0 (CMYK) or 2 (YCCK: C, M, Y kept as YCbCr of their
 * inverses, as libjpeg does).
 */
function encodeCmykJpeg(width: number, height: number, stored: Uint8Array, adobe: null | 0 | 2): Buffer {
  const out: number[] = [0xff, 0xd8];
  if (adobe !== null) out.push(...adobeSegment(adobe));
  out.push(...jpegSegment(0xdb, [0, ...new Array<number>(64).fill(QUANT)]));
  out.push(...jpegSegment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 4, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0]));
  const acSymbols = [0x00, 0xf0];
  for (let run = 0; run < 16; run += 1) for (let size = 1; size <= 10; size += 1) acSymbols.push((run << 4) | size);
  const lengths = (bits: number, count: number) => Array.from({ length: 16 }, (_, i) => (i + 1 === bits ? count : 0));
  const dcSymbols = Array.from({ length: 12 }, (_, i) => i);
  out.push(...jpegSegment(0xc4, [0x00, ...lengths(4, 12), ...dcSymbols, 0x10, ...lengths(8, acSymbols.length), ...acSymbols]));
  out.push(...jpegSegment(0xda, [4, 1, 0, 2, 0, 3, 0, 4, 0, 0, 63, 0]));
  const acCode = new Map(acSymbols.map((symbol, code) => [symbol, code]));

  let bits = 0;
  let bitCount = 0;
  const put = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i -= 1) {
      bits = (bits << 1) | ((value >> i) & 1);
      bitCount += 1;
      if (bitCount === 8) {
        out.push(bits);
        if (bits === 0xff) out.push(0);
        bits = 0;
        bitCount = 0;
      }
    }
  };
  const category = (v: number) => (v === 0 ? 0 : Math.floor(Math.log2(Math.abs(v))) + 1);
  const putValue = (v: number) => {
    const size = category(v);
    if (size > 0) put(v >= 0 ? v : v + (1 << size) - 1, size);
  };

  const planes = [0, 1, 2, 3].map(() => new Float64Array(width * height));
  const [p0, p1, p2, p3] = planes as [Float64Array, Float64Array, Float64Array, Float64Array];
  for (let i = 0; i < width * height; i += 1) {
    const [c, m, y, k] = [stored[i * 4] ?? 0, stored[i * 4 + 1] ?? 0, stored[i * 4 + 2] ?? 0, stored[i * 4 + 3] ?? 0];
    if (adobe === 2) {
      const [r, g, b] = [255 - c, 255 - m, 255 - y];
      p0[i] = 0.299 * r + 0.587 * g + 0.114 * b;
      p1[i] = -0.168735892 * r - 0.331264108 * g + 0.5 * b + 128;
      p2[i] = 0.5 * r - 0.418687589 * g - 0.081312411 * b + 128;
    } else {
      [p0[i], p1[i], p2[i]] = [c, m, y];
    }
    p3[i] = k;
  }

  const previousDc = [0, 0, 0, 0];
  const block = new Float64Array(64);
  const rows = new Float64Array(64);
  const coefficients = new Int32Array(64);
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      planes.forEach((plane, component) => {
        for (let y = 0; y < 8; y += 1) {
          for (let x = 0; x < 8; x += 1) {
            block[y * 8 + x] = (plane[Math.min(by + y, height - 1) * width + Math.min(bx + x, width - 1)] ?? 0) - 128;
          }
        }
        for (let y = 0; y < 8; y += 1) {
          for (let u = 0; u < 8; u += 1) {
            let sum = 0;
            for (let x = 0; x < 8; x += 1) sum += (block[y * 8 + x] ?? 0) * (COS[x * 8 + u] ?? 0);
            rows[y * 8 + u] = sum;
          }
        }
        for (let v = 0; v < 8; v += 1) {
          for (let u = 0; u < 8; u += 1) {
            let sum = 0;
            for (let y = 0; y < 8; y += 1) sum += (rows[y * 8 + u] ?? 0) * (COS[y * 8 + v] ?? 0);
            coefficients[v * 8 + u] = Math.round(sum / QUANT);
          }
        }
        const dc = coefficients[0] ?? 0;
        const diff = dc - (previousDc[component] ?? 0);
        previousDc[component] = dc;
        put(category(diff), 4);
        putValue(diff);
        let run = 0;
        for (let i = 1; i < 64; i += 1) {
          const v = coefficients[ZIGZAG[i] ?? 0] ?? 0;
          if (v === 0) {
            run += 1;
            continue;
          }
          for (; run > 15; run -= 16) put(acCode.get(0xf0) ?? 0, 8);
          put(acCode.get((run << 4) | category(v)) ?? 0, 8);
          putValue(v);
          run = 0;
        }
        if (run > 0) put(acCode.get(0x00) ?? 0, 8);
      });
    }
  }
  if (bitCount > 0) put(0xff, 8 - bitCount);
  out.push(0xff, 0xd9);
  return Buffer.from(out);
}

/** The same JPEG with `segments` (whole APPn segments) inserted after SOI. */
function withSegments(jpeg: Buffer, segments: readonly Buffer[]): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** The APP2 ICC_PROFILE segments of a JPEG. */
function iccSegments(jpeg: Buffer): Buffer[] {
  const found: Buffer[] = [];
  for (let at = 2; at + 4 <= jpeg.length && jpeg[at] === 0xff && jpeg[at + 1] !== 0xda; ) {
    const end = at + 2 + jpeg.readUInt16BE(at + 2);
    if (jpeg[at + 1] === 0xe2 && jpeg.toString('latin1', at + 4, at + 15) === 'ICC_PROFILE') found.push(jpeg.subarray(at, end));
    at = end;
  }
  return found;
}

/** An uncompressed, chunky, 8-bit CMYK TIFF (PhotometricInterpretation 5, InkSet 1) of ink amounts. */
function cmykTiff(width: number, height: number, ink: Uint8Array): Buffer {
  const entries: [tag: number, type: 3 | 4, count: number, value: number][] = [
    [256, 4, 1, width],
    [257, 4, 1, height],
    [258, 3, 4, 0], // BitsPerSample: 8, 8, 8, 8 (stored after the IFD)
    [259, 3, 1, 1],
    [262, 3, 1, 5],
    [273, 4, 1, 0], // StripOffsets: after the BitsPerSample values
    [277, 3, 1, 4],
    [278, 4, 1, height],
    [279, 4, 1, width * height * 4],
    [284, 3, 1, 1],
    [332, 3, 1, 1],
  ];
  const ifdSize = 2 + entries.length * 12 + 4;
  const bitsAt = 8 + ifdSize;
  const dataAt = bitsAt + 8;
  const head = Buffer.alloc(dataAt);
  head.write('II', 0, 'latin1');
  head.writeUInt16LE(42, 2);
  head.writeUInt32LE(8, 4);
  head.writeUInt16LE(entries.length, 8);
  entries.forEach(([tag, type, count, value], i) => {
    const at = 10 + i * 12;
    head.writeUInt16LE(tag, at);
    head.writeUInt16LE(type, at + 2);
    head.writeUInt32LE(count, at + 4);
    const v = tag === 258 ? bitsAt : tag === 273 ? dataAt : value;
    if (type === 3 && count === 1) head.writeUInt16LE(v, at + 8);
    else head.writeUInt32LE(v, at + 8);
  });
  for (let i = 0; i < 4; i += 1) head.writeUInt16LE(8, bitsAt + i * 2);
  return Buffer.concat([head, Buffer.from(ink.buffer, ink.byteOffset, ink.byteLength)]);
}

// ---------------------------------------------------------------------------------------------

const keep = process.env['JIKIM_CMYK_FIXTURES'];
const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-cmyk-'));
if (keep) fs.mkdirSync(keep, { recursive: true });
afterAll(() => {
  if (!keep) fs.rmSync(dir, { recursive: true, force: true });
});

async function writeFixtures(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    files.set(name, file);
  };
  const profile = iccSegments(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } })
      .toColourspace('cmyk')
      .withIccProfile('cmyk')
      .jpeg()
      .toBuffer(),
  );
  for (const [width, height] of [[640, 480], [320, 240]] as const) {
    const ink = inks(scene(width, height));
    const inverted = ink.map((v) => 255 - v);
    const size = `${width}x${height}`;
    const adobe = encodeCmykJpeg(width, height, inverted, 0);
    write(`cmyk-adobe-${size}.jpg`, adobe);
    write(`cmyk-plain-${size}.jpg`, encodeCmykJpeg(width, height, ink, null));
    if (width === 640) write(`ycck-adobe-${size}.jpg`, encodeCmykJpeg(width, height, inverted, 2));
    if (width === 320) {
      write(`cmyk-adobe-icc-${size}.jpg`, withSegments(adobe, profile));
      write(`cmyk-${size}.tif`, cmykTiff(width, height, ink));
    }
  }
  return files;
}

const fixtures = await writeFixtures();

/** What the decoder did before issue 9: sharp's own CMYK → sRGB conversion (a CMYK profile). */
async function decodeWithProfile(file: string): Promise<PixelImage> {
  const { data, info } = await sharp(file, { ignoreIcc: true }).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels as 3, data };
}

const table: string[] = [];

describe('CMYK images decode as the reference decodes them', () => {
  it('has a reference hash for every fixture', () => {
    expect([...fixtures.keys()].sort()).toEqual(Object.keys(REFERENCE).sort());
  });

  it.each([...fixtures.keys()])('%s hashes within 2 bits of the reference', async (name) => {
    const file = fixtures.get(name) ?? '';
    const expected = REFERENCE[name];
    if (!expected) throw new Error(`no reference hash for ${name}`);
    const image = await decodeImageFile(file);
    expect(image.channels).toBe(3);
    const result = pdqHash(image);
    const distance = hamming(result.hash, parsePdqHex(expected.hash));
    const before = hamming(pdqHash(await decodeWithProfile(file)).hash, parsePdqHex(expected.hash));
    table.push(`${name.padEnd(28)} before ${String(before).padStart(3)}  now ${String(distance).padStart(3)}  quality ${result.quality} (reference ${expected.quality})  ${formatPdqHex(result.hash)}`);
    expect(distance).toBeLessThanOrEqual(MAX_DISTANCE);
    expect(Math.abs(result.quality - expected.quality)).toBeLessThanOrEqual(2);
  });

  it('ignores an embedded CMYK profile, as the reference does', async () => {
    const plain = await decodeImageFile(fixtures.get('cmyk-adobe-320x240.jpg') ?? '');
    const withProfile = await decodeImageFile(fixtures.get('cmyk-adobe-icc-320x240.jpg') ?? '');
    expect(Buffer.from(withProfile.data).equals(Buffer.from(plain.data))).toBe(true);
  });

  it('reads a CMYK JPEG the same with or without the Adobe marker, as the reference does', async () => {
    const plainFile = fixtures.get('cmyk-plain-320x240.jpg') ?? '';
    const markedFile = path.join(dir, 'cmyk-plain-marked-320x240.jpg');
    fs.writeFileSync(markedFile, withSegments(fs.readFileSync(plainFile), [Buffer.from(adobeSegment(0))]));
    const plain = await decodeImageFile(plainFile);
    const marked = await decodeImageFile(markedFile);
    expect(Buffer.from(marked.data).equals(Buffer.from(plain.data))).toBe(true);
  });

  it('applies the EXIF orientation to a CMYK JPEG when asked', async () => {
    // APP1 Exif, little-endian TIFF, one IFD entry: Orientation (0x0112) = 6, rotate 90° clockwise.
    const tiff = [0x49, 0x49, 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0];
    const exif = Buffer.from(jpegSegment(0xe1, [...Buffer.from('Exif\0\0', 'latin1'), ...tiff]));
    const file = path.join(dir, 'cmyk-adobe-rotated-320x240.jpg');
    fs.writeFileSync(file, withSegments(fs.readFileSync(fixtures.get('cmyk-adobe-320x240.jpg') ?? ''), [exif]));
    const stored = await decodeImageFile(file);
    const shown = await decodeImageFile(file, { orientation: 'apply' });
    expect([stored.width, stored.height, shown.width, shown.height]).toEqual([320, 240, 240, 320]);
    let differing = 0;
    for (let y = 0; y < shown.height; y += 1) {
      for (let x = 0; x < shown.width; x += 1) {
        const from = ((stored.height - 1 - x) * stored.width + y) * 3;
        const to = (y * shown.width + x) * 3;
        for (let c = 0; c < 3; c += 1) if (shown.data[to + c] !== stored.data[from + c]) differing += 1;
      }
    }
    expect(differing).toBe(0);
  });

  it('decodes YCCK (Adobe transform 2) like the same CMYK', async () => {
    const cmyk = await decodeImageFile(fixtures.get('cmyk-adobe-640x480.jpg') ?? '');
    const ycck = await decodeImageFile(fixtures.get('ycck-adobe-640x480.jpg') ?? '');
    let worst = 0;
    for (let i = 0; i < cmyk.data.length; i += 1) worst = Math.max(worst, Math.abs((cmyk.data[i] ?? 0) - (ycck.data[i] ?? 0)));
    expect(worst).toBeLessThanOrEqual(8); // the YCbCr round trip's own rounding
  });

  afterAll(() => {
    console.log(`CMYK fixtures, distance to the reference's hash (before: sharp's profile conversion):\n${table.sort().join('\n')}`);
  });
});

describe('cmykToRgb', () => {
  it('is ImageMagick Q16 arithmetic, scaled to 8 bits, for every (ink, black) pair', () => {
    const samples = new Uint8Array(256 * 256 * 4);
    for (let k = 0; k < 256; k += 1) {
      for (let c = 0; c < 256; c += 1) samples.set([c, 255 - c, c >> 1, k], (k * 256 + c) * 4);
    }
    const rgb = cmykToRgb(samples, 256 * 256, 4);
    // ImageMagick 6, Q16: quantum = QuantumRange − (C·(QuantumRange − K)/QuantumRange + K), rounded
    // to the nearest quantum, then ScaleQuantumToChar.
    const magick = (ink: number, black: number) => {
      const range = 65535;
      const quantum = Math.floor(range - ((1 / range) * (257 * ink) * (range - 257 * black) + 257 * black) + 0.5);
      return (quantum + 128 - ((quantum + 128) >> 8)) >> 8;
    };
    let mismatches = 0;
    for (let i = 0; i < 256 * 256; i += 1) {
      for (let channel = 0; channel < 3; channel += 1) {
        if (rgb[i * 3 + channel] !== magick(samples[i * 4 + channel] ?? 0, samples[i * 4 + 3] ?? 0)) mismatches += 1;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('skips a fifth (alpha) channel and refuses too few samples', () => {
    expect([...cmykToRgb(Uint8Array.from([0, 255, 51, 0, 9, 255, 0, 0, 255, 9]), 2, 5)]).toEqual([255, 0, 204, 0, 0, 0]);
    expect(() => cmykToRgb(new Uint8Array(7), 2, 4)).toThrow(RangeError);
    expect(() => cmykToRgb(new Uint8Array(6), 2, 3)).toThrow(RangeError);
  });
});

// The conformance vector: images/misc-images/modes/CMYK.jpg (Pillow's CMYK, Adobe marker) and the
// reference's own decoded pixels of it.
const VECTORS = fileURLToPath(new URL('../../../../shared/pdq-vectors/', import.meta.url));
const hasVectors = fs.existsSync(path.join(VECTORS, 'expected/reference.csv'));
if (!hasVectors && process.env['CI'] === 'true') throw new Error('../shared/pdq-vectors is required under CI=true');

describe.skipIf(!hasVectors)('the CMYK conformance vector', () => {
  it('decodes to exactly the reference’s pixels and hash', async () => {
    const row = fs
      .readFileSync(path.join(VECTORS, 'expected/reference.csv'), 'utf8')
      .split(/\r?\n/)
      .map((line) => line.split(','))
      .find((fields) => fields[1] === 'images/misc-images/modes/CMYK.jpg');
    if (!row) throw new Error('CMYK.jpg is not in reference.csv');
    const image = await decodeImageFile(path.join(VECTORS, row[1] ?? ''));
    const reference = await sharp(path.join(VECTORS, row[0] ?? ''), { ignoreIcc: true }).raw().toBuffer();
    expect(Buffer.from(image.data).equals(reference)).toBe(true);
    expect(formatPdqHex(pdqHash(image).hash)).toBe(row[2]);
  });
});
