import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hamming, type PdqHash } from '../signal.js';
import { bruteForceQuery } from './brute-force.js';
import { chooseLayout, DEFAULT_BYTES_PER_HASH } from './choose-layout.js';
import { ballMasks, ballSize, makeLayout, slotKey } from './layout.js';
import { slotTableBytes } from './segment.js';
import { MatchIndex, type MatchIndexOptions, type MatchResult } from './match-index.js';
import { flipBits, randomHash, rng } from './test-data.js';
import { hashToWords, packHashes, popcount32, wordsToHash } from './words.js';

/** The oracle: a plain map and signal.ts's byte-wise distance (independent of the index's code). */
function expected(model: ReadonlyMap<number, PdqHash>, query: PdqHash, radius: number): MatchResult[] {
  const out: MatchResult[] = [];
  for (const [id, hash] of model) {
    const distance = hamming(hash, query);
    if (distance <= radius) out.push({ id, distance });
  }
  return out.sort((a, b) => a.distance - b.distance || a.id - b.id);
}

/** Random centres, each with near-duplicates at every distance 0..maxDistance, plus background. */
function clustered(seed: number, centres: number, maxDistance: number, background: number) {
  const next = rng(seed);
  const model = new Map<number, PdqHash>();
  const centreHashes: PdqHash[] = [];
  let id = 0;
  for (let c = 0; c < centres; c += 1) {
    const centre = randomHash(next);
    centreHashes.push(centre);
    for (let k = 0; k <= maxDistance; k += 1) {
      model.set(id, flipBits(centre, k, next));
      id += 1 + (next() % 3); // ids with gaps
    }
  }
  for (let i = 0; i < background; i += 1) {
    model.set(id, randomHash(next));
    id += 1;
  }
  return { model, centreHashes, next };
}

const RADII = [0, 1, 15, 31, 32, 40];

/** Small forced layouts so that tests on a few thousand hashes exercise every query path. */
const LAYOUTS: { name: string; options: MatchIndexOptions }[] = [
  { name: 'auto layout', options: { bufferSize: 64, minIndexed: 0 } },
  { name: '16 slots × 8 bits (probe radius 0–2)', options: { bufferSize: 64, minIndexed: 0, alwaysProbe: true, layout: { slots: 16, bits: 8 } } },
  { name: '11 slots × 10 bits (probe radius 0–3)', options: { bufferSize: 64, minIndexed: 0, alwaysProbe: true, layout: { slots: 11, bits: 10 } } },
  { name: '8 slots × 12 bits, uneven bit ranges', options: { bufferSize: 64, minIndexed: 0, alwaysProbe: true, layout: { slots: 8, bits: 12 } } },
  { name: '32 slots × 8 bits (exact byte probes)', options: { bufferSize: 64, minIndexed: 0, alwaysProbe: true, layout: { slots: 32, bits: 8 } } },
  { name: '3 slots × 7 bits (mostly falls back to a scan)', options: { bufferSize: 64, minIndexed: 0, alwaysProbe: true, layout: { slots: 3, bits: 7 } } },
  { name: 'scan only (no index)', options: {} },
];

describe('words and layout helpers', () => {
  it('popcount32 counts bits', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (x) => {
      expect(popcount32(x)).toBe(x.toString(2).replace(/0/g, '').length);
    }));
  });

  it('packs hashes big-endian and back', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
      const words = hashToWords(bytes);
      expect(words[0]).toBe((((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)) >>> 0);
      expect(wordsToHash(words)).toEqual(bytes);
      expect(packHashes([bytes, bytes])).toEqual(packHashes(Uint8Array.from([...bytes, ...bytes])));
    }));
  });

  it('slot keys read the right bits, across word boundaries too', () => {
    const next = rng(7);
    const hash = randomHash(next);
    const words = hashToWords(hash);
    const bit = (i: number) => ((hash[i >>> 3] ?? 0) >>> (7 - (i & 7))) & 1;
    for (const [start, bits] of [[0, 16], [23, 21], [28, 8], [240, 16], [233, 23], [31, 1]] as const) {
      let want = 0;
      for (let i = 0; i < bits; i += 1) want = want * 2 + bit(start + i);
      expect(slotKey(words, 0, start, bits)).toBe(want);
    }
  });

  it('ball masks are the distinct values within the radius', () => {
    for (const [bits, r] of [[8, 0], [8, 2], [16, 1], [21, 2], [10, 3]] as const) {
      const masks = ballMasks(bits, r);
      expect(masks.length).toBe(ballSize(bits, r));
      expect(new Set(masks).size).toBe(masks.length);
      for (const m of masks) {
        expect(popcount32(m)).toBeLessThanOrEqual(r);
        expect(m >>> bits).toBe(0);
      }
    }
  });

  it('chooses layouts within the memory budget, and none where a scan is cheaper', () => {
    expect(chooseLayout(1000, 31)).toBeNull();
    for (const n of [1e5, 1e6, 1e7, 3e7]) {
      const layout = chooseLayout(n, 31);
      expect(layout).not.toBeNull();
      if (!layout) continue;
      expect(36.125 + (layout.slots * slotTableBytes(n, layout.bits)) / n).toBeLessThanOrEqual(DEFAULT_BYTES_PER_HASH);
      expect(layout.slots * layout.bits).toBeLessThanOrEqual(256);
    }
    const lean = chooseLayout(1e7, 31, 90);
    expect(lean && 36.125 + (lean.slots * slotTableBytes(1e7, lean.bits)) / 1e7).toBeLessThanOrEqual(90);
    expect(chooseLayout(1e6, 31, 40)).toBeNull();
    expect(makeLayout(11, 23).starts).toEqual(Array.from({ length: 11 }, (_, j) => Math.floor((j * 256) / 11)));
  });
});

describe('bruteForceQuery', () => {
  it('equals the oracle, sorted by distance then position', () => {
    const { model, centreHashes } = clustered(1, 5, 40, 200);
    const hashes = [...model.values()];
    const ids = [...model.keys()];
    const words = packHashes(hashes);
    for (const centre of centreHashes) {
      for (const r of RADII) {
        const got = bruteForceQuery(words, hashes.length, centre, r).map((h) => ({ id: ids[h.index] ?? -1, distance: h.distance }));
        expect(got.sort((a, b) => a.distance - b.distance || a.id - b.id)).toEqual(expected(model, centre, r));
      }
    }
    expect(bruteForceQuery(words, 0, centreHashes[0] ?? new Uint8Array(32), 256)).toEqual([]);
  });
});

describe('MatchIndex: exact answers (100 % recall) against brute force', () => {
  const random = (() => {
    const next = rng(2);
    const model = new Map<number, PdqHash>();
    for (let i = 0; i < 3000; i += 1) model.set(i * 7 + 3, randomHash(next));
    const queries = [...[...model.values()].slice(0, 20), ...Array.from({ length: 20 }, () => randomHash(next))];
    return { model, queries, answers: queries.map((q) => expected(model, q, 40)) };
  })();
  const cluster = (() => {
    const { model, centreHashes, next } = clustered(3, 40, 40, 1500);
    // Query the centres, and points near them (so matches sit on both sides of the radius).
    const queries = [...centreHashes, ...centreHashes.slice(0, 20).map((c, i) => flipBits(c, 5 + i, next))];
    return { model, queries, answers: queries.map((q) => expected(model, q, 40)) };
  })();

  it('the forced layouts really probe (they do not fall back to scanning)', () => {
    const index = new MatchIndex({ bufferSize: 64, minIndexed: 0, alwaysProbe: true, layout: { slots: 16, bits: 8 } });
    index.addMany([...cluster.model.keys()], [...cluster.model.values()]);
    const probing = (index as unknown as { segments: { probes(r: number): boolean }[] }).segments;
    // probes(radius): 16 slots probe radius 31 at 1 bit (and 0 on slot 15); radius 80 would need 5.
    expect(probing.map((s) => s.probes(31))).toEqual([true]);
    expect(probing.map((s) => s.probes(80))).toEqual([false]);
  });

  for (const { name, options } of LAYOUTS) {
    it(`${name}: random and clustered data, radii ${RADII.join(', ')}`, () => {
      for (const data of [random, cluster]) {
        const index = new MatchIndex(options);
        index.addMany([...data.model.keys()], [...data.model.values()]);
        expect(index.size).toBe(data.model.size);
        data.queries.forEach((q, i) => {
          const all = data.answers[i] ?? [];
          for (const r of RADII) expect(index.query(q, r)).toEqual(all.filter((h) => h.distance <= r));
        });
      }
    });
  }

  it('finds every planted near-duplicate at distances 0–31 and none beyond (default radius 31)', () => {
    const { model, centreHashes } = clustered(4, 30, 40, 0);
    const index = new MatchIndex({ bufferSize: 64, minIndexed: 0, alwaysProbe: true, layout: { slots: 16, bits: 8 } });
    index.addMany([...model.keys()], [...model.values()]);
    for (const centre of centreHashes) {
      const hits = index.query(centre);
      expect(hits.map((h) => h.distance)).toEqual(Array.from({ length: 32 }, (_, k) => k));
    }
  });

  it('finds a match near only on a slot probed one bit narrower (r = 31 over 11 slots: slot 10 at radius 1)', () => {
    const layout = makeLayout(11, 19);
    const flip = (hash: PdqHash, bit: number) => void (hash[bit >>> 3] = (hash[bit >>> 3] ?? 0) ^ (0x80 >>> (bit & 7)));
    const query = randomHash(rng(11));
    // 3 bits off in each of slots 0–9 (none within their radius of 2), 1 in slot 10: 31 in all.
    const near = query.slice();
    for (let j = 0; j < 10; j += 1) for (let b = 0; b < 3; b += 1) flip(near, (layout.starts[j] ?? 0) + b);
    flip(near, layout.starts[10] ?? 0);
    // The same, with 2 bits off in slot 10: 32, just out of reach.
    const far = near.slice();
    flip(far, (layout.starts[10] ?? 0) + 1);
    // Near on slot 0 and on slot 10 both: reported once.
    const twice = query.slice();
    flip(twice, 0);
    const index = new MatchIndex({ bufferSize: 64, minIndexed: 0, alwaysProbe: true, layout: { slots: 11, bits: 19 } });
    const others = Array.from({ length: 2000 }, (_, i) => randomHash(rng(100 + i)));
    index.addMany([1, 2, 3, ...others.map((_, i) => 10 + i)], [near, far, twice, ...others]);
    expect(index.query(query, 31)).toEqual([{ id: 3, distance: 1 }, { id: 1, distance: 31 }]);
    expect(index.query(query, 30)).toEqual([{ id: 3, distance: 1 }]);
    expect(index.query(query, 32)).toEqual([{ id: 3, distance: 1 }, { id: 1, distance: 31 }, { id: 2, distance: 32 }]);
  });

  it('auto layout at 60,000 hashes (a real multi-index) equals brute force', () => {
    const next = rng(5);
    const n = 60_000;
    const bytes = new Uint8Array(32 * n);
    const model = new Map<number, PdqHash>();
    const centres: PdqHash[] = [];
    for (let i = 0; i < n; i += 1) {
      let h = randomHash(next);
      if (i % 200 === 0) {
        const c = randomHash(next);
        centres.push(c);
        h = flipBits(c, (i / 200) % 41, next);
      }
      bytes.set(h, 32 * i);
      model.set(i, h);
    }
    const index = new MatchIndex();
    index.addMany(Uint32Array.from(model.keys()), bytes);
    expect(index.describe().segments[0]?.slots).toBeGreaterThan(0);
    for (const c of centres.slice(0, 40)) {
      const all = expected(model, c, 40);
      for (const r of [0, 15, 31, 32, 40]) expect(index.query(c, r)).toEqual(all.filter((h) => h.distance <= r));
    }
  });

  it('copes with one bucket holding more than 65,535 entries (narrower bucket-table blocks)', () => {
    const next = rng(12);
    const zero = new Uint8Array(32);
    const n = 90_000;
    const bytes = new Uint8Array(32 * n);
    const model = new Map<number, PdqHash>();
    for (let i = 0; i < n; i += 1) {
      // Mostly copies of one hash (as blank images give), some near it, some random.
      const h = i % 10 === 0 ? randomHash(next) : i % 10 === 1 ? flipBits(zero, i % 40, next) : zero;
      bytes.set(h, 32 * i);
      model.set(i, h);
    }
    const index = new MatchIndex({ layout: { slots: 16, bits: 8 }, minIndexed: 0, alwaysProbe: true });
    index.addMany(Uint32Array.from(model.keys()), bytes);
    const tables = (index as unknown as { segments: { tables: { blockShift: number }[] }[] }).segments[0]?.tables ?? [];
    expect(Math.min(...tables.map((t) => t.blockShift))).toBe(0);
    const all = expected(model, zero, 32);
    for (const r of [0, 31, 32]) expect(index.query(zero, r)).toEqual(all.filter((h) => h.distance <= r));
  });

  it('radius 256 returns everything; radius larger than the layout can probe still scans exactly', () => {
    const { model, centreHashes } = clustered(6, 3, 20, 50);
    const index = new MatchIndex({ bufferSize: 64, minIndexed: 0, alwaysProbe: true, layout: { slots: 4, bits: 16 } });
    index.addMany([...model.keys()], [...model.values()]);
    const c = centreHashes[0] ?? new Uint8Array(32);
    expect(index.query(c, 256)).toEqual(expected(model, c, 256));
    expect(index.query(c, 100)).toEqual(expected(model, c, 100));
  });
});

describe('MatchIndex: updates', () => {
  it('replaces an existing id, in the buffer and in segments', () => {
    const next = rng(8);
    const index = new MatchIndex({ bufferSize: 4, minIndexed: 0, alwaysProbe: true, layout: { slots: 16, bits: 4 } });
    const a = randomHash(next);
    const b = randomHash(next);
    index.add(1, a);
    index.add(1, b);
    expect(index.size).toBe(1);
    expect(index.query(a, 0)).toEqual([]);
    expect(index.query(b, 0)).toEqual([{ id: 1, distance: 0 }]);
    for (let i = 2; i < 10; i += 1) index.add(i, randomHash(next)); // 1 is now in a segment
    expect(index.describe().segments.length).toBeGreaterThan(0);
    index.add(1, a);
    expect(index.size).toBe(9);
    expect(index.query(a, 0)).toEqual([{ id: 1, distance: 0 }]);
    expect(index.query(b, 0)).toEqual([]);
    index.addMany([1, 1, 2], [b, a, b]); // the last duplicate wins
    expect(index.query(a, 0)).toEqual([{ id: 1, distance: 0 }]);
    expect(index.query(b, 0)).toEqual([{ id: 2, distance: 0 }]);
    expect(index.remove(1)).toBe(true);
    expect(index.remove(1)).toBe(false);
    expect(index.has(1)).toBe(false);
    expect(index.has(2)).toBe(true);
    expect(index.size).toBe(8);
  });

  it('accepts the extreme ids and rejects invalid input with clear errors', () => {
    const index = new MatchIndex();
    const h = new Uint8Array(32);
    index.add(0, h);
    index.add(2 ** 32 - 1, h);
    expect(index.query(h, 0)).toEqual([{ id: 0, distance: 0 }, { id: 2 ** 32 - 1, distance: 0 }]);
    expect(() => index.add(-1, h)).toThrow(/id must be an integer/);
    expect(() => index.add(2 ** 32, h)).toThrow(/id must be an integer/);
    expect(() => index.add(1.5, h)).toThrow(/id must be an integer/);
    expect(() => index.add(1, new Uint8Array(31))).toThrow(/32 bytes/);
    expect(() => index.query(new Uint8Array(33))).toThrow(/32 bytes/);
    expect(() => index.query(h, -1)).toThrow(/radius/);
    expect(() => index.addMany([1, 2], new Uint8Array(32))).toThrow(/Expected 2 packed hashes/);
    expect(() => new MatchIndex({ radius: 257 })).toThrow(/at most 256/);
  });

  it('interleaved add / addMany / remove / compact / query sequences match a map (property)', () => {
    const next = rng(9);
    const centres = Array.from({ length: 4 }, () => randomHash(next));
    // Hashes near a few centres, so queries have many matches that each sit in several slots.
    const hashArb = fc.tuple(fc.nat(3), fc.integer({ min: 0, max: 45 }), fc.integer()).map(([c, k, seed]) =>
      flipBits(centres[c] ?? new Uint8Array(32), k, rng(seed)));
    const idArb = fc.integer({ min: 0, max: 60 });
    const op = fc.oneof(
      { arbitrary: fc.record({ kind: fc.constant('add' as const), id: idArb, hash: hashArb }), weight: 6 },
      { arbitrary: fc.record({ kind: fc.constant('addMany' as const), entries: fc.array(fc.tuple(idArb, hashArb), { maxLength: 25 }) }), weight: 2 },
      { arbitrary: fc.record({ kind: fc.constant('remove' as const), id: idArb }), weight: 3 },
      { arbitrary: fc.record({ kind: fc.constant('query' as const), hash: hashArb, radius: fc.constantFrom(0, 1, 15, 31, 32, 40) }), weight: 3 },
      { arbitrary: fc.record({ kind: fc.constant('compact' as const) }), weight: 1 },
    );
    const layouts: MatchIndexOptions[] = [
      { bufferSize: 3, minIndexed: 0, alwaysProbe: true, layout: { slots: 16, bits: 6 } },
      { bufferSize: 5, minIndexed: 0, alwaysProbe: true, layout: { slots: 11, bits: 8 } },
      { bufferSize: 8, minIndexed: 4 },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...layouts), fc.array(op, { maxLength: 80 }), (options, ops) => {
        const index = new MatchIndex(options);
        const model = new Map<number, PdqHash>();
        for (const o of ops) {
          switch (o.kind) {
            case 'add':
              index.add(o.id, o.hash);
              model.set(o.id, o.hash);
              break;
            case 'addMany':
              index.addMany(o.entries.map((e) => e[0]), o.entries.map((e) => e[1]));
              for (const [id, hash] of o.entries) model.set(id, hash);
              break;
            case 'remove':
              expect(index.remove(o.id)).toBe(model.delete(o.id));
              break;
            case 'query':
              expect(index.query(o.hash, o.radius)).toEqual(expected(model, o.hash, o.radius));
              break;
            case 'compact':
              index.compact();
              expect(index.describe().segments.length).toBeLessThanOrEqual(1);
              break;
          }
          expect(index.size).toBe(model.size);
        }
        for (const c of centres) expect(index.query(c, 40)).toEqual(expected(model, c, 40));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps few segments under many single adds, and rebuilds mostly-removed ones', () => {
    const next = rng(10);
    const index = new MatchIndex({ bufferSize: 16, minIndexed: 0, alwaysProbe: true, layout: { slots: 16, bits: 6 } });
    const model = new Map<number, PdqHash>();
    for (let i = 0; i < 2000; i += 1) {
      const h = randomHash(next);
      index.add(i, h);
      model.set(i, h);
    }
    const { segments } = index.describe();
    expect(segments.length).toBeLessThanOrEqual(Math.ceil(Math.log2(2000 / 16)) + 1);
    for (let i = 1; i < segments.length; i += 1) {
      expect((segments[i - 1]?.entries ?? 0) - (segments[i - 1]?.dead ?? 0)).toBeGreaterThanOrEqual(2 * ((segments[i]?.entries ?? 0) - (segments[i]?.dead ?? 0)));
    }
    for (let i = 0; i < 2000; i += 1) if (i % 10 !== 0) {
      index.remove(i);
      model.delete(i);
    }
    for (const s of index.describe().segments) expect(s.dead * 2).toBeLessThanOrEqual(s.entries);
    for (const [, h] of [...model].slice(0, 30)) expect(index.query(h, 31)).toEqual(expected(model, h, 31));
    const bytesBefore = index.byteLength;
    index.compact();
    expect(index.describe().segments).toHaveLength(1);
    expect(index.byteLength).toBeLessThanOrEqual(bytesBefore);
    expect(index.size).toBe(200);
  });
});
