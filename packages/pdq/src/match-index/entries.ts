/**
 * Runs of entries as the index moves them between its buffer, segments and saved form: ids in a
 * Uint32Array and hashes as 8 words each (words.ts). Checking and packing a batch from callers,
 * sorting by id (the last of a repeated id wins) and gathering the live entries of segments.
 */
import { PDQ_HASH_BYTES, type PdqHash } from '../signal.js';
import type { Segment } from './segment.js';
import { isStrictlyAscending, sortPermutation } from './sort.js';
import { packHashes, WORDS_PER_HASH } from './words.js';

export interface Entries {
  readonly ids: Uint32Array;
  /** 8 words per entry, in the order of `ids`. */
  readonly words: Uint32Array;
}

const MAX_ID = 2 ** 32 - 1;

export function assertId(id: number): void {
  if (!Number.isInteger(id) || id < 0 || id > MAX_ID) {
    throw new RangeError(`An id must be an integer from 0 to 2^32 − 1; got ${String(id)}`);
  }
}

/**
 * Checks and packs a batch given to `addMany`: one id per hash, `hashes` either n PdqHash or one
 * Uint8Array of 32·n bytes. Entries stay in input order (duplicates included).
 */
export function packEntries(ids: ArrayLike<number>, hashes: Uint8Array | readonly PdqHash[]): Entries {
  const n = ids.length;
  const packed = hashes instanceof Uint8Array;
  if (packed ? hashes.length !== n * PDQ_HASH_BYTES : hashes.length !== n) {
    throw new RangeError(packed
      ? `Expected ${n} packed hashes (${n * PDQ_HASH_BYTES} bytes); got ${hashes.length} bytes`
      : `Expected ${n} hashes, one per id; got ${hashes.length}`);
  }
  if (n === 0) return { ids: new Uint32Array(0), words: new Uint32Array(0) };
  const idArr = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const id = ids[i] ?? -1;
    assertId(id);
    idArr[i] = id;
  }
  return { ids: idArr, words: packHashes(hashes) };
}

/**
 * Sorts entries by id; for repeated ids the last one (in input order) is kept. Arrays already in
 * strictly ascending order are returned as they are.
 */
export function sortUnique(ids: Uint32Array, words: Uint32Array): Entries {
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

/** The live entries of the given segments, then `extra` (the buffer) when given, sorted by id, in new arrays. */
export function gatherLive(segments: readonly Segment[], extra?: Entries): Entries {
  let n = extra ? extra.ids.length : 0;
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
  if (extra && extra.ids.length > 0) {
    ids.set(extra.ids, k);
    words.set(extra.words, k * WORDS_PER_HASH);
  }
  return sortUnique(ids, words);
}
