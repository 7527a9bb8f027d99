import { describe, expect, it } from 'vitest';
import { hamming, type PdqHash } from '../signal.js';
import { FORMAT_VERSION } from './format.js';
import { MatchIndex, type MatchIndexOptions, type MatchResult } from './match-index.js';
import { flipBits, randomHash, rng } from './test-data.js';

/** The oracle: a plain map and signal.ts's byte-wise distance (independent of the index's code). */
function expected(model: ReadonlyMap<number, PdqHash>, query: PdqHash, radius: number): MatchResult[] {
  const out: MatchResult[] = [];
  for (const [id, hash] of model) {
    const distance = hamming(hash, query);
    if (distance <= radius) out.push({ id, distance });
  }
  return out.sort((a, b) => a.distance - b.distance || a.id - b.id);
}

/**
 * An index of `n` hashes near a few centres, built in batches and by single adds (several segments
 * and a non-empty buffer), with some removed (tombstones), kept alongside its model.
 */
function build(n: number, options: MatchIndexOptions, seed = 7) {
  const next = rng(seed);
  const centres = Array.from({ length: 64 }, () => randomHash(next));
  const model = new Map<number, PdqHash>();
  const index = new MatchIndex(options);
  const batch = Math.max(1, Math.floor(n / 3));
  for (let done = 0; done < n;) {
    const size = Math.min(batch, n - done);
    const ids: number[] = [];
    const hashes: PdqHash[] = [];
    for (let i = 0; i < size; i += 1, done += 1) {
      const id = done * 3 + 1;
      // Half near a centre (at every distance up to 47), half random.
      const hash = next() % 2 ? randomHash(next) : flipBits(centres[next() % centres.length] as PdqHash, next() % 48, next);
      ids.push(id);
      hashes.push(hash);
      model.set(id, hash);
    }
    if (size > 50) index.addMany(ids, hashes);
    else ids.forEach((id, i) => index.add(id, hashes[i] as PdqHash));
  }
  for (let i = 0; i < 30 && n > 0; i += 1) {
    const id = (next() % n) * 3 + 1;
    index.remove(id);
    model.delete(id);
  }
  for (let i = 0; i < 20; i += 1) {
    const id = 3 * n + 2 + i;
    const hash = flipBits(centres[i % centres.length] as PdqHash, i, next);
    index.add(id, hash);
    model.set(id, hash);
  }
  const queries = [...centres.slice(0, 8), randomHash(next), ...[...model.values()].slice(0, 4)];
  return { index, model, queries };
}

const CASES: { name: string; n: number; options: MatchIndexOptions }[] = [
  { name: 'empty', n: 0, options: {} },
  { name: 'buffer only', n: 40, options: { bufferSize: 4096 } },
  { name: 'segments below the indexing threshold (scanned)', n: 3000, options: { bufferSize: 256 } },
  { name: 'auto layout', n: 6000, options: { bufferSize: 512, minIndexed: 0 } },
  { name: 'forced 16 × 8 bits, always probing', n: 5000, options: { bufferSize: 512, minIndexed: 0, layout: { slots: 16, bits: 8 }, alwaysProbe: true } },
  { name: 'forced 11 × 10 bits', n: 4000, options: { bufferSize: 100, minIndexed: 0, layout: { slots: 11, bits: 10 }, alwaysProbe: true } },
  { name: 'auto layout at 40,000 (an indexed segment and a scanned one)', n: 40000, options: { bufferSize: 64 } },
];

/** Byte equality without vitest's element-by-element deep equality (seconds on megabytes). */
const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

const segmentsOf = (index: MatchIndex): unknown[] => Reflect.get(index, 'segments') as unknown[];

describe('MatchIndex save / load, version 2 (built tables)', () => {
  for (const { name, n, options } of CASES) {
    it(`round-trips: ${name}`, () => {
      const { index, model, queries } = build(n, options);
      const bytes = index.save();
      expect(new DataView(bytes.buffer).getUint32(8, true)).toBe(FORMAT_VERSION);
      expect(index.size).toBe(model.size);
      const loaded = MatchIndex.load(bytes, options);
      expect(loaded.size).toBe(model.size);
      expect(loaded.describe()).toEqual(index.describe());
      expect(loaded.byteLength).toBe(index.byteLength);
      for (const q of queries) {
        const all = expected(model, q, 40);
        for (const r of [0, 12, 31, 40]) {
          const want = all.filter((h) => h.distance <= r);
          expect(index.query(q, r)).toEqual(want);
          expect(loaded.query(q, r)).toEqual(want);
        }
      }
      expect(same(loaded.save(), bytes)).toBe(true);
      // The v1 form of the same index answers the same.
      const fromV1 = MatchIndex.load(index.save({ version: 1 }), options);
      for (const q of queries) expect(fromV1.query(q)).toEqual(loaded.query(q));
    });
  }

  it('wraps the loaded bytes instead of rebuilding, and keeps the saved layouts', () => {
    const { index, queries, model } = build(40000, { bufferSize: 64 });
    const bytes = index.save();
    // A forced layout on load would be used by a rebuild; the saved segment keeps its own.
    const loaded = MatchIndex.load(bytes, { layout: { slots: 5, bits: 9 } });
    expect(loaded.describe()).toEqual(index.describe());
    const segment = segmentsOf(loaded)[0] as { ids: Uint32Array; tables: { postings: Uint32Array }[] };
    expect(segment.ids.buffer).toBe(bytes.buffer);
    expect(segment.tables[0]?.postings.buffer).toBe(bytes.buffer);
    // Removing from the loaded index does not write into the caller's bytes.
    const before = bytes.slice();
    const victim = [...model.keys()][0] as number;
    expect(loaded.remove(victim)).toBe(true);
    expect(same(bytes, before)).toBe(true);
    expect(loaded.query(queries[0] as PdqHash, 256).some((h) => h.id === victim)).toBe(false);
    // From an unaligned view it copies once and still answers the same.
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    const unaligned = MatchIndex.load(padded.subarray(3));
    for (const q of queries) expect(unaligned.query(q)).toEqual(index.query(q));
  });

  it('keeps narrow bucket-table blocks (one bucket with more than 65,535 entries)', () => {
    const next = rng(3);
    const one = randomHash(next);
    const n = 90000;
    const hashes = Array.from({ length: n }, (_, i) => (i % 10 === 0 ? randomHash(next) : one));
    const index = new MatchIndex({ minIndexed: 0, layout: { slots: 16, bits: 8 }, alwaysProbe: true });
    index.addMany(Array.from({ length: n }, (_, i) => i), hashes);
    const shifts = (segmentsOf(index)[0] as { tables: { blockShift: number }[] }).tables.map((t) => t.blockShift);
    expect(Math.min(...shifts)).toBeLessThan(6);
    const loaded = MatchIndex.load(index.save());
    expect(loaded.query(one, 0).length).toBe(0.9 * n);
    expect(loaded.query(one, 0)).toEqual(index.query(one, 0));
  });
});
