/**
 * Exact Hamming-radius search over PDQ hashes: every stored hash within the radius, no misses.
 *
 * Layout: a log-structured set of immutable segments plus a small unindexed buffer.
 *  - `addMany` (and loading a version-1 file) build one segment at once: ids sorted, hashes packed as 8 u32 words each,
 *    and per substring slot a CSR bucket table (see layout.ts and segment.ts).
 *  - `add` appends to the buffer (scanned linearly); when full it becomes a segment. Segments are
 *    merged whenever one is less than twice the size of the next smaller one, so there are at most
 *    about log2(n / bufferSize) of them and each entry is rebuilt O(log n) times overall.
 *  - `remove` sets a tombstone; a segment more than half dead is rebuilt. `compact()` merges
 *    everything into one segment (fastest queries).
 *
 * Queries probe each segment's slots within floor(radius / slots) bits (the last slots one bit less,
 * layout.ts `slotRadius`) and verify every candidate
 * with the full 256-bit distance (early exit after 128 bits). Linear-scan fallback: when that probe
 * radius is over MAX_PROBE_RADIUS (4), or the cost model says probing would cost more than scanning
 * the segment (large radii, small segments), the segment is scanned instead. Either way the answer
 * is exact; only the speed differs. For the default layout at 10M (11 slots) that means radii up to
 * 54 probe (r ≥ 55 scans); radius 40 still probes (~5 ms), radius 0 is a handful of lookups.
 *
 * The layout is chosen per segment (`chooseLayout`): the cheapest modelled query within the memory
 * budget (default 100 bytes per hash). Measured at 10M hashes, r = 31: 11 substrings of 23 bits
 * (probe radius 2; 3,047 bucket lookups, ~3,600 candidates) answer in 0.7 ms at 99.1 bytes per hash;
 * the HMA / FAISS split of 16 × 16 bits (probe radius 1; 272 lookups but ~41,500 candidates) takes
 * 3.6 ms at 100.3 bytes per hash — each candidate is a random read of a hash, which dominates.
 *
 * Only typed arrays: no Node APIs, works in browsers. Not safe to share across threads.
 */
import { PDQ_HASH_BYTES, PDQ_MATCH_THRESHOLD, type PdqHash } from '../signal.js';
import { scanRange } from './brute-force.js';
import { readHeader } from './format.js';
import { decodeV1, encodeV1 } from './format-v1.js';
import { decodeV2, encodeV2 } from './format-v2.js';
import { makeLayout, MAX_PROBE_RADIUS, MAX_SLOT_BITS, probeLookups, type Layout } from './layout.js';
import { COST_CANDIDATE, COST_LOOKUP, COST_SCAN, Segment, slotTableBytes, type Hit } from './segment.js';
import { isStrictlyAscending, sortPermutation } from './sort.js';
import { assertHash, hashToWords, packInto, WORDS_PER_HASH } from './words.js';

export interface MatchResult {
  readonly id: number;
  readonly distance: number;
}

export interface MatchIndexOptions {
  /** Default query radius, and the radius the layout is tuned for (default 31, PDQ's threshold). */
  readonly radius?: number;
  /** Advanced (tests, benchmarks): use this substring layout for every indexed segment. */
  readonly layout?: { readonly slots: number; readonly bits: number };
  /** Advanced: entries kept unindexed before they become a segment (default 4096). */
  readonly bufferSize?: number;
  /** Advanced: segments with fewer entries are scanned, not indexed (default 16384). */
  readonly minIndexed?: number;
  /**
   * Memory budget per stored hash, in bytes (default 100): each segment gets the fastest layout whose
   * footprint (hash, id and multi-index) fits. Lower it to trade query speed for memory.
   */
  readonly maxBytesPerHash?: number;
  /** Advanced (tests): probe whenever the probe radius allows, even where a scan would be cheaper. */
  readonly alwaysProbe?: boolean;
}

/** Memory per stored hash the index may use by default: hash, id, tombstone bit and multi-index. */
export const DEFAULT_BYTES_PER_HASH = 100;
/** Bytes per entry outside the multi-index: the hash (32), its id (4) and a tombstone bit. */
const ENTRY_BYTES = 32 + 4 + 1 / 8;

/**
 * The substring layout with the lowest modelled query cost for a segment of n hashes at this radius
 * whose whole footprint stays within `bytesPerHash` per hash, or null when a scan is cheaper (or no
 * layout fits). The model: bucket lookups × COST_LOOKUP + expected candidates × COST_CANDIDATE
 * against n × COST_SCAN; see BENCHMARKS.md for the measurements behind it.
 */
export function chooseLayout(n: number, radius: number, bytesPerHash: number = DEFAULT_BYTES_PER_HASH): Layout | null {
  let best: Layout | null = null;
  let bestCost = n * COST_SCAN;
  for (let slots = 1; slots <= 32; slots += 1) {
    const probeRadius = Math.floor(radius / slots);
    if (probeRadius > MAX_PROBE_RADIUS) continue;
    for (let bits = 1; bits <= Math.min(MAX_SLOT_BITS, Math.floor(256 / slots)); bits += 1) {
      if (ENTRY_BYTES + (slots * slotTableBytes(n, bits)) / n > bytesPerHash) break;
      const lookups = probeLookups(slots, bits, radius);
      const cost = lookups * COST_LOOKUP + ((lookups * n) / 2 ** bits) * COST_CANDIDATE;
      if (cost < bestCost) {
        bestCost = cost;
        best = makeLayout(slots, bits);
      }
    }
  }
  return best;
}

const MAX_ID = 2 ** 32 - 1;

function assertId(id: number): void {
  if (!Number.isInteger(id) || id < 0 || id > MAX_ID) {
    throw new RangeError(`An id must be an integer from 0 to 2^32 − 1; got ${String(id)}`);
  }
}

function assertRadius(radius: number): void {
  if (!Number.isInteger(radius) || radius < 0) throw new RangeError(`A radius is a non-negative integer; got ${String(radius)}`);
}

export class MatchIndex {
  readonly radius: number;
  private readonly fixedLayout: Layout | null;
  private readonly bufferSize: number;
  private readonly minIndexed: number;
  private readonly alwaysProbe: boolean;
  private readonly maxBytesPerHash: number;
  private segments: Segment[] = [];
  // The buffer: recent adds, unindexed, in insertion order (swap-removed).
  private bufIds = new Uint32Array(0);
  private bufWords = new Uint32Array(0);
  private bufCount = 0;
  private readonly bufPos = new Map<number, number>();

  constructor(options: MatchIndexOptions = {}) {
    const radius = options.radius ?? PDQ_MATCH_THRESHOLD;
    assertRadius(radius);
    if (radius > 256) throw new RangeError('The radius of a 256-bit hash is at most 256');
    this.radius = radius;
    this.fixedLayout = options.layout ? makeLayout(options.layout.slots, options.layout.bits) : null;
    this.bufferSize = options.bufferSize ?? 4096;
    this.minIndexed = options.minIndexed ?? 16384;
    this.alwaysProbe = options.alwaysProbe ?? false;
    this.maxBytesPerHash = options.maxBytesPerHash ?? DEFAULT_BYTES_PER_HASH;
    if (!(this.maxBytesPerHash > 0)) throw new RangeError('maxBytesPerHash must be a positive number');
    if (!Number.isInteger(this.bufferSize) || this.bufferSize < 1) throw new RangeError('bufferSize must be a positive integer');
    if (!Number.isInteger(this.minIndexed) || this.minIndexed < 0) throw new RangeError('minIndexed must be a non-negative integer');
  }

  /** Number of hashes stored. */
  get size(): number {
    let n = this.bufCount;
    for (const s of this.segments) n += s.live;
    return n;
  }

  /** Bytes held in the index's typed arrays (hashes, ids, postings, bucket tables, buffer). */
  get byteLength(): number {
    let bytes = this.bufIds.byteLength + this.bufWords.byteLength;
    for (const s of this.segments) bytes += s.byteLength;
    return bytes;
  }

  /** Segment sizes and layouts, largest first (for diagnostics and benchmarks). */
  describe(): { buffered: number; segments: { entries: number; dead: number; slots: number; bits: number }[] } {
    return {
      buffered: this.bufCount,
      segments: this.segments.map((s) => ({
        entries: s.count,
        dead: s.deadEntries,
        slots: s.layout?.slots ?? 0,
        bits: s.layout?.bits ?? 0,
      })),
    };
  }

  has(id: number): boolean {
    assertId(id);
    return this.bufPos.has(id) || this.segments.some((s) => s.find(id) >= 0);
  }

  /** Stores `hash` under `id`, replacing whatever that id held. */
  add(id: number, hash: PdqHash): void {
    assertId(id);
    assertHash(hash);
    const at = this.bufPos.get(id);
    if (at !== undefined) {
      packInto(hash, 0, this.bufWords, at * WORDS_PER_HASH);
      return;
    }
    if (this.removeFromSegments(id)) this.rebuildDeadSegments();
    this.pushBuffer(id, hash, 0);
    if (this.bufCount >= this.bufferSize) this.flushBuffer();
  }

  /**
   * Stores many hashes at once: the fast path for building an index. `hashes` is either one
   * Uint8Array of 32·n bytes (n hashes back to back; the compact form for millions) or n PdqHash.
   * A later duplicate id in the batch wins, as with repeated `add`.
   */
  addMany(ids: ArrayLike<number>, hashes: Uint8Array | readonly PdqHash[]): void {
    const n = ids.length;
    const packed = hashes instanceof Uint8Array;
    if (packed ? hashes.length !== n * PDQ_HASH_BYTES : hashes.length !== n) {
      throw new RangeError(packed
        ? `Expected ${n} packed hashes (${n * PDQ_HASH_BYTES} bytes); got ${hashes.length} bytes`
        : `Expected ${n} hashes, one per id; got ${hashes.length}`);
    }
    if (n === 0) return;
    const idArr = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) {
      const id = ids[i] ?? -1;
      assertId(id);
      idArr[i] = id;
    }
    let words: Uint32Array;
    if (packed) {
      words = new Uint32Array(n * WORDS_PER_HASH);
      for (let i = 0; i < n; i += 1) packInto(hashes, i * PDQ_HASH_BYTES, words, i * WORDS_PER_HASH);
    } else {
      words = new Uint32Array(n * WORDS_PER_HASH);
      hashes.forEach((hash, i) => {
        assertHash(hash, `hash at position ${i}`);
        packInto(hash, 0, words, i * WORDS_PER_HASH);
      });
    }
    const batch = sortUnique(idArr, words);
    if (this.size > 0) {
      for (let i = 0; i < batch.ids.length; i += 1) this.removeQuiet(batch.ids[i] ?? 0);
      this.rebuildDeadSegments();
    }
    if (batch.ids.length + this.bufCount <= this.bufferSize) {
      for (let i = 0; i < batch.ids.length; i += 1) this.pushWords(batch.ids[i] ?? 0, batch.words, i * WORDS_PER_HASH);
      if (this.bufCount >= this.bufferSize) this.flushBuffer();
      return;
    }
    this.segments.push(this.makeSegment(batch.ids, batch.words));
    this.settle();
  }

  /** Removes the hash stored under `id`; false when there was none. */
  remove(id: number): boolean {
    assertId(id);
    if (!this.removeQuiet(id)) return false;
    this.rebuildDeadSegments();
    return true;
  }

  /**
   * Every stored hash within Hamming distance `radius` of `hash` (exact: nothing within the radius
   * is missed), sorted by distance, then id.
   */
  query(hash: PdqHash, radius: number = this.radius): MatchResult[] {
    assertHash(hash, 'query');
    assertRadius(radius);
    const q = hashToWords(hash);
    const out: Hit[] = [];
    for (const s of this.segments) s.query(q, radius, out);
    if (this.bufCount > 0) {
      const bufIds = this.bufIds;
      scanRange(this.bufWords, 0, this.bufCount, q, radius, (i, distance) => out.push({ id: bufIds[i] ?? 0, distance }));
    }
    return out.sort((a, b) => a.distance - b.distance || a.id - b.id);
  }

  /** Merges everything into a single segment: the fastest layout to query, and the smallest. */
  compact(): void {
    if (this.bufCount === 0 && this.segments.length <= 1 && this.segments.every((s) => s.deadEntries === 0)) return;
    const merged = this.gather(this.segments, true);
    this.segments = [];
    if (merged.ids.length > 0) this.segments.push(this.makeSegment(merged.ids, merged.words));
  }

  /**
   * The index in the versioned binary format described in format.ts: version 2 (the default) holds
   * the segments as they are, built tables included, so `load` wraps them instead of rebuilding;
   * version 1 holds only the live entries (smaller; `load` rebuilds).
   */
  save(options: { readonly version?: 1 | 2 } = {}): Uint8Array {
    if (options.version === 1) {
      const all = this.gather(this.segments, true, false);
      return encodeV1({ radius: this.radius, ids: all.ids, words: all.words });
    }
    return encodeV2({
      radius: this.radius,
      n: this.size,
      bufIds: this.bufIds.subarray(0, this.bufCount),
      bufWords: this.bufWords.subarray(0, this.bufCount * WORDS_PER_HASH),
      segments: this.segments.map((s) => ({ ids: s.ids, words: s.words, layout: s.layout, dead: s.deadBits, tables: s.tables })),
    });
  }

  /**
   * An index from `save()` output. Throws MatchIndexFormatError when the bytes are not a complete,
   * uncorrupted saved index. Options other than the radius may be given again; a version-2 file's
   * segments keep their saved layouts (the options apply to segments built later), and the index
   * keeps views on `bytes`, which must not be modified afterwards.
   */
  static load(bytes: Uint8Array, options: Omit<MatchIndexOptions, 'radius'> = {}): MatchIndex {
    const header = readHeader(bytes);
    const index = new MatchIndex({ ...options, radius: header.radius });
    if (header.version === 1) {
      const saved = decodeV1(bytes, header);
      if (saved.ids.length > 0) index.segments.push(index.makeSegment(saved.ids, saved.words));
      return index;
    }
    const saved = decodeV2(bytes, header);
    for (const s of saved.segments) {
      // The tombstones change as entries are removed: they get their own copy.
      index.segments.push(new Segment(s.ids, s.words, s.layout, index.alwaysProbe, { tables: s.tables, dead: s.dead.slice() }));
    }
    for (let i = 0; i < saved.bufIds.length; i += 1) index.pushWords(saved.bufIds[i] ?? 0, saved.bufWords, i * WORDS_PER_HASH);
    if (index.bufCount >= index.bufferSize) index.flushBuffer();
    return index;
  }

  private makeSegment(ids: Uint32Array, words: Uint32Array): Segment {
    const n = ids.length;
    const layout = n < this.minIndexed ? null : (this.fixedLayout ?? chooseLayout(n, this.radius, this.maxBytesPerHash));
    return new Segment(ids, words, layout, this.alwaysProbe);
  }

  private pushBuffer(id: number, hash: PdqHash, from: number): void {
    this.reserveBuffer();
    packInto(hash, from, this.bufWords, this.bufCount * WORDS_PER_HASH);
    this.bufIds[this.bufCount] = id;
    this.bufPos.set(id, this.bufCount);
    this.bufCount += 1;
  }

  private pushWords(id: number, words: Uint32Array, at: number): void {
    this.reserveBuffer();
    this.bufWords.set(words.subarray(at, at + WORDS_PER_HASH), this.bufCount * WORDS_PER_HASH);
    this.bufIds[this.bufCount] = id;
    this.bufPos.set(id, this.bufCount);
    this.bufCount += 1;
  }

  private reserveBuffer(): void {
    if (this.bufCount < this.bufIds.length) return;
    const capacity = Math.min(Math.max(64, this.bufIds.length * 2), Math.max(this.bufferSize, this.bufCount + 1));
    const ids = new Uint32Array(capacity);
    ids.set(this.bufIds.subarray(0, this.bufCount));
    const words = new Uint32Array(capacity * WORDS_PER_HASH);
    words.set(this.bufWords.subarray(0, this.bufCount * WORDS_PER_HASH));
    this.bufIds = ids;
    this.bufWords = words;
  }

  private flushBuffer(): void {
    if (this.bufCount === 0) return;
    const batch = sortUnique(this.bufIds.slice(0, this.bufCount), this.bufWords.slice(0, this.bufCount * WORDS_PER_HASH));
    this.clearBuffer();
    this.segments.push(this.makeSegment(batch.ids, batch.words));
    this.settle();
  }

  private clearBuffer(): void {
    this.bufCount = 0;
    this.bufPos.clear();
    this.bufIds = new Uint32Array(0);
    this.bufWords = new Uint32Array(0);
  }

  /** Removes without restructuring; true when the id was present. */
  private removeQuiet(id: number): boolean {
    const at = this.bufPos.get(id);
    if (at !== undefined) {
      const last = this.bufCount - 1;
      if (at !== last) {
        const lastId = this.bufIds[last] ?? 0;
        this.bufIds[at] = lastId;
        this.bufWords.copyWithin(at * WORDS_PER_HASH, last * WORDS_PER_HASH, (last + 1) * WORDS_PER_HASH);
        this.bufPos.set(lastId, at);
      }
      this.bufPos.delete(id);
      this.bufCount = last;
      return true;
    }
    return this.removeFromSegments(id);
  }

  private removeFromSegments(id: number): boolean {
    for (const s of this.segments) {
      const i = s.find(id);
      if (i >= 0) {
        s.kill(i);
        return true;
      }
    }
    return false;
  }

  /** Rebuilds segments that are more than half tombstones (dropping empty ones). */
  private rebuildDeadSegments(): void {
    const mostlyDead = (s: Segment) => s.deadEntries * 2 > s.count;
    if (!this.segments.some(mostlyDead)) return;
    this.segments = this.segments.flatMap((s) => {
      if (!mostlyDead(s)) return [s];
      if (s.live === 0) return [];
      const live = this.gather([s], false);
      return [this.makeSegment(live.ids, live.words)];
    });
    this.settle();
  }

  /** Keeps segment sizes at least doubling from smallest to largest by merging neighbours. */
  private settle(): void {
    const segs = this.segments;
    segs.sort((a, b) => b.live - a.live);
    for (let i = segs.length - 1; i >= 1;) {
      const a = segs[i - 1] as Segment;
      const b = segs[i] as Segment;
      if (a.live < 2 * b.live) {
        const merged = this.gather([a, b], false);
        segs.splice(i - 1, 2, this.makeSegment(merged.ids, merged.words));
        segs.sort((x, y) => y.live - x.live);
        i = segs.length - 1;
      } else {
        i -= 1;
      }
    }
  }

  /**
   * The live entries of the given segments (and of the buffer when `withBuffer`), sorted by id.
   * With `consume`, the buffer is emptied.
   */
  private gather(segments: readonly Segment[], withBuffer: boolean, consume = true): { ids: Uint32Array; words: Uint32Array } {
    let n = withBuffer ? this.bufCount : 0;
    for (const s of segments) n += s.live;
    const ids = new Uint32Array(n);
    const words = new Uint32Array(n * WORDS_PER_HASH);
    let k = 0;
    for (const s of segments) {
      if (s.deadEntries === 0) {
        ids.set(s.ids, k);
        words.set(s.words, k * WORDS_PER_HASH);
        k += s.count;
      } else {
        s.forEachLive((id, i) => {
          ids[k] = id;
          words.set(s.words.subarray(i * WORDS_PER_HASH, (i + 1) * WORDS_PER_HASH), k * WORDS_PER_HASH);
          k += 1;
        });
      }
    }
    if (withBuffer && this.bufCount > 0) {
      ids.set(this.bufIds.subarray(0, this.bufCount), k);
      words.set(this.bufWords.subarray(0, this.bufCount * WORDS_PER_HASH), k * WORDS_PER_HASH);
      if (consume) this.clearBuffer();
    }
    return sortUnique(ids, words);
  }
}

/**
 * Sorts entries by id; for repeated ids the last one (in input order) is kept. Arrays already in
 * strictly ascending order are returned as they are.
 */
function sortUnique(ids: Uint32Array, words: Uint32Array): { ids: Uint32Array; words: Uint32Array } {
  const n = ids.length;
  if (isStrictlyAscending(ids, n)) return { ids, words };
  const perm = sortPermutation(ids, n);
  let unique = 0;
  for (let r = 0; r < n; r += 1) if (r === n - 1 || ids[perm[r] ?? 0] !== ids[perm[r + 1] ?? 0]) unique += 1;
  const outIds = new Uint32Array(unique);
  const outWords = new Uint32Array(unique * WORDS_PER_HASH);
  let k = 0;
  for (let r = 0; r < n; r += 1) {
    const p = perm[r] ?? 0;
    // The sort is stable, so the last of a run of equal ids is the latest in input order.
    if (r !== n - 1 && ids[p] === ids[perm[r + 1] ?? 0]) continue;
    outIds[k] = ids[p] ?? 0;
    outWords.set(words.subarray(p * WORDS_PER_HASH, (p + 1) * WORDS_PER_HASH), k * WORDS_PER_HASH);
    k += 1;
  }
  return { ids: outIds, words: outWords };
}
