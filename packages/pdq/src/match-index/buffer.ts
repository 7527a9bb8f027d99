/**
 * The index's buffer: recent adds, unindexed, in insertion order (removal swaps the last entry into
 * the hole), scanned linearly by queries. MatchIndex turns it into a segment when it is full.
 */
import type { PdqHash } from '../signal.js';
import { scanRange } from './brute-force.js';
import type { Entries } from './entries.js';
import type { Hit } from './segment.js';
import { packInto, WORDS_PER_HASH } from './words.js';

export class EntryBuffer {
  private ids = new Uint32Array(0);
  private words = new Uint32Array(0);
  private n = 0;
  private readonly pos = new Map<number, number>();

  /** `limit`: how many entries it holds before it counts as full (also the most its arrays reserve ahead). */
  constructor(readonly limit: number) {}

  get count(): number {
    return this.n;
  }

  get full(): boolean {
    return this.n >= this.limit;
  }

  /** Bytes held in its arrays, spare capacity included. */
  get byteLength(): number {
    return this.ids.byteLength + this.words.byteLength;
  }

  has(id: number): boolean {
    return this.pos.has(id);
  }

  /** Replaces the hash of a buffered id; false (and nothing done) when the id is not buffered. */
  replace(id: number, hash: PdqHash): boolean {
    const at = this.pos.get(id);
    if (at === undefined) return false;
    packInto(hash, 0, this.words, at * WORDS_PER_HASH);
    return true;
  }

  /** Appends an id that is not buffered yet. */
  push(id: number, hash: PdqHash): void {
    this.reserve();
    packInto(hash, 0, this.words, this.n * WORDS_PER_HASH);
    this.append(id);
  }

  /** Appends an id that is not buffered yet, its hash taken from `words[at..at+8)`. */
  pushWords(id: number, words: Uint32Array, at: number): void {
    this.reserve();
    this.words.set(words.subarray(at, at + WORDS_PER_HASH), this.n * WORDS_PER_HASH);
    this.append(id);
  }

  /** Removes a buffered id; false when it was not buffered. */
  remove(id: number): boolean {
    const at = this.pos.get(id);
    if (at === undefined) return false;
    const last = this.n - 1;
    if (at !== last) {
      const lastId = this.ids[last] ?? 0;
      this.ids[at] = lastId;
      this.words.copyWithin(at * WORDS_PER_HASH, last * WORDS_PER_HASH, (last + 1) * WORDS_PER_HASH);
      this.pos.set(lastId, at);
    }
    this.pos.delete(id);
    this.n = last;
    return true;
  }

  /** Adds every buffered entry within `radius` of the query words `q` to `out`. */
  scan(q: Uint32Array, radius: number, out: Hit[]): void {
    if (this.n === 0) return;
    const ids = this.ids;
    scanRange(this.words, 0, this.n, q, radius, (i, distance) => out.push({ id: ids[i] ?? 0, distance }));
  }

  /** Views on the buffered entries, in buffer order; valid until the buffer next changes. */
  entries(): Entries {
    return { ids: this.ids.subarray(0, this.n), words: this.words.subarray(0, this.n * WORDS_PER_HASH) };
  }

  /** Copies of the buffered entries, in buffer order; the buffer is then emptied. */
  take(): Entries {
    const taken = { ids: this.ids.slice(0, this.n), words: this.words.slice(0, this.n * WORDS_PER_HASH) };
    this.clear();
    return taken;
  }

  /** Empties the buffer and lets go of its arrays. */
  clear(): void {
    this.n = 0;
    this.pos.clear();
    this.ids = new Uint32Array(0);
    this.words = new Uint32Array(0);
  }

  private append(id: number): void {
    this.ids[this.n] = id;
    this.pos.set(id, this.n);
    this.n += 1;
  }

  private reserve(): void {
    if (this.n < this.ids.length) return;
    const capacity = Math.min(Math.max(64, this.ids.length * 2), Math.max(this.limit, this.n + 1));
    const ids = new Uint32Array(capacity);
    ids.set(this.ids.subarray(0, this.n));
    const words = new Uint32Array(capacity * WORDS_PER_HASH);
    words.set(this.words.subarray(0, this.n * WORDS_PER_HASH));
    this.ids = ids;
    this.words = words;
  }
}
