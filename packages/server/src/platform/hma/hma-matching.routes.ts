/**
 * HMA's matcher routes (`/m/…`, scope `match`): lookups by hash against the index in memory,
 * HMA's JSON (bank → [{bank_content_id, distance as a string}]). Lookups are audited as per-minute
 * totals. Media (`POST /m/lookup`) is in ../media/; a URL is never fetched.
 */
import {
  hmaLookupQuerySchema, hmaLookupResponseSchema, hmaRawLookupQuerySchema, hmaRawLookupResponseSchema,
  type HmaSignalType,
} from '@jikim/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import { requireScope } from '../keys/platform-auth.js';
import type { MatchHit } from '../platform-ports.js';
import { callerOf, countHits, lookupBanks, lookupHits, perContent, type PlatformRouteDeps } from '../platform-lookup.js';
import { HmaError } from './hma-errors.js';
import { bankFilter, lookupSignalType, maxDistanceOf, TO_JIKIM, validSignal } from './hma-signals.js';
import { HMA, hmaErrors } from './hma-responses.js';

const TAGS = ['Platform (HMA-compatible)'];

const distanceText = (type: HmaSignalType, hit: MatchHit) => (type === 'pdq' ? String(hit.distance) : '-');

/** Validates as HMA does, in HMA's order, then looks up among the banks the caller may match. */
async function lookupFor(
  deps: PlatformRouteDeps, request: FastifyRequest,
  input: { signalType: string; signal: string; banks?: string | undefined; maxDistance?: string | undefined },
): Promise<{ type: HmaSignalType; hits: MatchHit[] }> {
  const caller = callerOf(request);
  const type = lookupSignalType(input.signalType);
  const valid = validSignal(type, input.signal);
  if ('problem' in valid) throw new HmaError(400, `invalid signal: ${valid.problem}`);
  const maxDistance = maxDistanceOf(input.maxDistance);
  if (!deps.matcher.ready()) throw new HmaError(503, 'index not yet ready');
  const banks = await lookupBanks(deps, caller, bankFilter(input.banks));
  const hits = lookupHits(deps.matcher, banks, { type: TO_JIKIM[type], value: valid.value, maxDistance });
  deps.auth.countLookups(caller, 1);
  countHits(deps, request.log, hits);
  return { type, hits: perContent(hits) };
}

export function registerHmaMatchingRoutes(scope: FastifyInstance, deps: PlatformRouteDeps): void {
  const match = requireScope(deps.auth, 'match', 'hma');

  apiRoute(scope, {
    method: 'GET', url: `${HMA}/m/lookup`, summary: 'HMA: look up a hash (bank → matches; distance as a string)', tags: TAGS, security: 'platform-key',
    query: hmaLookupQuerySchema, preHandler: match,
    responses: { 200: { description: 'Matches by bank ({} for none)', schema: hmaLookupResponseSchema }, ...hmaErrors(400, 403, 503) },
  }, async ({ query }, request) => {
    if (query.url !== undefined) throw new HmaError(403, 'Hashing is disabled, missing role');
    if (!query.signal || !query.signal_type) throw new HmaError(400, 'Either url or both signal and signal_type are required');
    const { type, hits } = await lookupFor(deps, request, { signalType: query.signal_type, signal: query.signal, banks: query.banks, maxDistance: query.max_distance });
    const byBank: Record<string, { bank_content_id: number; distance: string }[]> = {};
    for (const hit of hits) (byBank[hit.bank] ??= []).push({ bank_content_id: hit.contentId, distance: distanceText(type, hit) });
    return byBank;
  });

  apiRoute(scope, {
    method: 'GET', url: `${HMA}/m/raw_lookup`, summary: 'HMA: look up a hash (content ids, optionally with distances)', tags: TAGS, security: 'platform-key',
    query: hmaRawLookupQuerySchema, preHandler: match,
    responses: { 200: { description: 'Matching content ids', schema: hmaRawLookupResponseSchema }, ...hmaErrors(400, 422, 503) },
  }, async ({ query }, request) => {
    const { type, hits } = await lookupFor(deps, request, { signalType: query.signal_type, signal: query.signal, banks: query.banks });
    return {
      matches: query.include_distance === true
        ? hits.map((hit) => ({ bank_content_id: hit.contentId, distance: distanceText(type, hit) }))
        : hits.map((hit) => hit.contentId),
    };
  });
}
