/** Deterministic test and benchmark data: seeded random hashes and planted near-duplicates. */
import type { PdqHash } from '../signal.js';

/** sfc32: a small, fast, seedable 32-bit generator. */
export function rng(seed: number): () => number {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i += 1) next();
  return next;
}

export function randomHash(next: () => number): PdqHash {
  const h = new Uint8Array(32);
  for (let i = 0; i < 32; i += 4) {
    const v = next();
    h[i] = v >>> 24;
    h[i + 1] = (v >>> 16) & 0xff;
    h[i + 2] = (v >>> 8) & 0xff;
    h[i + 3] = v & 0xff;
  }
  return h;
}

/** Fills `out[at..at+32)` with random bytes. */
export function fillRandom(next: () => number, out: Uint8Array, at = 0, bytes = out.length - at): void {
  for (let i = 0; i < bytes; i += 4) {
    const v = next();
    out[at + i] = v >>> 24;
    out[at + i + 1] = (v >>> 16) & 0xff;
    out[at + i + 2] = (v >>> 8) & 0xff;
    out[at + i + 3] = v & 0xff;
  }
}

/** A copy of `hash` with exactly `k` distinct bits flipped (so at Hamming distance exactly k). */
export function flipBits(hash: PdqHash, k: number, next: () => number): PdqHash {
  if (!Number.isInteger(k) || k < 0 || k > 256) throw new RangeError('k is an integer from 0 to 256');
  const out = hash.slice();
  const flipped = new Uint8Array(256);
  for (let done = 0; done < k;) {
    const b = next() & 255;
    if (flipped[b]) continue;
    flipped[b] = 1;
    out[b >>> 3] = (out[b >>> 3] ?? 0) ^ (0x80 >>> (b & 7));
    done += 1;
  }
  return out;
}
