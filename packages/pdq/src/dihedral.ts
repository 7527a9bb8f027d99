/**
 * The eight symmetries of the square, applied to an image's 16 × 16 DCT coefficients instead of to
 * the image: reversing an axis flips the sign of that axis's even-indexed rows or columns (they
 * hold the odd frequencies 1, 3, 5 ...), and a transposition swaps the axes. Names and order are
 * those of the reference's `--pdqdih-across` output. Rotations are counter-clockwise; flipX turns
 * the image upside down, flipY mirrors it left to right, flipPlus transposes it (main diagonal),
 * flipMinus reflects it in the other diagonal.
 */
export const PDQ_DIHEDRAL_ORDER = [
  'original',
  'rotate90',
  'rotate180',
  'rotate270',
  'flipX',
  'flipY',
  'flipPlus',
  'flipMinus',
] as const;

export type PdqDihedralName = (typeof PDQ_DIHEDRAL_ORDER)[number];

interface CoefficientMap {
  readonly transpose: boolean;
  /** Coefficient (i, j) changes sign when (rowWeight·i + columnWeight·j + offset) is odd. */
  readonly rowWeight: 0 | 1;
  readonly columnWeight: 0 | 1;
  readonly offset: 0 | 1;
}

const MAPS: Readonly<Record<PdqDihedralName, CoefficientMap>> = {
  original: { transpose: false, rowWeight: 0, columnWeight: 0, offset: 0 },
  rotate90: { transpose: true, rowWeight: 0, columnWeight: 1, offset: 1 },
  rotate180: { transpose: false, rowWeight: 1, columnWeight: 1, offset: 0 },
  rotate270: { transpose: true, rowWeight: 1, columnWeight: 0, offset: 1 },
  flipX: { transpose: false, rowWeight: 1, columnWeight: 0, offset: 1 },
  flipY: { transpose: false, rowWeight: 0, columnWeight: 1, offset: 1 },
  flipPlus: { transpose: true, rowWeight: 0, columnWeight: 0, offset: 0 },
  flipMinus: { transpose: true, rowWeight: 1, columnWeight: 1, offset: 0 },
};

/** Writes into `out` the 16 × 16 coefficients of the transformed image. */
export function transformCoefficients(name: PdqDihedralName, a: Float32Array, out: Float32Array): void {
  const { transpose, rowWeight, columnWeight, offset } = MAPS[name];
  for (let i = 0; i < 16; i += 1) {
    for (let j = 0; j < 16; j += 1) {
      const value = a[i * 16 + j] ?? 0;
      const negate = ((rowWeight * i + columnWeight * j + offset) & 1) === 1;
      out[transpose ? j * 16 + i : i * 16 + j] = negate ? -value : value;
    }
  }
}
