/**
 * The shared part of both hash entry points: decoded pixels → 16 × 16 DCT coefficients + quality,
 * in the reference's steps: resize (> 512 px only) → luma → Jarosz blur → 64 × 64 → DCT.
 */
import { dct64To16 } from './dct.js';
import { downsampleTo64 } from './downsample.js';
import { fillLumaRow } from './luma.js';
import { assertPixelImage, type PixelImage } from './pixel-image.js';
import { pdqQuality } from './quality.js';
import { nearestSourceIndices, pdqWorkingSize, PDQ_RESIZE_LIMIT } from './resize-nearest.js';

/** The reference gives up on images narrower or shorter than this (after any resize). */
export const PDQ_MIN_HASHABLE_DIMENSION = 5;

export interface PdqCoefficients {
  /** 16 × 16, row-major; a shared buffer, overwritten by the next call. */
  readonly coefficients: Float32Array;
  readonly quality: number;
}

// One set of buffers for every call: hashing is synchronous, so calls cannot interleave.
const scratch = {
  sourceRows: new Int32Array(PDQ_RESIZE_LIMIT),
  columnOffsets: new Int32Array(PDQ_RESIZE_LIMIT),
  a64: new Float32Array(64 * 64),
  t16x64: new Float32Array(16 * 64),
  b16: new Float32Array(16 * 16),
};

/**
 * Validates the image (PdqInputError) and returns its coefficients and quality, or undefined for
 * an image too small to hash. `resizeLarge`: bring images over 512 px to 512 × 512 first (the photo
 * hasher); vPDQ hashes frames at their own size. `direct64`: as in the reference's single-hash path, a 64 × 64 image
 * is used as the downsample itself, unblurred (the reference's dihedral path always blurs).
 */
export function pdqCoefficients(image: PixelImage, direct64: boolean, resizeLarge = true): PdqCoefficients | undefined {
  assertPixelImage(image);
  if (image.width === 0 || image.height === 0) return undefined;
  const { width, height } = resizeLarge ? pdqWorkingSize(image.width, image.height) : image;
  if (width < PDQ_MIN_HASHABLE_DIMENSION || height < PDQ_MIN_HASHABLE_DIMENSION) return undefined;

  if (scratch.sourceRows.length < height) scratch.sourceRows = new Int32Array(height);
  if (scratch.columnOffsets.length < width) scratch.columnOffsets = new Int32Array(width);
  const { sourceRows, columnOffsets, a64 } = scratch;
  nearestSourceIndices(image.height, height, sourceRows);
  nearestSourceIndices(image.width, width, columnOffsets);
  for (let c = 0; c < width; c += 1) columnOffsets[c] = (columnOffsets[c] ?? 0) * image.channels;
  const lumaRow = (row: number, out: Float32Array, outStart = 0): void =>
    fillLumaRow(image, sourceRows[row] ?? 0, columnOffsets, width, out, outStart);

  if (direct64 && width === 64 && height === 64) {
    for (let r = 0; r < 64; r += 1) lumaRow(r, a64, r * 64);
  } else {
    downsampleTo64(height, width, lumaRow, a64);
  }
  const quality = pdqQuality(a64);
  dct64To16(a64, scratch.t16x64, scratch.b16);
  return { coefficients: scratch.b16, quality };
}
