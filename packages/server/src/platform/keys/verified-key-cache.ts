/**
 * Verified keys, kept in memory for at most `ttlMs` (5 s in the server): a storm of calls with one
 * key reaches the database once per 5 s, not once per call, and a revoked key stops working within
 * 5 s in every process (each process's cache expires on its own; nothing needs to be told). Calls
 * that arrive while a key is being looked up share that lookup. Unknown keys are remembered too, so
 * a storm of one bad key is as cheap; a failed lookup is not remembered.
 */
import type { VerifiedPlatformKey } from './platform-keys.repository.js';

export const KEY_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;

export function verifiedKeyCache(lookup: (keyHash: string) => Promise<VerifiedPlatformKey | null>, now: () => Date, ttlMs = KEY_CACHE_MS) {
  const entries = new Map<string, { readonly until: number; readonly found: Promise<VerifiedPlatformKey | null> }>();

  function prune(at: number): void {
    for (const [hash, entry] of entries) if (entry.until <= at) entries.delete(hash);
    // Still full of live entries (many distinct keys within 5 s): start again rather than grow.
    if (entries.size >= MAX_ENTRIES) entries.clear();
  }

  return {
    get(keyHash: string): Promise<VerifiedPlatformKey | null> {
      const at = now().getTime();
      const cached = entries.get(keyHash);
      if (cached && cached.until > at) return cached.found;
      if (entries.size >= MAX_ENTRIES) prune(at);
      const found = lookup(keyHash);
      entries.set(keyHash, { until: at + ttlMs, found });
      found.catch(() => {
        if (entries.get(keyHash)?.found === found) entries.delete(keyHash);
      });
      return found;
    },
  };
}
