/**
 * Calls per key in fixed one-minute windows, in this process's memory (a deployment with N
 * processes allows up to N× a key's limit; decision 0018). One entry per key that called in the
 * current minute: entries of past minutes are dropped when a new minute starts.
 */
export const WINDOW_MS = 60_000;

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export function perKeyRateLimit(now: () => Date) {
  const windows = new Map<string, { readonly window: number; count: number }>();
  let current = -1;

  return {
    /** Counts one call of this key, unless it is past its limit in this minute. */
    take(keyId: string, perMinute: number): RateDecision {
      const at = now().getTime();
      const window = Math.floor(at / WINDOW_MS);
      if (window !== current) {
        current = window;
        for (const [id, entry] of windows) if (entry.window !== window) windows.delete(id);
      }
      let entry = windows.get(keyId);
      if (!entry || entry.window !== window) {
        entry = { window, count: 0 };
        windows.set(keyId, entry);
      }
      if (entry.count >= perMinute) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - at) / 1000)) };
      entry.count += 1;
      return { allowed: true };
    },
    /** Keys with an entry (tests: old windows are pruned). */
    size: () => windows.size,
  };
}
