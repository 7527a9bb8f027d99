import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { torbenMedian } from './torben-median.js';

/**
 * The contract, as in the reference (Devillard's torben): of `count` values, the ⌈count / 2⌉-th
 * smallest, i.e. the middle one for an odd count and the lower of the two middle ones for an even
 * count.
 */
function sortedMedian(values: Float32Array, count: number): number {
  const sorted = Array.from(values.subarray(0, count)).sort((a, b) => a - b);
  return sorted[Math.floor((count + 1) / 2) - 1] ?? Number.NaN;
}

/** Small integers, so most values are tied with others; the range itself is drawn too (0 = all equal). */
const tiedValues = (minLength: number, maxLength: number) =>
  fc
    .integer({ min: 0, max: 6 })
    .chain((spread) => fc.array(fc.integer({ min: -spread, max: spread }), { minLength, maxLength }))
    .map((values) => Float32Array.from(values));

describe('torbenMedian', () => {
  it('is the sort-based median on heavily tied values, for odd and even lengths up to 300', () => {
    fc.assert(
      fc.property(tiedValues(1, 300), (values) => {
        expect(torbenMedian(values)).toBe(sortedMedian(values, values.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('is the sort-based median of the 256 DCT values a hash is cut at', () => {
    fc.assert(
      fc.property(tiedValues(256, 256), (values) => {
        expect(torbenMedian(values, 256)).toBe(sortedMedian(values, 256));
      }),
      { numRuns: 1000 },
    );
  });

  it('looks only at the first `count` values', () => {
    fc.assert(
      fc.property(tiedValues(1, 64), tiedValues(0, 64), (values, tail) => {
        const padded = new Float32Array(values.length + tail.length);
        padded.set(values);
        padded.set(tail, values.length);
        expect(torbenMedian(padded, values.length)).toBe(sortedMedian(values, values.length));
      }),
      { numRuns: 1000 },
    );
  });

  it('handles ties with fractional float32 values and a midpoint guess equal to a value', () => {
    // An arithmetic progression: the midpoint of two values an even number of steps apart is a value.
    const pool = [-2, -1.25, -0.5, 0.25, 1, 1.75, 2.5].map(Math.fround);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 256 }), (list) => {
        const values = Float32Array.from(list);
        expect(torbenMedian(values)).toBe(sortedMedian(values, values.length));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    [[5], 5],
    [[1, 2], 1],
    [[2, 1, 2], 2],
    [[0, 0, 0, 1], 0],
    [[0, 1, 1, 1], 1],
    [[1, 1, 2, 2], 1],
    [[0, 1, 1, 2], 1],
    [[3, 3, 3, 3, 3], 3],
    [[-1, 0, 1, 0, 0, 1], 0],
  ])('median of %j is %d', (list, median) => {
    expect(torbenMedian(Float32Array.from(list))).toBe(median);
  });
});
