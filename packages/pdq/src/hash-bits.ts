import { PDQ_HASH_BYTES, type PdqHash } from './signal.js';
import { torbenMedian } from './torben-median.js';

/**
 * Bit k (k = 16·row + column of the 16 × 16 coefficients) is set when that coefficient is strictly
 * above the median. The reference keeps bit k in 16-bit word k/16 and prints the words from 15 down
 * to 0, high nibble first; in our hex-ordered bytes that puts bit k in byte 31 − k/8, bit k mod 8.
 */
export function bitsAboveMedian(coefficients: Float32Array): PdqHash {
  const median = torbenMedian(coefficients, 256);
  const hash = new Uint8Array(PDQ_HASH_BYTES);
  for (let k = 0; k < 256; k += 1) {
    if ((coefficients[k] ?? 0) > median) {
      const byte = 31 - (k >> 3);
      hash[byte] = (hash[byte] ?? 0) | (1 << (k & 7));
    }
  }
  return hash;
}
