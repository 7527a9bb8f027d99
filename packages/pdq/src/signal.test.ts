import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPdqHex, hamming, isMatch, isPdqHex, parsePdqHex, PdqFormatError, PDQ_MATCH_THRESHOLD, PDQ_MIN_QUALITY,
} from './signal.js';

const hashArb = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('PDQ hash values', () => {
  it('has the thresholds HMA uses', () => {
    expect(PDQ_MATCH_THRESHOLD).toBe(31);
    expect(PDQ_MIN_QUALITY).toBe(50);
  });

  it('formats and parses the 64-character hex form, round trip', () => {
    fc.assert(fc.property(hashArb, (hash) => {
      const hex = formatPdqHex(hash);
      expect(hex).toMatch(/^[0-9a-f]{64}$/);
      expect(parsePdqHex(hex)).toEqual(hash);
      expect(parsePdqHex(hex.toUpperCase())).toEqual(hash);
    }));
  });

  it.each([
    ['', /exactly 64 hex characters; this one has 0/],
    ['ab'.repeat(31), /exactly 64 hex characters; this one has 62/],
    ['ab'.repeat(33), /exactly 64 hex characters; this one has 66/],
    [`${'0'.repeat(10)}g${'0'.repeat(53)}`, /position 11 is not one/],
    [` ${'0'.repeat(63)}`, /position 1 is not one/],
    [`${'0'.repeat(63)}\n`, /position 64 is not one/],
  ])('refuses %j with a clear message', (input, message) => {
    expect(() => parsePdqHex(input)).toThrow(PdqFormatError);
    expect(() => parsePdqHex(input)).toThrow(message);
    expect(isPdqHex(input)).toBe(false);
  });

  it('refuses hashes of the wrong byte length', () => {
    expect(() => formatPdqHex(new Uint8Array(31))).toThrow(PdqFormatError);
    expect(() => hamming(new Uint8Array(32), new Uint8Array(33))).toThrow(PdqFormatError);
  });

  it('counts differing bits: a metric, equal to the popcount of the XOR', () => {
    fc.assert(fc.property(hashArb, hashArb, hashArb, (a, b, c) => {
      const d = hamming(a, b);
      expect(d).toBe(hamming(b, a));
      expect(hamming(a, a)).toBe(0);
      expect(hamming(a, c)).toBeLessThanOrEqual(d + hamming(b, c));
      let bits = 0;
      for (let i = 0; i < 32; i += 1) for (let x = (a[i] ?? 0) ^ (b[i] ?? 0); x; x >>= 1) bits += x & 1;
      expect(d).toBe(bits);
    }));
  });

  it('calls distance 31 a match and 32 not', () => {
    const a = new Uint8Array(32);
    const b = new Uint8Array(32);
    b.fill(0xff, 0, 3);
    b[3] = 0x7f; // 31 bits
    expect(hamming(a, b)).toBe(31);
    expect(isMatch(a, b)).toBe(true);
    b[3] = 0xff; // 32 bits
    expect(isMatch(a, b)).toBe(false);
  });
});
