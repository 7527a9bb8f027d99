/**
 * Luma in, the reference's 64 × 64 downsample out: box filters along rows then columns, twice
 * (the Jarosz tent filter), then one sample per output cell. Since each box line only ever sees
 * its own row or column, the last column pass runs on the 64 columns decimation samples only.
 */
import { boxLines, jaroszWindowSize } from './jarosz-filter.js';

/** Writes working row `row` of luma (width samples) into `out` from `outStart`. */
export type LumaRowSource = (row: number, out: Float32Array, outStart: number) => void;

/** Input index of output cell i when decimating `size` samples to 64: floor((i + 0.5) × size / 64). */
export function decimationIndex(i: number, size: number): number {
  return Math.floor(((i + 0.5) * size) / 64);
}

const scratch: Record<'luma' | 'blurred' | 'narrow' | 'narrowBlurred', Float32Array> = {
  luma: new Float32Array(0),
  blurred: new Float32Array(0),
  narrow: new Float32Array(0),
  narrowBlurred: new Float32Array(0),
};

function grow(buffer: Float32Array, size: number): Float32Array {
  return buffer.length >= size ? buffer : new Float32Array(size);
}

/** `rows` and `cols` at least 5 (512 at most for photos; any size for video frames); the result goes to `out` (64 × 64, row-major). */
export function downsampleTo64(rows: number, cols: number, lumaRow: LumaRowSource, out: Float32Array): void {
  const alongRows = jaroszWindowSize(cols, 64);
  const alongColumns = jaroszWindowSize(rows, 64);
  const luma = (scratch.luma = grow(scratch.luma, rows * cols));
  const blurred = (scratch.blurred = grow(scratch.blurred, rows * cols));
  const narrow = (scratch.narrow = grow(scratch.narrow, rows * 64));
  const narrowBlurred = (scratch.narrowBlurred = grow(scratch.narrowBlurred, rows * 64));

  for (let r = 0; r < rows; r += 1) lumaRow(r, luma, r * cols);
  boxLines(luma, blurred, rows, cols, 1, cols, alongRows);
  boxLines(blurred, luma, cols, 1, cols, rows, alongColumns);
  boxLines(luma, blurred, rows, cols, 1, cols, alongRows);

  for (let j = 0; j < 64; j += 1) {
    const column = decimationIndex(j, cols);
    for (let r = 0, from = column, to = j; r < rows; r += 1, from += cols, to += 64) {
      narrow[to] = blurred[from] ?? 0;
    }
  }
  boxLines(narrow, narrowBlurred, 64, 1, 64, rows, alongColumns);
  for (let i = 0; i < 64; i += 1) {
    const from = decimationIndex(i, rows) * 64;
    out.set(narrowBlurred.subarray(from, from + 64), i * 64);
  }
}
