/**
 * Small-count suppression for the figures: a count from 1 to 4 is never shown (`'<5'`), so no
 * figure, total or cross-tab can point at one person. 0 stays 0 (nothing to hide).
 */
import type { SuppressedCount } from '@jikim/contracts';

export const SUPPRESS_BELOW = 5;

export function suppress(n: number): SuppressedCount {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('a count is a whole number, 0 or more');
  return n > 0 && n < SUPPRESS_BELOW ? '<5' : n;
}
