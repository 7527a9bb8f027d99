/**
 * Median and 90th percentile of whole days, by the nearest-rank method: the value at rank
 * ceil(p/100 × n) of the sorted list (1-based). It is always one of the observed values (no
 * interpolation, so "a median of 3 days" is a day some removal actually took); for an even count
 * the median is the lower of the two middle values.
 */

export function nearestRank(sorted: readonly number[], percent: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** Median and p90 of the values (any order); null when there are fewer than `minimum`. */
export function medianAndP90(values: readonly number[], minimum = 5): { median: number | null; p90: number | null } {
  if (values.length < minimum || values.length === 0) return { median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  return { median: nearestRank(sorted, 50), p90: nearestRank(sorted, 90) };
}
