/** Stable LSD radix sort of u32 keys (two 16-bit passes), returning the permutation. */
export function sortPermutation(keys: Uint32Array, n: number): Uint32Array {
  let perm = new Uint32Array(n);
  let tmp = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) perm[i] = i;
  const counts = new Uint32Array(65536 + 1);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < n; i += 1) {
      const d = ((keys[i] ?? 0) >>> shift) & 0xffff;
      counts[d + 1] = (counts[d + 1] ?? 0) + 1;
    }
    for (let d = 1; d <= 65536; d += 1) counts[d] = (counts[d] ?? 0) + (counts[d - 1] ?? 0);
    for (let i = 0; i < n; i += 1) {
      const p = perm[i] ?? 0;
      const d = ((keys[p] ?? 0) >>> shift) & 0xffff;
      const at = counts[d] ?? 0;
      counts[d] = at + 1;
      tmp[at] = p;
    }
    [perm, tmp] = [tmp, perm];
  }
  return perm;
}

export function isStrictlyAscending(keys: Uint32Array, n: number): boolean {
  for (let i = 1; i < n; i += 1) if ((keys[i - 1] ?? 0) >= (keys[i] ?? 0)) return false;
  return true;
}
