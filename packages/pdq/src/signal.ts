/**
 * The PDQ hash as a value: 256 bits held as 32 bytes in the order of its 64-character hex form,
 * with the thresholds that give it meaning (as ThreatExchange's `signal_type/pdq/signal.py`).
 */

/** Two hashes at Hamming distance ≤ this are a match. */
export const PDQ_MATCH_THRESHOLD = 31;
/** Hashes with a quality below this are not to be trusted (discard or flag them). */
export const PDQ_MIN_QUALITY = 50;
export const PDQ_HASH_BITS = 256;
export const PDQ_HASH_BYTES = 32;
export const PDQ_HEX_LENGTH = 64;

/** 32 bytes; byte i is hex characters 2i..2i+1 of the hash's 64-character form. */
export type PdqHash = Uint8Array;

export interface PdqResult {
  readonly hash: PdqHash;
  /** 0–100; below PDQ_MIN_QUALITY the hash says little about the image. */
  readonly quality: number;
}

export class PdqFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdqFormatError';
  }
}

const HEX = /^[0-9a-f]{64}$/i;

export function isPdqHex(value: string): boolean {
  return HEX.test(value);
}

/** Parses a 64-character hex hash; anything else throws a PdqFormatError saying what is wrong. */
export function parsePdqHex(hex: string): PdqHash {
  if (typeof hex !== 'string') throw new PdqFormatError('A PDQ hash must be a string of 64 hex characters');
  if (hex.length !== PDQ_HEX_LENGTH) {
    throw new PdqFormatError(`A PDQ hash has exactly 64 hex characters; this one has ${hex.length}`);
  }
  if (!HEX.test(hex)) {
    const bad = [...hex].findIndex((c) => !/[0-9a-f]/i.test(c));
    throw new PdqFormatError(`A PDQ hash has only hex characters (0-9, a-f); position ${bad + 1} is not one`);
  }
  const hash = new Uint8Array(PDQ_HASH_BYTES);
  for (let i = 0; i < PDQ_HASH_BYTES; i += 1) hash[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return hash;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** The 64-character lower-case hex form, as the reference prints it. */
export function formatPdqHex(hash: PdqHash): string {
  if (hash.length !== PDQ_HASH_BYTES) throw new PdqFormatError(`A PDQ hash has 32 bytes; this one has ${hash.length}`);
  let out = '';
  for (let i = 0; i < PDQ_HASH_BYTES; i += 1) out += BYTE_HEX[hash[i] ?? 0];
  return out;
}

const POPCOUNT8 = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let v = b; v; v >>= 1) n += v & 1;
  return n;
});

/** Number of differing bits between two hashes (0–256). */
export function hamming(a: PdqHash, b: PdqHash): number {
  if (a.length !== PDQ_HASH_BYTES || b.length !== PDQ_HASH_BYTES) {
    throw new PdqFormatError('Hamming distance needs two 32-byte PDQ hashes');
  }
  let d = 0;
  for (let i = 0; i < PDQ_HASH_BYTES; i += 1) d += POPCOUNT8[(a[i] ?? 0) ^ (b[i] ?? 0)] ?? 0;
  return d;
}

export function isMatch(a: PdqHash, b: PdqHash, threshold = PDQ_MATCH_THRESHOLD): boolean {
  return hamming(a, b) <= threshold;
}
