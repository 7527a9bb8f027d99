/**
 * Torben Mogensen's median (N. Devillard's formulation, as in the reference): bisect on value
 * instead of sorting. All arithmetic is float32 so the returned median, and hence which values lie
 * strictly above it, matches the reference bit for bit. `values` must be non-empty and NaN-free.
 */
export function torbenMedian(values: Float32Array, count: number = values.length): number {
  let min = values[0] ?? 0;
  let max = min;
  for (let i = 1; i < count; i += 1) {
    const v = values[i] ?? 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }

  const half = Math.floor((count + 1) / 2);
  for (;;) {
    const guess = Math.fround(Math.fround(min + max) / 2);
    let less = 0;
    let greater = 0;
    let equal = 0;
    let maxBelow = min;
    let minAbove = max;
    for (let i = 0; i < count; i += 1) {
      const v = values[i] ?? 0;
      if (v < guess) {
        less += 1;
        if (v > maxBelow) maxBelow = v;
      } else if (v > guess) {
        greater += 1;
        if (v < minAbove) minAbove = v;
      } else {
        equal += 1;
      }
    }
    if (less <= half && greater <= half) {
      if (less >= half) return maxBelow;
      if (less + equal >= half) return guess;
      return minAbove;
    }
    if (less > greater) max = maxBelow;
    else min = minAbove;
  }
}
