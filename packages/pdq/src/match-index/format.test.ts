import fc from 'fast-check';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PdqHash } from '../signal.js';
import { crc32, HEADER_BYTES_V1 as HEADER_BYTES, MatchIndexFormatError } from './format.js';
import { MatchIndex } from './match-index.js';
import { flipBits, randomHash, rng } from './test-data.js';

function sample(): { index: MatchIndex; queries: PdqHash[] } {
  const next = rng(11);
  const index = new MatchIndex({ radius: 29, bufferSize: 40, minIndexed: 0, layout: { slots: 16, bits: 6 } });
  const queries: PdqHash[] = [];
  let id = 5;
  for (let c = 0; c < 12; c += 1) {
    const centre = randomHash(next);
    queries.push(centre);
    for (let k = 0; k <= 40; k += 2) index.add((id += 3), flipBits(centre, k, next));
  }
  index.addMany([1, 2, 3], [randomHash(next), randomHash(next), randomHash(next)]);
  for (let i = 8; i < 200; i += 7) index.remove(i);
  index.add(2 ** 32 - 1, queries[0] ?? randomHash(next)); // left in the buffer
  return { index, queries };
}

/** Version 1 (ids and hashes; load rebuilds): still read. Version 2 is tested in format-v2.test.ts. */
const v1 = (index: MatchIndex): Uint8Array => index.save({ version: 1 });

describe('MatchIndex save / load, version 1', () => {
  it('round-trips: same size, radius and answers, and the same bytes when saved again', () => {
    const { index, queries } = sample();
    expect(index.describe().buffered).toBeGreaterThan(0);
    expect(index.describe().segments.length).toBeGreaterThan(0);
    const bytes = v1(index);
    expect(bytes.length).toBe(HEADER_BYTES + 36 * index.size);
    const loaded = MatchIndex.load(bytes);
    expect(loaded.size).toBe(index.size);
    expect(loaded.radius).toBe(29);
    for (const q of queries) {
      expect(loaded.query(q)).toEqual(index.query(q));
      expect(loaded.query(q, 40)).toEqual(index.query(q, 40));
    }
    expect(v1(loaded)).toEqual(bytes);
    // Also with other (advanced) options on load, and from an unaligned view of a larger buffer.
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 1);
    const again = MatchIndex.load(padded.subarray(1, 1 + bytes.length), { minIndexed: 0, layout: { slots: 11, bits: 8 } });
    for (const q of queries) expect(again.query(q, 35)).toEqual(index.query(q, 35));
  });

  it('round-trips an empty index', () => {
    const bytes = v1(new MatchIndex({ radius: 0 }));
    expect(bytes.length).toBe(HEADER_BYTES);
    const loaded = MatchIndex.load(bytes);
    expect(loaded.size).toBe(0);
    expect(loaded.radius).toBe(0);
    expect(loaded.query(new Uint8Array(32), 256)).toEqual([]);
  });

  it('writes the documented header', () => {
    const bytes = v1(sample().index);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x4a, 0x4b, 0x50, 0x44, 0x51, 0x0d, 0x0a]);
    expect(view.getUint32(8, true)).toBe(1);
    expect(view.getUint32(12, true)).toBe(HEADER_BYTES);
    expect(view.getUint32(16, true)).toBe(29);
    expect(view.getUint32(20, true)).toBe((bytes.length - HEADER_BYTES) / 36);
  });

  it('rejects every truncation with a clear error', () => {
    const bytes = v1(sample().index);
    fc.assert(fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (length) => {
      expect(() => MatchIndex.load(bytes.slice(0, length))).toThrow(/truncated/);
    }), { numRuns: 300 });
    expect(() => MatchIndex.load(new Uint8Array(0))).toThrow(MatchIndexFormatError);
  });

  it('rejects any corrupted byte', () => {
    const bytes = v1(sample().index);
    fc.assert(fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, xor) => {
      const bad = bytes.slice();
      bad[at] = (bad[at] ?? 0) ^ xor;
      expect(() => MatchIndex.load(bad)).toThrow(MatchIndexFormatError);
    }), { numRuns: 500 });
  });

  it('says what is wrong', () => {
    const bytes = v1(sample().index);
    const edit = (f: (b: Uint8Array, v: DataView) => void): Uint8Array => {
      const b = bytes.slice();
      f(b, new DataView(b.buffer));
      return b;
    };
    expect(() => MatchIndex.load(edit((b) => b.set([0x50, 0x4b], 0)))).toThrow(/magic/);
    expect(() => MatchIndex.load(edit((_, v) => v.setUint32(8, 3, true)))).toThrow(/version 3 is not supported/);
    expect(() => MatchIndex.load(edit((b) => { b[100] = (b[100] ?? 0) ^ 1; }))).toThrow(/checksum/);
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(() => MatchIndex.load(longer)).toThrow(/1 unexpected bytes/);
  });

  it('CRC-32 agrees with zlib, whole and continued', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (data, cut) => {
      const at = Math.min(cut, data.length);
      expect(crc32(data)).toBe(zlibCrc32(data));
      expect(crc32(data, at, data.length, crc32(data, 0, at))).toBe(zlibCrc32(data));
    }));
  });
});
