/** Version 2 of the saved form (the index's own arrays), described in format.ts. */
import { checksum, HEADER_BYTES, MAGIC, MatchIndexFormatError, truncated, verifyChecksum, type Header } from './format.js';
import { makeLayout, type Layout } from './layout.js';
import type { SlotTable } from './segment.js';
import { isStrictlyAscending } from './sort.js';
import { WORDS_PER_HASH } from './words.js';

export interface SavedSegment {
  readonly ids: Uint32Array;
  readonly words: Uint32Array;
  readonly layout: Layout | null;
  readonly dead: Uint8Array;
  readonly tables: readonly SlotTable[];
}

export interface SavedIndex {
  readonly radius: number;
  /** Live entries in all (segments' live entries plus the buffer). */
  readonly n: number;
  readonly bufIds: Uint32Array;
  readonly bufWords: Uint32Array;
  readonly segments: readonly SavedSegment[];
}

/** More than the index ever holds (each segment has under half the entries of the next larger). */
const MAX_SEGMENTS = 64;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const pad8 = (bytes: number): number => Math.ceil(bytes / 8) * 8;
const blockStartLength = (bits: number, blockShift: number): number => ((2 ** bits) >>> blockShift) + 1;

function segmentBytes(s: SavedSegment): number {
  const c = s.ids.length;
  let bytes = 16 + pad8(4 * c) + 32 * c + pad8(s.dead.length);
  for (const t of s.tables) bytes += 8 + pad8(4 * t.blockStart.length) + pad8(2 * t.bucketStart.length) + pad8(4 * c);
  return bytes;
}

export function encodeV2(saved: SavedIndex): Uint8Array {
  let total = HEADER_BYTES + pad8(4 * saved.bufIds.length) + 4 * saved.bufWords.length;
  for (const s of saved.segments) total += segmentBytes(s);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const u32 = (v: number) => { view.setUint32(at, v, true); at += 4; };
  const put = (a: Uint8Array | Uint16Array | Uint32Array) => {
    if (LITTLE_ENDIAN || a.BYTES_PER_ELEMENT === 1) out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    else if (a.BYTES_PER_ELEMENT === 2) for (let i = 0; i < a.length; i += 1) view.setUint16(at + 2 * i, a[i] ?? 0, true);
    else for (let i = 0; i < a.length; i += 1) view.setUint32(at + 4 * i, a[i] ?? 0, true);
    at += pad8(a.byteLength);
  };
  out.set(MAGIC, 0);
  at = 8;
  [2, HEADER_BYTES, saved.radius, saved.n, 0, saved.segments.length, saved.bufIds.length, 0].forEach(u32);
  put(saved.bufIds);
  put(saved.bufWords);
  for (const s of saved.segments) {
    [s.ids.length, s.layout?.slots ?? 0, s.layout?.bits ?? 0, 0].forEach(u32);
    put(s.ids);
    put(s.words);
    put(s.dead);
    for (const t of s.tables) {
      [t.blockShift, 0].forEach(u32);
      put(t.blockStart);
      put(t.bucketStart);
      put(t.postings);
    }
  }
  view.setUint32(24, checksum(out), true);
  return out;
}

/** Reads sections in order: views on the bytes (copies on a big-endian machine), bounds-checked. */
class Reader {
  at = HEADER_BYTES;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(bytes: number, what: string): void {
    if (this.at + bytes > this.bytes.length) throw truncated(this.bytes.length, this.at + bytes, what);
  }
  u32(what: string): number {
    this.need(4, what);
    const v = this.view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }
  zero(what: string): void {
    if (this.u32(what) !== 0) throw new MatchIndexFormatError(`${what}: reserved field is not 0`);
  }
  array<T extends Uint8Array | Uint16Array | Uint32Array>(make: new (b: ArrayBufferLike, o: number, n: number) => T, size: 1 | 2 | 4, count: number, what: string): T {
    const bytes = size * count;
    this.need(pad8(bytes), what);
    const at = this.at;
    this.at += pad8(bytes);
    for (let i = at + bytes; i < this.at; i += 1) if (this.bytes[i] !== 0) throw new MatchIndexFormatError(`${what}: padding is not 0`);
    if (LITTLE_ENDIAN || size === 1) return new make(this.bytes.buffer, this.bytes.byteOffset + at, count);
    const copy = new make(new ArrayBuffer(bytes), 0, count);
    for (let i = 0; i < count; i += 1) copy[i] = size === 2 ? this.view.getUint16(at + 2 * i, true) : this.view.getUint32(at + 4 * i, true);
    return copy;
  }
}

function readSegment(r: Reader, k: number): SavedSegment {
  const what = `segment ${k}`;
  const c = r.u32(what);
  const slots = r.u32(what);
  const bits = r.u32(what);
  r.zero(what);
  if (c === 0) throw new MatchIndexFormatError(`${what} is empty`);
  let layout: Layout | null = null;
  if (slots !== 0 || bits !== 0) {
    try {
      layout = makeLayout(slots, bits);
    } catch {
      throw new MatchIndexFormatError(`${what}: ${slots} slots of ${bits} bits is not a valid layout`);
    }
  }
  const ids = r.array(Uint32Array, 4, c, `${what} ids`);
  const words = r.array(Uint32Array, 4, c * WORDS_PER_HASH, `${what} hashes`);
  const dead = r.array(Uint8Array, 1, (c + 7) >>> 3, `${what} tombstones`);
  const tables: SlotTable[] = [];
  for (let j = 0; j < (layout?.slots ?? 0); j += 1) {
    const where = `${what} slot ${j}`;
    const blockShift = r.u32(where);
    r.zero(where);
    if (blockShift > Math.min(6, bits)) throw new MatchIndexFormatError(`${where}: block shift ${blockShift} is over ${Math.min(6, bits)}`);
    const blockStart = r.array(Uint32Array, 4, blockStartLength(bits, blockShift), `${where} block starts`);
    const bucketStart = r.array(Uint16Array, 2, 2 ** bits + 1, `${where} bucket starts`);
    const postings = r.array(Uint32Array, 4, c, `${where} postings`);
    tables.push({ blockShift, blockStart, bucketStart, postings });
  }
  return { ids, words, layout, dead, tables };
}

/**
 * Bucket k of a table spans postings [blockStart[k >>> shift] + bucketStart[k], the same for k + 1):
 * those offsets must start each block at its base, never decrease, and end at c; every posting must
 * be a position below c. (Two tight loops: this runs over some 200M values at 10M hashes.)
 */
function checkTable(t: SlotTable, c: number, bits: number, where: string): void {
  const { blockShift, blockStart, bucketStart, postings } = t;
  const size = 2 ** bits;
  if (blockStart[0] !== 0) throw new MatchIndexFormatError(`${where}: the first bucket does not start at 0`);
  let prev = 0;
  for (let b = 0; b < blockStart.length; b += 1) {
    const first = b << blockShift;
    if (bucketStart[first] !== 0) throw new MatchIndexFormatError(`${where}: bucket ${first} starts a block but not at 0`);
    const base = blockStart[b] as number;
    const last = Math.min(first + (1 << blockShift) - 1, size);
    for (let k = first; k <= last; k += 1) {
      const to = base + (bucketStart[k] as number);
      if (to < prev) throw new MatchIndexFormatError(`${where}: bucket ${k - 1} ends out of order`);
      prev = to;
    }
  }
  if (prev !== c) throw new MatchIndexFormatError(`${where}: the buckets hold ${prev} postings, not ${c}`);
  for (let p = 0; p < c; p += 1) {
    if ((postings[p] as number) >= c) throw new MatchIndexFormatError(`${where}: posting ${p} is out of range`);
  }
}

function liveCount(dead: Uint8Array, c: number, what: string): number {
  if (c & 7 && (dead[dead.length - 1] ?? 0) >>> (c & 7) !== 0) throw new MatchIndexFormatError(`${what}: tombstone padding is not 0`);
  let deadCount = 0;
  for (const byte of dead) {
    let b = byte;
    for (; b !== 0; b &= b - 1) deadCount += 1;
  }
  return c - deadCount;
}

/** Position of `id` in ascending `ids`, or -1. */
function search(ids: Uint32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid] ?? 0;
    if (v < id) lo = mid + 1;
    else if (v > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

const isLive = (s: SavedSegment, i: number): boolean => i >= 0 && (((s.dead[i >>> 3] ?? 0) >>> (i & 7)) & 1) === 0;

/** No id is live twice: in two segments, or in a segment and the buffer, or twice in the buffer. */
function checkUnique(segments: readonly SavedSegment[], bufIds: Uint32Array): void {
  const seen = new Set<number>();
  for (const id of bufIds) {
    if (seen.has(id) || segments.some((s) => isLive(s, search(s.ids, id)))) throw new MatchIndexFormatError(`buffered id ${id} is stored twice`);
    seen.add(id);
  }
  for (let a = 0; a < segments.length; a += 1) {
    for (let b = a + 1; b < segments.length; b += 1) {
      const [small, large] = (segments[a] as SavedSegment).ids.length <= (segments[b] as SavedSegment).ids.length
        ? [segments[a] as SavedSegment, segments[b] as SavedSegment] : [segments[b] as SavedSegment, segments[a] as SavedSegment];
      for (let i = 0; i < small.ids.length; i += 1) {
        if (isLive(small, i) && isLive(large, search(large.ids, small.ids[i] ?? 0))) {
          throw new MatchIndexFormatError(`id ${small.ids[i] ?? 0} is live in two segments`);
        }
      }
    }
  }
}

export function decodeV2(input: Uint8Array, { radius, n, view }: Header): SavedIndex {
  // Typed-array views need aligned memory: copy once when the bytes do not start on 8 bytes.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const segmentCount = view.getUint32(28, true);
  const bufCount = view.getUint32(32, true);
  if (view.getUint32(36, true) !== 0) throw new MatchIndexFormatError('reserved header field is not 0');
  if (segmentCount > MAX_SEGMENTS) throw new MatchIndexFormatError(`${segmentCount} segments, at most ${MAX_SEGMENTS}`);
  const r = new Reader(bytes);
  const bufIds = r.array(Uint32Array, 4, bufCount, 'buffered ids');
  const bufWords = r.array(Uint32Array, 4, bufCount * WORDS_PER_HASH, 'buffered hashes');
  const segments: SavedSegment[] = [];
  for (let k = 0; k < segmentCount; k += 1) segments.push(readSegment(r, k));
  if (r.at < bytes.length) throw new MatchIndexFormatError(`${bytes.length - r.at} unexpected bytes after the ${segmentCount} segments`);
  verifyChecksum(bytes, view);
  let live = bufCount;
  segments.forEach((s, k) => {
    const c = s.ids.length;
    if (!isStrictlyAscending(s.ids, c)) throw new MatchIndexFormatError(`segment ${k}: ids are not strictly ascending`);
    live += liveCount(s.dead, c, `segment ${k}`);
    s.tables.forEach((t, j) => checkTable(t, c, s.layout?.bits ?? 0, `segment ${k} slot ${j}`));
  });
  if (live !== n) throw new MatchIndexFormatError(`the header says ${n} entries, the sections hold ${live}`);
  checkUnique(segments, bufIds);
  return { radius, n, bufIds, bufWords, segments };
}
