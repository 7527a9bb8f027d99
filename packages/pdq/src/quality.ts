/**
 * The reference's quality score: the sum of quantised neighbour differences over the 64 × 64
 * downsample, divided by 90 and capped at 100. Each difference is (u − v) · 100 / 255 in float32,
 * truncated toward zero, so small gradients count for nothing; a flat image scores 0.
 */
export function pdqQuality(a: Float32Array): number {
  let gradientSum = 0;
  for (let i = 0; i < 63; i += 1) {
    for (let j = 0; j < 64; j += 1) {
      gradientSum += quantisedDifference(a[i * 64 + j] ?? 0, a[(i + 1) * 64 + j] ?? 0);
    }
  }
  for (let i = 0; i < 64; i += 1) {
    for (let j = 0; j < 63; j += 1) {
      gradientSum += quantisedDifference(a[i * 64 + j] ?? 0, a[i * 64 + j + 1] ?? 0);
    }
  }
  return Math.min(100, Math.floor(gradientSum / 90));
}

function quantisedDifference(u: number, v: number): number {
  return Math.abs(Math.trunc(Math.fround(Math.fround(Math.fround(u - v) * 100) / 255)));
}
