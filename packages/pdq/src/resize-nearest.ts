/**
 * The reference hasher first brings any image wider or taller than 512 pixels to exactly 512 × 512
 * (aspect ratio not kept) with CImg's default `resize`, which is nearest-neighbour. Smaller images
 * are hashed at their own size.
 */
export const PDQ_RESIZE_LIMIT = 512;

export interface WorkingSize {
  readonly width: number;
  readonly height: number;
}

export function pdqWorkingSize(width: number, height: number): WorkingSize {
  if (width > PDQ_RESIZE_LIMIT || height > PDQ_RESIZE_LIMIT) {
    return { width: PDQ_RESIZE_LIMIT, height: PDQ_RESIZE_LIMIT };
  }
  return { width, height };
}

/**
 * For each of `to` output positions, the input position CImg's nearest-neighbour resize reads:
 * floor(i × from / to), with the quotient taken in double precision exactly as CImg takes it (CImg
 * keeps the floors as step offsets, which add back up to the same indices).
 */
export function nearestSourceIndices(from: number, to: number, out: Int32Array): Int32Array {
  for (let i = 0; i < to; i += 1) out[i] = Math.floor((i * from) / to);
  return out;
}
