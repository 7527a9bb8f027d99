/**
 * A PDQ hash as eight unsigned 32-bit words: word w holds hash bytes 4w..4w+3 big-endian, so bit 0
 * of the 256-bit string (the most significant bit of word 0) is the first bit of the hex form.
 * Distances only need the packing to be consistent; big-endian keeps slot bit ranges readable.
 */
import { PDQ_HASH_BYTES, PdqFormatError, type PdqHash } from '../signal.js';

export const WORDS_PER_HASH = 8;

/** Bits set in a 32-bit value (SWAR; no tables, no allocation). */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function assertHash(hash: PdqHash, what = 'hash'): void {
  if (!(hash instanceof Uint8Array) || hash.length !== PDQ_HASH_BYTES) {
    throw new PdqFormatError(`The ${what} must be a PDQ hash: a Uint8Array of 32 bytes`);
  }
}

/** Writes the eight words of `bytes[from..from+32)` to `out[at..at+8)`. */
export function packInto(bytes: Uint8Array, from: number, out: Uint32Array, at: number): void {
  for (let w = 0; w < WORDS_PER_HASH; w += 1) {
    const b = from + 4 * w;
    out[at + w] = (((bytes[b] ?? 0) << 24) | ((bytes[b + 1] ?? 0) << 16) | ((bytes[b + 2] ?? 0) << 8) | (bytes[b + 3] ?? 0)) >>> 0;
  }
}

/** Writes the 32 bytes of the hash held in `words[at..at+8)` to `out[to..to+32)`. */
export function unpackInto(words: Uint32Array, at: number, out: Uint8Array, to: number): void {
  for (let w = 0; w < WORDS_PER_HASH; w += 1) {
    const v = words[at + w] ?? 0;
    const b = to + 4 * w;
    out[b] = v >>> 24;
    out[b + 1] = (v >>> 16) & 0xff;
    out[b + 2] = (v >>> 8) & 0xff;
    out[b + 3] = v & 0xff;
  }
}

/** One hash as eight words. */
export function hashToWords(hash: PdqHash): Uint32Array {
  assertHash(hash);
  const out = new Uint32Array(WORDS_PER_HASH);
  packInto(hash, 0, out, 0);
  return out;
}

/** The hash held in `words[8·index .. 8·index+8)`. */
export function wordsToHash(words: Uint32Array, index = 0): PdqHash {
  const out = new Uint8Array(PDQ_HASH_BYTES);
  unpackInto(words, index * WORDS_PER_HASH, out, 0);
  return out;
}

/**
 * Packs hashes into one Uint32Array of 8 words each: either a list of 32-byte hashes or one
 * Uint8Array of `32·n` bytes holding n hashes back to back (the compact form for millions).
 */
export function packHashes(hashes: Uint8Array | readonly PdqHash[]): Uint32Array {
  if (hashes instanceof Uint8Array) {
    if (hashes.length % PDQ_HASH_BYTES !== 0) {
      throw new PdqFormatError(`Packed hashes take 32 bytes each; ${hashes.length} bytes is not a multiple of 32`);
    }
    const n = hashes.length / PDQ_HASH_BYTES;
    const out = new Uint32Array(n * WORDS_PER_HASH);
    for (let i = 0; i < n; i += 1) packInto(hashes, i * PDQ_HASH_BYTES, out, i * WORDS_PER_HASH);
    return out;
  }
  const out = new Uint32Array(hashes.length * WORDS_PER_HASH);
  hashes.forEach((hash, i) => {
    assertHash(hash, `hash at position ${i}`);
    packInto(hash, 0, out, i * WORDS_PER_HASH);
  });
  return out;
}
