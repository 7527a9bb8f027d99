import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdqHash } from './pdq-hash.js';
import type { PixelImage } from './pixel-image.js';
import { formatPdqHex, parsePdqHex, type PdqHash } from './signal.js';
import {
  compareVpdq,
  formatVpdqText,
  isVpdqMatch,
  parseVpdqText,
  uniqueQualityFrames,
  vpdqFrameHash,
  VpdqFormatError,
  type VpdqFrame,
} from './vpdq.js';

/** A hash that differs from the all-zero hash in bits offset..offset+bits-1. */
function hashWithBits(bits: number, offset = 0): PdqHash {
  const h = new Uint8Array(32);
  for (let i = offset; i < offset + bits; i += 1) h[i >> 3] = (h[i >> 3] ?? 0) | (0x80 >> (i & 7));
  return h;
}

function frame(hash: PdqHash, quality = 100, frameNumber = 0): VpdqFrame {
  return { frameNumber, quality, hash, timestampSeconds: frameNumber / 30 };
}

const SAMPLE = [
  '0,100,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,0.000',
  '1,100,c0f11178372c6aaccddea259648fbfd62f434c89c9e99b249772be216c8d055c,0.033',
  '2,49,c0f10b78372c6aacc5dea25b748fb7d22f434c89c9a9db249772b6216c8d855c,0.067',
].join('\n');

describe('parseVpdqText / formatVpdqText', () => {
  it('reads the reference format and writes it back unchanged', () => {
    const frames = parseVpdqText(`${SAMPLE}\n`);
    expect(frames).toHaveLength(3);
    expect(frames[2]).toEqual({
      frameNumber: 2,
      quality: 49,
      hash: parsePdqHex('c0f10b78372c6aacc5dea25b748fb7d22f434c89c9a9db249772b6216c8d855c'),
      timestampSeconds: 0.067,
    });
    expect(formatVpdqText(frames)).toBe(`${SAMPLE}\n`);
  });

  it('accepts CRLF line ends, blank lines and an empty text', () => {
    expect(parseVpdqText(`\r\n${SAMPLE.replaceAll('\n', '\r\n')}\r\n\r\n`)).toHaveLength(3);
    expect(parseVpdqText('')).toEqual([]);
    expect(formatVpdqText([])).toBe('');
  });

  it('rounds timestamps to milliseconds as the reference prints them', () => {
    expect(formatVpdqText([frame(hashWithBits(0), 90, 1)])).toBe(`1,90,${'0'.repeat(64)},0.033\n`);
  });

  it.each([
    ['0,100,abc', /line 1 has 3 comma-separated fields; expected 4/],
    ['0,100,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,0.0,extra', /has 5 comma-separated fields/],
    ['x,100,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,0.0', /frame number "x"/],
    ['-1,100,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,0.0', /frame number "-1"/],
    ['0,101,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,0.0', /quality "101"/],
    ['0,9.5,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,0.0', /quality "9.5"/],
    ['0,100,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055,0.0', /line 1: A PDQ hash has exactly 64/],
    ['0,100,g271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,0.0', /line 1: .*position 1/],
    ['0,100,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,soon', /timestamp "soon"/],
    ['0,100,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,', /timestamp ""/],
  ])('rejects %j with a clear message', (line, message) => {
    expect(() => parseVpdqText(line)).toThrow(VpdqFormatError);
    expect(() => parseVpdqText(line)).toThrow(message);
  });

  it('names the line that is wrong', () => {
    expect(() => parseVpdqText(`${SAMPLE}\n3,100,zz,0.1\n`)).toThrow(/vPDQ line 4/);
  });

  it('refuses to write a frame it could not read back', () => {
    expect(() => formatVpdqText([frame(hashWithBits(0), 100.5)])).toThrow(/quality 100.5/);
    expect(() => formatVpdqText([{ ...frame(hashWithBits(0)), frameNumber: -1 }])).toThrow(/Frame number -1/);
    expect(() => formatVpdqText([{ ...frame(hashWithBits(0)), timestampSeconds: Number.NaN }])).toThrow(/timestamp NaN/);
  });
});

describe('uniqueQualityFrames', () => {
  it('drops frames below the quality threshold (50 by default, inclusive) and repeated hashes', () => {
    const a = hashWithBits(10);
    const b = hashWithBits(20);
    const frames = [frame(a, 49, 0), frame(a, 50, 1), frame(a, 100, 2), frame(b, 100, 3), frame(hashWithBits(30), 0, 4)];
    expect(uniqueQualityFrames(frames).map((f) => f.frameNumber)).toEqual([1, 3]);
    expect(uniqueQualityFrames(frames, 0).map((f) => f.frameNumber)).toEqual([0, 3, 4]);
    expect(uniqueQualityFrames(frames, 101)).toEqual([]);
  });
});

describe('compareVpdq', () => {
  const zero = hashWithBits(0);

  it('counts a pair of frames at distance 31 as matching and at 32 as not', () => {
    expect(compareVpdq([frame(zero)], [frame(hashWithBits(31))])).toMatchObject({ queryMatchPercent: 100, targetMatchPercent: 100 });
    expect(compareVpdq([frame(zero)], [frame(hashWithBits(32))])).toMatchObject({ queryMatchPercent: 0, targetMatchPercent: 0 });
    expect(compareVpdq([frame(zero)], [frame(hashWithBits(32))], { distance: 32 }).queryMatchPercent).toBe(100);
    expect(compareVpdq([frame(zero)], [frame(hashWithBits(1))], { distance: 0 }).queryMatchPercent).toBe(0);
  });

  it('reports both directions: a clip inside a longer video', () => {
    // The query holds the 2 target scenes plus 2 scenes of its own.
    const scenes = [0, 64, 128, 192].map((offset) => hashWithBits(40, offset));
    const query = scenes.map((h, i) => frame(h, 100, i));
    const target = [frame(scenes[0] ?? zero), frame(scenes[2] ?? zero)];
    const r = compareVpdq(query, target);
    expect(r).toEqual({
      queryMatchPercent: 50,
      targetMatchPercent: 100,
      queryFrames: 4,
      queryMatchedFrames: 2,
      targetFrames: 2,
      targetMatchedFrames: 2,
    });
    // Pc = 80 % of the target found in the query, Pq = 0 %: the longer query matches the clip ...
    expect(isVpdqMatch(r)).toBe(true);
    // ... but the clip, as a query, holds only half of the longer video.
    expect(isVpdqMatch(compareVpdq(target, query))).toBe(false);
  });

  it('counts each distinct hash once and ignores low-quality frames on both sides', () => {
    const a = hashWithBits(40, 0);
    const b = hashWithBits(40, 100);
    const query = [frame(a), frame(a), frame(a), frame(b, 10)];
    const target = [frame(a), frame(b)];
    expect(compareVpdq(query, target)).toMatchObject({ queryFrames: 1, queryMatchPercent: 100, targetFrames: 2, targetMatchPercent: 50 });
    expect(compareVpdq(query, target, { qualityThreshold: 0 })).toMatchObject({ queryFrames: 2, targetMatchPercent: 100 });
  });

  it('gives 0 % both ways when a side has no usable frame', () => {
    const low = [frame(zero, 20)];
    expect(compareVpdq(low, [frame(zero)])).toMatchObject({ queryMatchPercent: 0, targetMatchPercent: 0, queryFrames: 0 });
    expect(compareVpdq([frame(zero)], [])).toMatchObject({ queryMatchPercent: 0, targetMatchPercent: 0, targetFrames: 0 });
  });

  it('rejects nonsense options and malformed hashes', () => {
    expect(() => compareVpdq([], [], { distance: -1 })).toThrow(RangeError);
    expect(() => compareVpdq([], [], { distance: 2.5 })).toThrow(RangeError);
    expect(() => compareVpdq([frame(new Uint8Array(31))], [frame(zero)])).toThrow(/32 bytes/);
  });

  const hashArb = fc.uint8Array({ minLength: 32, maxLength: 32 });
  const framesArb = fc.array(
    fc.record({ hash: hashArb, quality: fc.integer({ min: 0, max: 100 }) }).map(({ hash, quality }) => frame(hash, quality)),
    { maxLength: 12 },
  );

  it('is symmetric: swapping the videos swaps the two percentages', () => {
    fc.assert(
      fc.property(framesArb, framesArb, fc.integer({ min: 0, max: 256 }), (a, b, distance) => {
        const ab = compareVpdq(a, b, { distance });
        const ba = compareVpdq(b, a, { distance });
        expect(ba.queryMatchPercent).toBe(ab.targetMatchPercent);
        expect(ba.targetMatchPercent).toBe(ab.queryMatchPercent);
      }),
    );
  });

  it('agrees with a direct transcription of the reference README pseudocode', () => {
    const hamming = (x: PdqHash, y: PdqHash) => {
      let d = 0;
      for (let i = 0; i < 32; i += 1) for (let v = (x[i] ?? 0) ^ (y[i] ?? 0); v; v &= v - 1) d += 1;
      return d;
    };
    const prepare = (fs: readonly VpdqFrame[]) => {
      const byHex = new Map<string, VpdqFrame>();
      for (const f of fs) if (f.quality >= 50 && !byHex.has(formatPdqHex(f.hash))) byHex.set(formatPdqHex(f.hash), f);
      return [...byHex.values()];
    };
    fc.assert(
      fc.property(framesArb, framesArb, fc.integer({ min: 100, max: 140 }), (a, b, distance) => {
        const q = prepare(a);
        const c = prepare(b);
        const qm = q.filter((x) => c.some((y) => hamming(x.hash, y.hash) <= distance)).length;
        const cm = c.filter((y) => q.some((x) => hamming(x.hash, y.hash) <= distance)).length;
        const r = compareVpdq(a, b, { distance });
        expect(r.queryMatchPercent).toBe(q.length && c.length ? (qm * 100) / q.length : 0);
        expect(r.targetMatchPercent).toBe(q.length && c.length ? (cm * 100) / c.length : 0);
      }),
    );
  });

  it('finds a video fully in itself', () => {
    const frames = [0, 1, 2].map((i) => frame(hashWithBits(50, 60 * i), 90, i));
    expect(compareVpdq(frames, frames)).toMatchObject({ queryMatchPercent: 100, targetMatchPercent: 100 });
  });
});

describe('isVpdqMatch', () => {
  it('needs Pc = 80 % of the target and Pq = 0 % of the query by default', () => {
    expect(isVpdqMatch({ queryMatchPercent: 0, targetMatchPercent: 80 })).toBe(true);
    expect(isVpdqMatch({ queryMatchPercent: 100, targetMatchPercent: 79.99 })).toBe(false);
  });

  it('takes other thresholds', () => {
    const r = { queryMatchPercent: 60, targetMatchPercent: 100 };
    expect(isVpdqMatch(r, { queryThreshold: 60 })).toBe(true);
    expect(isVpdqMatch(r, { queryThreshold: 100 })).toBe(false);
    expect(isVpdqMatch(r, { comparisonThreshold: 100, queryThreshold: 100 })).toBe(false);
    expect(isVpdqMatch({ queryMatchPercent: 100, targetMatchPercent: 100 }, { comparisonThreshold: 100, queryThreshold: 100 })).toBe(true);
  });
});

describe('vpdqFrameHash', () => {
  /** A smooth picture with some structure, plus deterministic noise. */
  function picture(width: number, height: number, channels: 1 | 2 | 3 | 4, seed = 1): PixelImage {
    const data = new Uint8Array(width * height * channels);
    let state = seed;
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        for (let c = 0; c < channels; c += 1) {
          state = (Math.imul(state, 1103515245) + 12345) >>> 0;
          const wave = 128 + 60 * Math.sin((x * (c + 1)) / 17) * Math.cos(y / 23) + (x > width / 2 ? 40 : -40);
          data[(y * width + x) * channels + c] = Math.max(0, Math.min(255, Math.round(wave + ((state >>> 24) % 16))));
        }
      }
    }
    return { width, height, channels, data };
  }

  it.each([
    [200, 300, 3],
    [512, 512, 3],
    [97, 64, 4],
    [64, 64, 3],
    [300, 129, 1],
    [130, 70, 2],
  ] as const)('equals pdqHash on a %i × %i × %i image, which pdqHash does not resize either', (w, h, ch) => {
    const image = picture(w, h, ch);
    const ours = vpdqFrameHash(image);
    const photo = pdqHash(image);
    expect(formatPdqHex(ours.hash)).toBe(formatPdqHex(photo.hash));
    expect(ours.quality).toBe(photo.quality);
  });

  it('hashes frames over 512 pixels at their own size, unlike the photo hasher', () => {
    const image = picture(480, 720, 3);
    const frame = vpdqFrameHash(image);
    expect(frame.quality).toBeGreaterThan(50);
    // Same picture, so close; not identical, since pdqHash first resizes to 512 × 512.
    const d = compareVpdq([{ frameNumber: 0, quality: 100, hash: frame.hash, timestampSeconds: 0 }], [
      { frameNumber: 0, quality: 100, hash: pdqHash(image).hash, timestampSeconds: 0 },
    ]);
    expect(d.queryMatchPercent).toBe(100);
    expect(vpdqFrameHash(image)).toEqual(frame);
  });

  it('gives frames under 5 pixels the all-zero hash with quality 0, and rejects malformed input', () => {
    expect(vpdqFrameHash({ width: 4, height: 100, channels: 3, data: new Uint8Array(1200) })).toEqual({
      hash: new Uint8Array(32),
      quality: 0,
    });
    expect(() => vpdqFrameHash({ width: 10, height: 10, channels: 3, data: new Uint8Array(5) })).toThrow(/bytes/);
  });
});
