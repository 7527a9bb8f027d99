/**
 * Exact Hamming-radius search over PDQ hashes: every stored hash within the radius, no misses.
 *
 * Layout: a log-structured set of immutable segments plus a small unindexed buffer (buffer.ts).
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
 * The layout is chosen per segment (choose-layout.ts): the cheapest modelled query within the memory
 * budget (default 100 bytes per hash). Saving and loading: match-index-io.ts.
 *
 * Only typed arrays: no Node APIs, works in browsers. Not safe to share across threads.
 */
import { PDQ_MATCH_THRESHOLD, type PdqHash } from '../signal.js';
import { EntryBuffer } from './buffer.js';
import { chooseLayout, DEFAULT_BYTES_PER_HASH } from './choose-layout.js';
import { assertId, gatherLive, packEntries, sortUnique } from './entries.js';
import { readHeader } from './format.js';
import { makeLayout, type Layout } from './layout.js';
import { loadParts, saveParts } from './match-index-io.js';
import { Segment, type Hit } from './segment.js';
import { assertHash, hashToWords, WORDS_PER_HASH } from './words.js';

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

function assertRadius(radius: number): void {
  if (!Number.isInteger(radius) || radius < 0) throw new RangeError(`A radius is a non-negative integer; got ${String(radius)}`);
}

export class MatchIndex {
  readonly radius: number;
  private readonly fixedLayout: Layout | null;
  private readonly minIndexed: number;
  private readonly alwaysProbe: boolean;
  private readonly maxBytesPerHash: number;
  private segments: Segment[] = [];
  private readonly buffer: EntryBuffer;

  constructor(options: MatchIndexOptions = {}) {
    const radius = options.radius ?? PDQ_MATCH_THRESHOLD;
    assertRadius(radius);
    if (radius > 256) throw new RangeError('The radius of a 256-bit hash is at most 256');
    this.radius = radius;
    this.fixedLayout = options.layout ? makeLayout(options.layout.slots, options.layout.bits) : null;
    const bufferSize = options.bufferSize ?? 4096;
    this.minIndexed = options.minIndexed ?? 16384;
    this.alwaysProbe = options.alwaysProbe ?? false;
    this.maxBytesPerHash = options.maxBytesPerHash ?? DEFAULT_BYTES_PER_HASH;
    if (!(this.maxBytesPerHash > 0)) throw new RangeError('maxBytesPerHash must be a positive number');
    if (!Number.isInteger(bufferSize) || bufferSize < 1) throw new RangeError('bufferSize must be a positive integer');
    if (!Number.isInteger(this.minIndexed) || this.minIndexed < 0) throw new RangeError('minIndexed must be a non-negative integer');
    this.buffer = new EntryBuffer(bufferSize);
  }

  /** Number of hashes stored. */
  get size(): number {
    let n = this.buffer.count;
    for (const s of this.segments) n += s.live;
    return n;
  }

  /** Bytes held in the index's typed arrays (hashes, ids, postings, bucket tables, buffer). */
  get byteLength(): number {
    let bytes = this.buffer.byteLength;
    for (const s of this.segments) bytes += s.byteLength;
    return bytes;
  }

  /** Segment sizes and layouts, largest first (for diagnostics and benchmarks). */
  describe(): { buffered: number; segments: { entries: number; dead: number; slots: number; bits: number }[] } {
    return {
      buffered: this.buffer.count,
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
    return this.buffer.has(id) || this.segments.some((s) => s.find(id) >= 0);
  }

  /** Stores `hash` under `id`, replacing whatever that id held. */
  add(id: number, hash: PdqHash): void {
    assertId(id);
    assertHash(hash);
    if (this.buffer.replace(id, hash)) return;
    if (this.removeFromSegments(id)) this.rebuildDeadSegments();
    this.buffer.push(id, hash);
    if (this.buffer.full) this.flushBuffer();
  }

  /**
   * Stores many hashes at once: the fast path for building an index. `hashes` is either one
   * Uint8Array of 32·n bytes (n hashes back to back; the compact form for millions) or n PdqHash.
   * A later duplicate id in the batch wins, as with repeated `add`.
   */
  addMany(ids: ArrayLike<number>, hashes: Uint8Array | readonly PdqHash[]): void {
    const entries = packEntries(ids, hashes);
    if (entries.ids.length === 0) return;
    const batch = sortUnique(entries.ids, entries.words);
    if (this.size > 0) {
      for (let i = 0; i < batch.ids.length; i += 1) this.removeQuiet(batch.ids[i] ?? 0);
      this.rebuildDeadSegments();
    }
    if (batch.ids.length + this.buffer.count <= this.buffer.limit) {
      for (let i = 0; i < batch.ids.length; i += 1) this.buffer.pushWords(batch.ids[i] ?? 0, batch.words, i * WORDS_PER_HASH);
      if (this.buffer.full) this.flushBuffer();
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
    this.buffer.scan(q, radius, out);
    return out.sort((a, b) => a.distance - b.distance || a.id - b.id);
  }

  /** Merges everything into a single segment: the fastest layout to query, and the smallest. */
  compact(): void {
    if (this.buffer.count === 0 && this.segments.length <= 1 && this.segments.every((s) => s.deadEntries === 0)) return;
    const merged = gatherLive(this.segments, this.buffer.entries());
    if (this.buffer.count > 0) this.buffer.clear();
    this.segments = [];
    if (merged.ids.length > 0) this.segments.push(this.makeSegment(merged.ids, merged.words));
  }

  /**
   * The index in the versioned binary format described in format.ts: version 2 (the default) holds
   * the segments as they are, built tables included, so `load` wraps them instead of rebuilding;
   * version 1 holds only the live entries (smaller; `load` rebuilds).
   */
  save(options: { readonly version?: 1 | 2 } = {}): Uint8Array {
    return saveParts(this.radius, this.segments, this.buffer, options.version === 1 ? 1 : 2);
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
    const saved = loadParts(bytes, header, index.alwaysProbe);
    if (saved.rebuild.ids.length > 0) index.segments.push(index.makeSegment(saved.rebuild.ids, saved.rebuild.words));
    index.segments.push(...saved.segments);
    const buffered = saved.buffered;
    for (let i = 0; i < buffered.ids.length; i += 1) index.buffer.pushWords(buffered.ids[i] ?? 0, buffered.words, i * WORDS_PER_HASH);
    if (index.buffer.full) index.flushBuffer();
    return index;
  }

  private makeSegment(ids: Uint32Array, words: Uint32Array): Segment {
    const n = ids.length;
    const layout = n < this.minIndexed ? null : (this.fixedLayout ?? chooseLayout(n, this.radius, this.maxBytesPerHash));
    return new Segment(ids, words, layout, this.alwaysProbe);
  }

  private flushBuffer(): void {
    if (this.buffer.count === 0) return;
    const taken = this.buffer.take();
    const batch = sortUnique(taken.ids, taken.words);
    this.segments.push(this.makeSegment(batch.ids, batch.words));
    this.settle();
  }

  /** Removes without restructuring; true when the id was present. */
  private removeQuiet(id: number): boolean {
    return this.buffer.remove(id) || this.removeFromSegments(id);
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
      const live = gatherLive([s]);
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
        const merged = gatherLive([a, b]);
        segs.splice(i - 1, 2, this.makeSegment(merged.ids, merged.words));
        segs.sort((x, y) => y.live - x.live);
        i = segs.length - 1;
      } else {
        i -= 1;
      }
    }
  }
}
