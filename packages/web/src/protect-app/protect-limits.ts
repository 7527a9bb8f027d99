/**
 * The contract's limits the page needs, as plain numbers: importing them from @jikim/contracts would
 * bring zod and every schema into the page's bundle (protect-limits.test.ts checks they agree).
 */

/** Photos and videos in one submission (PROTECT_LIMITS.items). */
export const MAX_ITEMS = 50;
/** A PDQ hash or vPDQ frame below this quality is not sent (PROTECT_LIMITS.minQuality). */
export const MIN_QUALITY = 50;
