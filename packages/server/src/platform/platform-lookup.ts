/**
 * What both route sets (hma/ and v1/) are given, and the lookup they share: the index in memory,
 * narrowed to the banks the caller may match (its own and the victims'), and the matched signals
 * counted afterwards without holding up the answer.
 */
import type { MatchableSignalType } from '@jikim/contracts';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { BankAccess } from './bank-access.js';
import type { MatchTally } from './match-tally.js';
import type { Bank, BankStore, Matcher, MatchHit, PlatformAuth, PlatformCaller } from './platform-ports.js';

export interface PlatformRouteDeps {
  readonly auth: PlatformAuth;
  readonly store: BankStore;
  readonly matcher: Matcher;
  readonly access: BankAccess;
  readonly tally: MatchTally;
  readonly now: () => Date;
}

export interface Lookup {
  readonly type: MatchableSignalType;
  readonly value: string;
  readonly maxDistance: number;
  /** Only these banks (a caller's filter); never wider than what the caller may match. */
  readonly banks?: ReadonlySet<string>;
}

/** The banks a caller may match, narrowed to its filter. */
export async function lookupBanks(deps: PlatformRouteDeps, caller: PlatformCaller, requested?: ReadonlySet<string>): Promise<ReadonlyMap<string, Bank>> {
  const matchable = await deps.access.matchable(caller);
  if (!requested) return matchable;
  return new Map([...matchable].filter(([name]) => requested.has(name)));
}

/** Every matching signal, nearest first (memory only); the caller checks `matcher.ready()` first. */
export function lookupHits(matcher: Matcher, banks: ReadonlyMap<string, Bank>, lookup: Lookup): MatchHit[] {
  if (banks.size === 0) return [];
  const hits = matcher.lookup(lookup.type, lookup.value, { maxDistance: lookup.maxDistance, banks: new Set(banks.keys()) });
  return hits.sort((a, b) => a.distance - b.distance || a.contentId - b.contentId);
}

/** One hit per content, its nearest signal (a photo's eight dihedral hashes are one content, as in HMA). */
export function perContent<T extends MatchHit>(hits: readonly T[]): T[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.bank}\u0000${h.contentId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Adds to the matched signals' counts (a person's status shows them), one a signal a lookup; written within a second. */
export function countHits(deps: PlatformRouteDeps, _log: FastifyBaseLogger, hits: readonly MatchHit[]): void {
  if (hits.length > 0) deps.tally.add([...new Set(hits.map((h) => h.signalId))]);
}

/** The caller `PlatformAuth.require` set; a route reached without one is refused, never served. */
export function callerOf(request: FastifyRequest): PlatformCaller {
  if (!request.platform) throw Object.assign(new Error('platform route without a caller'), { statusCode: 401 });
  return request.platform;
}
