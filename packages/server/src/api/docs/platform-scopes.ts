/**
 * Which key scope each platform operation needs, as the docs page shows it. The routes check their
 * scope themselves (`deps.auth.require(scope)`); `api-docs-scopes.test.ts` calls every documented
 * platform operation with and without the scope named here, so this table cannot go wrong unseen.
 */
import type { PlatformScope } from '@jikim/contracts';

/** `any`: any valid key, whatever its scopes (health checks). */
export type ScopeNeeded = PlatformScope | 'any';

const RULES: readonly (readonly [RegExp, ScopeNeeded])[] = [
  [/^\/api\/platform\/hma\/status(\/|$)/u, 'any'],
  [/^\/api\/platform\/hma\/c\//u, 'curate'],
  [/^\/api\/platform\/hma\/(m|h)\//u, 'match'],
  [/^\/api\/platform\/v1\/banks\/[^/]+\/contents$/u, 'curate'],
  [/^\/api\/platform\/v1\/(lookup|banks)$/u, 'match'],
  [/^\/api\/platform\/v1\/feed$/u, 'feed'],
  [/^\/api\/platform\/v1\/feedback$/u, 'feedback'],
  [/^\/api\/platform\/v1\/inbox(\/|$)/u, 'inbox'],
];

/** The scope a platform path (as the document writes it) needs, or undefined when no rule says. */
export function scopeOf(path: string): ScopeNeeded | undefined {
  return RULES.find(([pattern]) => pattern.test(path))?.[1];
}
