/**
 * The reference's box filter (one pass of its Jarosz tent filter), over parallel lines of a
 * row-major buffer: rows (lineStep = width, step = 1) or columns (lineStep = 1, step = width).
 * Each line keeps a float32 running sum updated in the reference's order (add the entering sample,
 * then subtract the leaving one) and outputs sum / count in float32: those roundings are part of
 * the hash.
 *
 * Lines are independent, so we run four at once: a lone running sum is a chain of dependent
 * float32 roundings that leaves the CPU idle; four interleaved chains keep it busy. The
 * arithmetic on each line is unchanged.
 */

/** Box width so that two passes together cover one output cell: ceil(old / (2 × new)). */
export function jaroszWindowSize(oldDimension: number, newDimension: number): number {
  return Math.floor((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

// Windows are centred, the extra sample ahead for even widths (7: 3 behind and 3 ahead; 8: 3
// behind and 4 ahead), and shrink at both ends rather than padding.
function aheadOf(window: number): number {
  return Math.floor((window + 2) / 2) - 1;
}

/** Up to this count, multiplying by 1 / count gives the same float32 as dividing (see below). */
const MAX_RECIPROCAL = 4;
const RECIPROCALS = [0, 1, 1 / 2, 1 / 3, 1 / 4];

/**
 * sum / count as the reference's float32 division. For counts 1 to 4 a multiply by the reciprocal
 * (cheaper) rounds to the same float32: exact for 1, 2 and 4, checked exhaustively over every
 * float32 for 3. Photos (at most 512 px) never need more; full-size video frames do, and divide.
 */
function scaled(sum: number, count: number): number {
  return count <= MAX_RECIPROCAL ? sum * (RECIPROCALS[count] ?? 0) : sum / count;
}

function boxOneLine(
  input: Float32Array,
  output: Float32Array,
  start: number,
  step: number,
  length: number,
  window: number,
): void {
  const ahead = aheadOf(window);
  let enter = start;
  let leave = start;
  let out = start;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < ahead; i += 1, enter += step) {
    sum = Math.fround(sum + (input[enter] ?? 0));
    count += 1;
  }
  for (let i = ahead; i < window; i += 1, enter += step, out += step) {
    sum = Math.fround(sum + (input[enter] ?? 0));
    count += 1;
    output[out] = scaled(sum, count);
  }
  for (let i = window; i < length; i += 1, enter += step, leave += step, out += step) {
    sum = Math.fround(Math.fround(sum + (input[enter] ?? 0)) - (input[leave] ?? 0));
    output[out] = scaled(sum, window);
  }
  for (let i = 0; i < ahead; i += 1, leave += step, out += step) {
    sum = Math.fround(sum - (input[leave] ?? 0));
    count -= 1;
    output[out] = scaled(sum, count);
  }
}

function boxFourLines(
  input: Float32Array,
  output: Float32Array,
  start: number,
  lineStep: number,
  step: number,
  length: number,
  window: number,
): void {
  const ahead = aheadOf(window);
  const l1 = lineStep;
  const l2 = 2 * lineStep;
  const l3 = 3 * lineStep;
  let enter = start;
  let leave = start;
  let out = start;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let count = 0;
  for (let i = 0; i < ahead; i += 1, enter += step) {
    s0 = Math.fround(s0 + (input[enter] ?? 0));
    s1 = Math.fround(s1 + (input[enter + l1] ?? 0));
    s2 = Math.fround(s2 + (input[enter + l2] ?? 0));
    s3 = Math.fround(s3 + (input[enter + l3] ?? 0));
    count += 1;
  }
  for (let i = ahead; i < window; i += 1, enter += step, out += step) {
    count += 1;
    s0 = Math.fround(s0 + (input[enter] ?? 0));
    s1 = Math.fround(s1 + (input[enter + l1] ?? 0));
    s2 = Math.fround(s2 + (input[enter + l2] ?? 0));
    s3 = Math.fround(s3 + (input[enter + l3] ?? 0));
    output[out] = scaled(s0, count);
    output[out + l1] = scaled(s1, count);
    output[out + l2] = scaled(s2, count);
    output[out + l3] = scaled(s3, count);
  }
  const multiply = window <= MAX_RECIPROCAL;
  const inverse = RECIPROCALS[window] ?? 0;
  for (let i = window; i < length; i += 1, enter += step, leave += step, out += step) {
    s0 = Math.fround(Math.fround(s0 + (input[enter] ?? 0)) - (input[leave] ?? 0));
    s1 = Math.fround(Math.fround(s1 + (input[enter + l1] ?? 0)) - (input[leave + l1] ?? 0));
    s2 = Math.fround(Math.fround(s2 + (input[enter + l2] ?? 0)) - (input[leave + l2] ?? 0));
    s3 = Math.fround(Math.fround(s3 + (input[enter + l3] ?? 0)) - (input[leave + l3] ?? 0));
    if (multiply) {
      output[out] = s0 * inverse;
      output[out + l1] = s1 * inverse;
      output[out + l2] = s2 * inverse;
      output[out + l3] = s3 * inverse;
    } else {
      output[out] = s0 / window;
      output[out + l1] = s1 / window;
      output[out + l2] = s2 / window;
      output[out + l3] = s3 / window;
    }
  }
  for (let i = 0; i < ahead; i += 1, leave += step, out += step) {
    count -= 1;
    s0 = Math.fround(s0 - (input[leave] ?? 0));
    s1 = Math.fround(s1 - (input[leave + l1] ?? 0));
    s2 = Math.fround(s2 - (input[leave + l2] ?? 0));
    s3 = Math.fround(s3 - (input[leave + l3] ?? 0));
    output[out] = scaled(s0, count);
    output[out + l1] = scaled(s1, count);
    output[out + l2] = scaled(s2, count);
    output[out + l3] = scaled(s3, count);
  }
}

/**
 * Box-filters `lines` parallel lines of `length` samples from `input` into `output` (same layout):
 * line k, sample i is at k × lineStep + i × step. `length` must exceed `window`.
 */
export function boxLines(
  input: Float32Array,
  output: Float32Array,
  lines: number,
  lineStep: number,
  step: number,
  length: number,
  window: number,
): void {
  let k = 0;
  for (; k + 4 <= lines; k += 4) boxFourLines(input, output, k * lineStep, lineStep, step, length, window);
  for (; k < lines; k += 1) boxOneLine(input, output, k * lineStep, step, length, window);
}
