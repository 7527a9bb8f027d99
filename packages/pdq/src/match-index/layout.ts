/**
 * Multi-index hashing layout (Norouzi, Punjani & Fleet, "Fast Search in Hamming Space with
 * Multi-Index Hashing", CVPR 2012): the 256 bits are cut into `slots` disjoint substrings of
 * `bits` bits. By the pigeonhole principle, two hashes within distance r agree within
 * floor(r / slots) bits on at least one substring, so probing every substring value within that
 * "probe radius" of the query's substring finds every match. Sharper (`slotRadius`): with
 * r = slots·q + a (0 ≤ a < slots), slots 0..a need radius q and the others only q − 1, since
 * distances of at least q + 1 on a + 1 slots and q on the rest already add up to r + 1 (a slot of
 * radius −1 is not probed at all). At r = 31 and 11 slots, slot 10 probes radius 1 instead of 2.
 * Bits left over when
 * slots·bits < 256 are simply not indexed (still checked when verifying); that costs selectivity,
 * never recall.
 */
import { popcount32 } from './words.js';

export interface Layout {
  readonly slots: number;
  readonly bits: number;
  /** First bit (0 = most significant bit of word 0) of each substring. */
  readonly starts: readonly number[];
}

/** Widest substring supported: the offsets table of one slot has 2^bits + 1 entries. */
export const MAX_SLOT_BITS = 24;
/** Probe radii above this are not enumerated; such queries scan instead (still exact). */
export const MAX_PROBE_RADIUS = 4;

export function makeLayout(slots: number, bits: number): Layout {
  if (!Number.isInteger(slots) || slots < 1 || slots > 256) throw new RangeError('slots must be an integer from 1 to 256');
  if (!Number.isInteger(bits) || bits < 1 || bits > MAX_SLOT_BITS || slots * bits > 256) {
    throw new RangeError(`bits must be an integer from 1 to ${MAX_SLOT_BITS} with slots·bits ≤ 256`);
  }
  // Spread the substrings evenly so unindexed bits fall between them.
  const starts = Array.from({ length: slots }, (_, j) => Math.floor((j * 256) / slots));
  return { slots, bits, starts };
}

/** The `bits`-bit substring starting at bit `start` of the hash at `words[base..base+8)`. */
export function slotKey(words: Uint32Array, base: number, start: number, bits: number): number {
  const w = start >>> 5;
  const o = start & 31;
  let key = ((words[base + w] ?? 0) << o) >>> (32 - bits);
  if (o + bits > 32) key |= (words[base + w + 1] ?? 0) >>> (64 - o - bits);
  return key;
}

/** Writes the substring of every hash in `words` (n hashes) for one slot into `out`. */
export function slotKeys(words: Uint32Array, n: number, start: number, bits: number, out: Uint32Array): void {
  const w = start >>> 5;
  const o = start & 31;
  const hiShift = 32 - bits;
  if (o + bits > 32) {
    const loShift = 64 - o - bits;
    for (let i = 0, b = w; i < n; i += 1, b += 8) {
      out[i] = (((words[b] ?? 0) << o) >>> hiShift) | ((words[b + 1] ?? 0) >>> loShift);
    }
  } else {
    for (let i = 0, b = w; i < n; i += 1, b += 8) out[i] = ((words[b] ?? 0) << o) >>> hiShift;
  }
}

export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i += 1) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** Number of `bits`-bit values within distance `radius` of a given one. */
export function ballSize(bits: number, radius: number): number {
  let v = 0;
  for (let k = 0; k <= Math.min(radius, bits); k += 1) v += binomial(bits, k);
  return v;
}

/** The radius slot `j` of `slots` is probed at for a query of `radius` (−1: not probed). */
export function slotRadius(slots: number, radius: number, j: number): number {
  const q = Math.floor(radius / slots);
  return j <= radius - slots * q ? q : q - 1;
}

/** Bucket lookups of one query of `radius` over all slots (see `slotRadius`). */
export function probeLookups(slots: number, bits: number, radius: number): number {
  const q = Math.floor(radius / slots);
  const a = radius - slots * q;
  return (a + 1) * ballSize(bits, q) + (slots - a - 1) * ballSize(bits, q - 1);
}

const maskCache = new Map<number, Uint32Array>();

/** Every `bits`-bit XOR mask of weight ≤ radius, lightest first (cached; at most a few thousand). */
export function ballMasks(bits: number, radius: number): Uint32Array {
  const r = Math.min(radius, bits);
  const key = bits * 64 + r;
  let masks = maskCache.get(key);
  if (masks) return masks;
  masks = new Uint32Array(ballSize(bits, r));
  let n = 0;
  masks[n++] = 0;
  // Weight k masks as combinations of k bit positions, in lexicographic order.
  for (let k = 1; k <= r; k += 1) {
    const pos = Array.from({ length: k }, (_, i) => i);
    for (;;) {
      let m = 0;
      for (const p of pos) m |= 1 << p;
      masks[n++] = m >>> 0;
      let i = k - 1;
      while (i >= 0 && pos[i] === bits - k + i) i -= 1;
      if (i < 0) break;
      pos[i] = (pos[i] ?? 0) + 1;
      for (let t = i + 1; t < k; t += 1) pos[t] = (pos[t - 1] ?? 0) + 1;
    }
  }
  maskCache.set(key, masks);
  return masks;
}

/** True when the substrings of two hashes in slot j differ in at most `radius` bits. */
export function slotWithin(a: Uint32Array, aBase: number, b: Uint32Array, bBase: number, start: number, bits: number, radius: number): boolean {
  return popcount32(slotKey(a, aBase, start, bits) ^ slotKey(b, bBase, start, bits)) <= radius;
}
