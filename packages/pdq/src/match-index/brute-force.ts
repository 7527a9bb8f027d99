/**
 * The baseline: a linear scan over packed hashes. Exact by construction; used by the tests as the
 * oracle, by the benchmark as the baseline, and by MatchIndex itself where a scan is cheaper.
 */
import type { PdqHash } from '../signal.js';
import { hashToWords, WORDS_PER_HASH } from './words.js';

// Hot loops use module-local helpers and literal 8s: V8 does not inline functions or fold constants
// imported from another ES module (measured: 3.5× slower query loop).
function pc(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export interface BruteForceHit {
  /** Position of the hash in the packed array (0-based). */
  readonly index: number;
  readonly distance: number;
}

/**
 * Every hash among the first `count` of `hashesWords` (8 words each, as `packHashes` makes them)
 * within Hamming distance `radius` of `query`, sorted by distance then position.
 */
export function bruteForceQuery(
  hashesWords: Uint32Array,
  count: number,
  query: PdqHash | Uint32Array,
  radius: number,
): BruteForceHit[] {
  if (!Number.isInteger(count) || count < 0 || count * WORDS_PER_HASH > hashesWords.length) {
    throw new RangeError(`count must be an integer between 0 and ${hashesWords.length / WORDS_PER_HASH}`);
  }
  const q = query instanceof Uint32Array ? query : hashToWords(query);
  if (q.length !== WORDS_PER_HASH) throw new RangeError('A query given as words has exactly 8 of them');
  const hits: BruteForceHit[] = [];
  scanRange(hashesWords, 0, count, q, radius, (index, distance) => hits.push({ index, distance }));
  return hits.sort((a, b) => a.distance - b.distance || a.index - b.index);
}

/**
 * Calls `emit(i, d)` for every i in [from, to) whose hash is within `radius` of the query words `q`.
 * The partial distance after four words ends most comparisons early (random hashes differ in ~64
 * of their first 128 bits).
 */
export function scanRange(
  words: Uint32Array,
  from: number,
  to: number,
  q: Uint32Array,
  radius: number,
  emit: (index: number, distance: number) => void,
): void {
  const q0 = q[0] ?? 0, q1 = q[1] ?? 0, q2 = q[2] ?? 0, q3 = q[3] ?? 0;
  const q4 = q[4] ?? 0, q5 = q[5] ?? 0, q6 = q[6] ?? 0, q7 = q[7] ?? 0;
  for (let i = from, b = from * 8; i < to; i += 1, b += 8) {
    let d = pc((words[b] ?? 0) ^ q0) + pc((words[b + 1] ?? 0) ^ q1)
      + pc((words[b + 2] ?? 0) ^ q2) + pc((words[b + 3] ?? 0) ^ q3);
    if (d > radius) continue;
    d += pc((words[b + 4] ?? 0) ^ q4) + pc((words[b + 5] ?? 0) ^ q5)
      + pc((words[b + 6] ?? 0) ^ q6) + pc((words[b + 7] ?? 0) ^ q7);
    if (d <= radius) emit(i, d);
  }
}
