/**
 * An immutable run of entries (sorted by id) with its multi-index: per substring slot, a CSR bucket
 * table (`SlotTable`) mapping each substring value to the positions of the entries that have it.
 * Removal only sets a tombstone bit. Segments without a layout carry no index and are scanned.
 */
import { scanRange } from './brute-force.js';
import { ballMasks, ballSize, MAX_PROBE_RADIUS, probeLookups, slotKey, slotKeys, type Layout } from './layout.js';
import { WORDS_PER_HASH } from './words.js';

export interface Hit {
  id: number;
  distance: number;
}

/**
 * Cost model (ns per operation, fitted to V8 on the benchmark machine, see BENCHMARKS.md): one bucket
 * lookup (random reads of the bucket table and postings), one candidate (a random read of a hash,
 * mostly a cache and TLB miss, plus the distance) and one hash of a sequential scan. It predicted
 * 0.67 ms for 11 × 23 bits at 10M (measured 0.70), 4.2 ms for 16 × 16 bits (3.6) and 150 ms for a
 * scan (141). It chooses layouts and decides when a query scans a segment instead of probing it.
 */
export const COST_LOOKUP = 100;
export const COST_CANDIDATE = 100;
export const COST_SCAN = 15;

/** Candidates verified per batch: small enough that their hashes stay cached (and in the TLB). */
const CHUNK = 512;
/** Scratch buffer of candidate positions, shared by all queries (JavaScript runs one at a time). */
let candidates: Uint32Array = new Uint32Array(4096);
/** Scratch buffer of bucket ranges (from, to) of one slot's probe, shared likewise. */
let ranges: Uint32Array = new Uint32Array(8192);
/** Sink for the touch loop, so the engine cannot drop the loads. */
let _touched = 0;

// The query loop uses this local copy of popcount32 and literal 8s (words per hash): V8 does not
// inline functions or fold constants imported from another ES module (measured: 3.5× slower).
function pc(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function grow(a: Uint32Array, need: number): Uint32Array {
  const b = new Uint32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * One slot's buckets in CSR form. The start of bucket k (its first position in `postings`) is
 * `blockStart[k >>> blockShift] + bucketStart[k]`: a u32 per block of 2^blockShift buckets plus a u16
 * per bucket, about 2.06 bytes per bucket instead of 4. blockShift is 6 unless some block spans more
 * than 65,535 entries (heavily duplicated data); then it is as small as needed, down to 0.
 */
export interface SlotTable {
  readonly blockShift: number;
  readonly blockStart: Uint32Array;
  readonly bucketStart: Uint16Array;
  /** Entry positions grouped by bucket, ascending within each bucket. */
  readonly postings: Uint32Array;
}

/** Bytes a slot table takes for n entries and 2^bits buckets (blockShift 6). */
export function slotTableBytes(n: number, bits: number): number {
  const buckets = 2 ** bits;
  return 4 * n + 2 * (buckets + 1) + 4 * (Math.floor(buckets / 64) + 1);
}

/** Partition bits for the first build pass: 256 output streams stay within cache and TLB reach. */
const PARTITION_BITS = 8;

/**
 * Builds one slot's table. A plain counting sort scatters to 2^bits random places per entry, which
 * at 10M entries and 4M buckets misses cache and TLB on every step; instead entries are first
 * partitioned by the top 8 bits of their key (a stable, streaming scatter), after which counting and
 * placing only touch the current partition's small window of buckets and postings.
 */
function buildSlot(words: Uint32Array, n: number, start: number, bits: number, scratch: Uint32Array[]): SlotTable {
  const [keys, partIdx, partKey] = scratch as [Uint32Array, Uint32Array, Uint32Array];
  slotKeys(words, n, start, bits, keys);
  const hb = Math.min(PARTITION_BITS, bits);
  const shift = bits - hb;
  const parts = new Uint32Array((1 << hb) + 1);
  for (let i = 0; i < n; i += 1) {
    const p = ((keys[i] as number) >>> shift) + 1;
    parts[p] = (parts[p] as number) + 1;
  }
  for (let p = 1; p <= 1 << hb; p += 1) parts[p] = (parts[p] as number) + (parts[p - 1] as number);
  for (let i = 0; i < n; i += 1) {
    const k = keys[i] as number;
    const p = k >>> shift;
    const at = parts[p] as number;
    parts[p] = at + 1;
    partIdx[at] = i;
    partKey[at] = k;
  }
  const size = 2 ** bits;
  const off = new Uint32Array(size + 1);
  for (let x = 0; x < n; x += 1) {
    const k = (partKey[x] as number) + 1;
    off[k] = (off[k] as number) + 1;
  }
  for (let k = 1; k <= size; k += 1) off[k] = (off[k] as number) + (off[k - 1] as number);
  const postings = new Uint32Array(n);
  for (let x = 0; x < n; x += 1) {
    const k = partKey[x] as number;
    const at = off[k] as number;
    off[k] = at + 1;
    postings[at] = partIdx[x] as number;
  }
  // Each off[k] now holds the end of bucket k, i.e. the start of bucket k + 1.
  for (let k = size; k >= 1; k -= 1) off[k] = off[k - 1] as number;
  off[0] = 0;
  let blockShift = Math.min(6, bits);
  for (; blockShift > 0; blockShift -= 1) {
    const block = 1 << blockShift;
    let fits = true;
    for (let first = 0; first < size && fits; first += block) {
      fits = (off[first + block - 1] as number) - (off[first] as number) <= 0xffff;
    }
    if (fits) break;
  }
  const blockStart = new Uint32Array((size >>> blockShift) + 1);
  for (let blk = 0; blk < blockStart.length; blk += 1) blockStart[blk] = off[blk << blockShift] as number;
  const bucketStart = new Uint16Array(size + 1);
  for (let k = 0; k <= size; k += 1) bucketStart[k] = (off[k] as number) - (blockStart[k >>> blockShift] as number);
  return { blockShift, blockStart, bucketStart, postings };
}

/** Local copy of layout.ts's slotKey, for the query loop (see `pc`). */
function key(words: Uint32Array, base: number, start: number, bits: number): number {
  const w = start >>> 5;
  const o = start & 31;
  let k = ((words[base + w] ?? 0) << o) >>> (32 - bits);
  if (o + bits > 32) k |= (words[base + w + 1] ?? 0) >>> (64 - o - bits);
  return k;
}

export class Segment {
  readonly count: number;
  /** Ids of the entries, strictly ascending; entry i's hash is words[8i..8i+8). */
  readonly ids: Uint32Array;
  readonly words: Uint32Array;
  readonly layout: Layout | null;
  readonly tables: readonly SlotTable[];
  private readonly dead: Uint8Array;
  private deadCount = 0;
  /** For each probe radius: true when probing is expected to beat a scan. */
  private readonly pays: boolean[] = [];

  /**
   * `ids` must be strictly ascending; the segment keeps (does not copy) both arrays. With
   * `alwaysProbe` (tests), it probes whenever the probe radius allows, even where a scan is cheaper.
   * `saved` (a loaded file, validated by format-v2.ts) supplies the built tables and tombstones
   * instead of building them; the segment keeps those arrays too.
   */
  constructor(
    ids: Uint32Array,
    words: Uint32Array,
    layout: Layout | null,
    private readonly alwaysProbe = false,
    saved?: { readonly tables: readonly SlotTable[]; readonly dead: Uint8Array },
  ) {
    const n = ids.length;
    if (words.length !== n * WORDS_PER_HASH) throw new RangeError('words must hold 8 words per id');
    this.count = n;
    this.ids = ids;
    this.words = words;
    this.layout = layout;
    if (saved) {
      if (saved.dead.length !== (n + 7) >>> 3 || saved.tables.length !== (layout?.slots ?? 0)) throw new RangeError('saved tables do not fit');
      this.dead = saved.dead;
      for (const byte of saved.dead) for (let b = byte; b !== 0; b &= b - 1) this.deadCount += 1;
      this.tables = saved.tables;
      return;
    }
    this.dead = new Uint8Array((n + 7) >>> 3);
    const tables: SlotTable[] = [];
    if (layout) {
      const scratch = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)];
      for (const start of layout.starts) tables.push(buildSlot(words, n, start, layout.bits, scratch));
    }
    this.tables = tables;
  }

  /** The tombstone bits (bit i & 7 of byte i >>> 3), for saving; do not modify. */
  get deadBits(): Uint8Array {
    return this.dead;
  }

  get live(): number {
    return this.count - this.deadCount;
  }

  get deadEntries(): number {
    return this.deadCount;
  }

  get byteLength(): number {
    let bytes = this.ids.byteLength + this.words.byteLength + this.dead.byteLength;
    for (const t of this.tables) bytes += t.blockStart.byteLength + t.bucketStart.byteLength + t.postings.byteLength;
    return bytes;
  }

  /** Position of a live entry with this id, or -1. */
  find(id: number): number {
    const ids = this.ids;
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = ids[mid] ?? 0;
      if (v < id) lo = mid + 1;
      else if (v > id) hi = mid - 1;
      else return this.isDead(mid) ? -1 : mid;
    }
    return -1;
  }

  isDead(i: number): boolean {
    return (((this.dead[i >>> 3] ?? 0) >>> (i & 7)) & 1) === 1;
  }

  kill(i: number): void {
    if (this.isDead(i)) return;
    this.dead[i >>> 3] = (this.dead[i >>> 3] ?? 0) | (1 << (i & 7));
    this.deadCount += 1;
  }

  /** Calls `visit(id, i)` for each live entry, ids ascending. */
  forEachLive(visit: (id: number, i: number) => void): void {
    for (let i = 0; i < this.count; i += 1) if (!this.isDead(i)) visit(this.ids[i] ?? 0, i);
  }

  /** Whether probing a query of this radius is expected to be cheaper than scanning the segment. */
  probes(radius: number): boolean {
    const layout = this.layout;
    if (!layout || Math.floor(radius / layout.slots) > MAX_PROBE_RADIUS) return false;
    let pays = this.pays[radius];
    if (pays === undefined) {
      if (this.alwaysProbe) return true;
      const lookups = probeLookups(layout.slots, layout.bits, radius);
      const candidates = (lookups * this.count) / 2 ** layout.bits;
      pays = lookups * COST_LOOKUP + candidates * COST_CANDIDATE < this.count * COST_SCAN;
      this.pays[radius] = pays;
    }
    return pays;
  }

  /** Appends every live entry within `radius` of the query words `q` (unsorted). */
  query(q: Uint32Array, radius: number, out: Hit[]): void {
    if (this.deadCount === this.count) return;
    const layout = this.layout;
    if (!layout || !this.probes(radius)) {
      this.scan(q, radius, out);
      return;
    }
    const { slots, bits, starts } = layout;
    // Slots 0..wide probe at the full probe radius, the rest one less (layout.ts, `slotRadius`);
    // the masks are lightest first, so the narrower ball is a prefix of the wider one.
    const probeRadius = Math.floor(radius / slots);
    const wide = radius - slots * probeRadius;
    const masks = ballMasks(bits, probeRadius);
    const narrowMasks = ballSize(bits, probeRadius - 1);
    const words = this.words;
    const ids = this.ids;
    const q0 = q[0] ?? 0, q1 = q[1] ?? 0, q2 = q[2] ?? 0, q3 = q[3] ?? 0;
    const q4 = q[4] ?? 0, q5 = q[5] ?? 0, q6 = q[6] ?? 0, q7 = q[7] ?? 0;
    const qkeys = new Uint32Array(slots);
    for (let j = 0; j < slots; j += 1) qkeys[j] = slotKey(q, 0, starts[j] ?? 0, bits);
    for (let j = 0; j < slots; j += 1) {
      const nMasks = j <= wide ? masks.length : narrowMasks;
      if (nMasks === 0) continue;
      // 1. Gather the candidates of this slot: every bucket within its probe radius.
      const qk = qkeys[j] ?? 0;
      const table = this.tables[j] as SlotTable;
      const blockShift = table.blockShift;
      const blockStart = table.blockStart;
      const bucketStart = table.bucketStart;
      const post = table.postings;
      // First every bucket's range (loads that do not wait on each other, so their cache misses
      // overlap), then the postings of the buckets that have any.
      if (ranges.length < 2 * nMasks) ranges = grow(ranges, 2 * nMasks);
      const range = ranges;
      let total = 0;
      for (let t = 0; t < nMasks; t += 1) {
        const k = qk ^ (masks[t] ?? 0);
        const from = (blockStart[k >>> blockShift] ?? 0) + (bucketStart[k] ?? 0);
        const to = (blockStart[(k + 1) >>> blockShift] ?? 0) + (bucketStart[k + 1] ?? 0);
        range[2 * t] = from;
        range[2 * t + 1] = to;
        total += to - from;
      }
      if (total > candidates.length) candidates = grow(candidates, total);
      const cand = candidates;
      let nc = 0;
      for (let t = 0; t < nMasks; t += 1) {
        const to = range[2 * t + 1] ?? 0;
        for (let p = range[2 * t] ?? 0; p < to; p += 1) cand[nc++] = post[p] ?? 0;
      }
      for (let c0 = 0; c0 < nc; c0 += CHUNK) {
        const c1 = Math.min(nc, c0 + CHUNK);
        // 2. Touch each candidate's hash in a tight loop so the cache misses overlap (the
        //    distance loop below is too long for the CPU to run many misses ahead).
        let acc = 0;
        for (let c = c0; c < c1; c += 1) acc ^= words[(cand[c] ?? 0) * 8] ?? 0;
        _touched ^= acc;
        // 3. Verify: the full distance, stopping after 128 bits for most non-matches.
        for (let c = c0; c < c1; c += 1) {
          const i = cand[c] ?? 0;
          const b = i * 8;
          let d = pc((words[b] ?? 0) ^ q0) + pc((words[b + 1] ?? 0) ^ q1)
            + pc((words[b + 2] ?? 0) ^ q2) + pc((words[b + 3] ?? 0) ^ q3);
          if (d > radius) continue;
          d += pc((words[b + 4] ?? 0) ^ q4) + pc((words[b + 5] ?? 0) ^ q5)
            + pc((words[b + 6] ?? 0) ^ q6) + pc((words[b + 7] ?? 0) ^ q7);
          if (d > radius || this.isDead(i)) continue;
          // A match is found once per slot where it is within that slot's probe radius; report it
          // only from the first such slot (no "seen" set needed, and only matches pay for the check).
          let first = true;
          for (let e = 0; e < j && first; e += 1) {
            if (pc(key(words, b, starts[e] ?? 0, bits) ^ (qkeys[e] ?? 0)) <= (e <= wide ? probeRadius : probeRadius - 1)) first = false;
          }
          if (first) out.push({ id: ids[i] ?? 0, distance: d });
        }
      }
    }
  }

  private scan(q: Uint32Array, radius: number, out: Hit[]): void {
    const ids = this.ids;
    scanRange(this.words, 0, this.count, q, radius, (i, distance) => {
      if (!this.isDead(i)) out.push({ id: ids[i] ?? 0, distance });
    });
  }
}
