/**
 * Which substring layout a segment gets (`chooseLayout`): the cheapest modelled query within the
 * memory budget (default 100 bytes per hash). Measured at 10M hashes, r = 31: 11 substrings of 23 bits
 * (probe radius 2; 3,047 bucket lookups, ~3,600 candidates) answer in 0.7 ms at 99.1 bytes per hash;
 * the HMA / FAISS split of 16 × 16 bits (probe radius 1; 272 lookups but ~41,500 candidates) takes
 * 3.6 ms at 100.3 bytes per hash — each candidate is a random read of a hash, which dominates.
 */
import { makeLayout, MAX_PROBE_RADIUS, MAX_SLOT_BITS, probeLookups, type Layout } from './layout.js';
import { COST_CANDIDATE, COST_LOOKUP, COST_SCAN, slotTableBytes } from './segment.js';

/** Memory per stored hash the index may use by default: hash, id, tombstone bit and multi-index. */
export const DEFAULT_BYTES_PER_HASH = 100;
/** Bytes per entry outside the multi-index: the hash (32), its id (4) and a tombstone bit. */
const ENTRY_BYTES = 32 + 4 + 1 / 8;

/**
 * The substring layout with the lowest modelled query cost for a segment of n hashes at this radius
 * whose whole footprint stays within `bytesPerHash` per hash, or null when a scan is cheaper (or no
 * layout fits). The model: bucket lookups × COST_LOOKUP + expected candidates × COST_CANDIDATE
 * against n × COST_SCAN; see BENCHMARKS.md for the measurements behind it.
 */
export function chooseLayout(n: number, radius: number, bytesPerHash: number = DEFAULT_BYTES_PER_HASH): Layout | null {
  let best: Layout | null = null;
  let bestCost = n * COST_SCAN;
  for (let slots = 1; slots <= 32; slots += 1) {
    const probeRadius = Math.floor(radius / slots);
    if (probeRadius > MAX_PROBE_RADIUS) continue;
    for (let bits = 1; bits <= Math.min(MAX_SLOT_BITS, Math.floor(256 / slots)); bits += 1) {
      if (ENTRY_BYTES + (slots * slotTableBytes(n, bits)) / n > bytesPerHash) break;
      const lookups = probeLookups(slots, bits, radius);
      const cost = lookups * COST_LOOKUP + ((lookups * n) / 2 ** bits) * COST_CANDIDATE;
      if (cost < bestCost) {
        bestCost = cost;
        best = makeLayout(slots, bits);
      }
    }
  }
  return best;
}
