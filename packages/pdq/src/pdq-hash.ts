/**
 * Meta's PDQ perceptual hash, bit-exact with the reference C++ `pdq-photo-hasher` given the same
 * decoded pixels.
 */
import { PDQ_DIHEDRAL_ORDER, transformCoefficients, type PdqDihedralName } from './dihedral.js';
import { bitsAboveMedian } from './hash-bits.js';
import type { PixelImage } from './pixel-image.js';
import { pdqCoefficients } from './pdq-pipeline.js';
import { PDQ_HASH_BYTES, type PdqHash, type PdqResult } from './signal.js';

export { PDQ_DIHEDRAL_ORDER, type PdqDihedralName } from './dihedral.js';
export { PDQ_MIN_HASHABLE_DIMENSION } from './pdq-pipeline.js';

export type PdqDihedralHashes = Readonly<Record<PdqDihedralName, PdqHash>>;

export interface PdqDihedralResult {
  /** The hash each transformed image would have; `original` is the image as given. */
  readonly hashes: PdqDihedralHashes;
  readonly quality: number;
}

const transformed = new Float32Array(16 * 16);

export interface PdqHashOptions {
  /**
   * true (default): images over 512 px are first resized to 512 × 512, as the photo hasher does.
   * false: hash at the image's own size, as vPDQ hashes video frames.
   */
  readonly resizeLargeImages?: boolean;
}

/**
 * The PDQ hash and quality (0–100) of decoded pixels. Images over 512 pixels in either dimension
 * are first resized to 512 × 512 as the reference does. Zero-size images, and images under 5
 * pixels in either dimension after that resize, give the all-zero hash with quality 0 (the
 * reference's answer for the latter). Throws PdqInputError only for malformed input.
 */
export function pdqHash(image: PixelImage, options: PdqHashOptions = {}): PdqResult {
  const result = pdqCoefficients(image, true, options.resizeLargeImages ?? true);
  if (result === undefined) return { hash: new Uint8Array(PDQ_HASH_BYTES), quality: 0 };
  return { hash: bitsAboveMedian(result.coefficients), quality: result.quality };
}

/**
 * The hashes of the image's eight rotations and reflections, from one pass, as the reference's
 * `--pdqdih-across` computes them (to match copies that were turned or mirrored). Same input
 * rules as pdqHash. `original` is pdqHash's hash, except that for a 64 × 64 colour image it can
 * differ in a bit or two: the reference blurs 64 × 64 images on this path only (see pdqCoefficients).
 */
export function pdqDihedral(image: PixelImage): PdqDihedralResult {
  const result = pdqCoefficients(image, false);
  const hashes = {} as Record<PdqDihedralName, PdqHash>;
  for (const name of PDQ_DIHEDRAL_ORDER) {
    if (result === undefined) {
      hashes[name] = new Uint8Array(PDQ_HASH_BYTES);
    } else {
      transformCoefficients(name, result.coefficients, transformed);
      hashes[name] = bitsAboveMedian(transformed);
    }
  }
  return { hashes, quality: result?.quality ?? 0 };
}
