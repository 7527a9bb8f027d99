/**
 * The part of the 64 × 64 2-D DCT-II that PDQ keeps: frequencies 1..16 in each direction
 * (the constant term 0 is left out). B = D · A · Dᵀ with D the 16 × 64 cosine matrix.
 */

/**
 * D[i][j] = sqrt(2/64) · cos(π/128 · (i + 1) · (2j + 1)). The reference holds the scale as a float,
 * multiplies it by the double cosine in double precision and stores the product as a float.
 */
const DCT_MATRIX: Float32Array = (() => {
  const scale = Math.fround(Math.sqrt(2 / 64));
  const matrix = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i += 1) {
    for (let j = 0; j < 64; j += 1) {
      matrix[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
    }
  }
  return matrix;
})();

/**
 * `a` is 64 × 64, `t` 16 × 64 scratch, `b` receives 16 × 16, all row-major. Each dot product is a
 * float32 running sum over k = 0..63 in order, as in the reference (summation order changes bits).
 */
export function dct64To16(a: Float32Array, t: Float32Array, b: Float32Array): void {
  const d = DCT_MATRIX;
  for (let i = 0; i < 16; i += 1) {
    const dRow = i * 64;
    for (let j = 0; j < 64; j += 1) {
      let sum = 0;
      for (let k = 0; k < 64; k += 1) {
        sum = Math.fround(sum + Math.fround((d[dRow + k] ?? 0) * (a[k * 64 + j] ?? 0)));
      }
      t[dRow + j] = sum;
    }
  }
  for (let i = 0; i < 16; i += 1) {
    const tRow = i * 64;
    for (let j = 0; j < 16; j += 1) {
      const dRow = j * 64;
      let sum = 0;
      for (let k = 0; k < 64; k += 1) {
        sum = Math.fround(sum + Math.fround((t[tRow + k] ?? 0) * (d[dRow + k] ?? 0)));
      }
      b[i * 16 + j] = sum;
    }
  }
}
