import type { PixelImage } from './pixel-image.js';

// The reference's weights are C `float` constants, so they are float32 roundings of 0.299 etc.
const RED_WEIGHT = Math.fround(0.299);
const GREEN_WEIGHT = Math.fround(0.587);
const BLUE_WEIGHT = Math.fround(0.114);

/**
 * Writes into `out` the luma of source row `sourceRow` at the byte offsets `columnOffsets`
 * (column index × channels), `count` samples. With the offsets of a nearest-neighbour resize this
 * is resize and conversion in one pass: each output pixel is a copy of one input pixel, so the
 * floats are the same as converting the resized bytes.
 *
 * RGB(A): float32 (R·0.299 + G·0.587) + B·0.114, each product and sum rounded to float32 in
 * that order, like the reference (the store into `out` rounds the last sum).
 * Grey (with or without alpha): the grey value itself. Alpha is never looked at.
 */
export function fillLumaRow(
  image: PixelImage,
  sourceRow: number,
  columnOffsets: Int32Array,
  count: number,
  out: Float32Array,
  outStart = 0,
): void {
  const { data } = image;
  const rowStart = sourceRow * image.width * image.channels;
  if (image.channels >= 3) {
    for (let c = 0; c < count; c += 1) {
      const p = rowStart + (columnOffsets[c] ?? 0);
      const red = Math.fround(RED_WEIGHT * (data[p] ?? 0));
      const green = Math.fround(GREEN_WEIGHT * (data[p + 1] ?? 0));
      out[outStart + c] = Math.fround(red + green) + Math.fround(BLUE_WEIGHT * (data[p + 2] ?? 0));
    }
  } else {
    for (let c = 0; c < count; c += 1) out[outStart + c] = data[rowStart + (columnOffsets[c] ?? 0)] ?? 0;
  }
}
