/**
 * `POST /api/platform/v1/lookup` [match]: up to 1,000 hashes in one call, answered in the order sent,
 * each against the banks the key may match (its own and the victims'), at most `max_distance` (≤ 31).
 * A match in the unreviewed bank says `review_before_action`. Counted per key per minute.
 */
import { lookupRequestSchema, lookupResponseSchema, PLATFORM_MAX_DISTANCE } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import type { MatchHit } from '../platform-ports.js';
import { callerOf, countHits, lookupBanks, lookupHits, perContent, type PlatformRouteDeps } from '../platform-lookup.js';

const TAGS = ['Platform'];

export function registerV1LookupRoutes(scope: FastifyInstance, deps: PlatformRouteDeps): void {
  apiRoute(scope, {
    method: 'POST', url: '/api/platform/v1/lookup', summary: 'Look up to 1,000 hashes at once', tags: TAGS, security: 'platform-key',
    body: lookupRequestSchema, preHandler: deps.auth.require('match', 'native'),
    responses: { 200: { description: 'One result per hash sent, in the same order', schema: lookupResponseSchema } },
  }, async ({ body }, request) => {
    const caller = callerOf(request);
    if (!deps.matcher.ready()) throw Object.assign(new Error('index not loaded'), { statusCode: 503 });
    const banks = await lookupBanks(deps, caller, body.banks ? new Set(body.banks) : undefined);
    const maxDistance = body.max_distance ?? PLATFORM_MAX_DISTANCE;
    const every: MatchHit[] = [];
    const results = body.signals.map((signal) => {
      const hits = lookupHits(deps.matcher, banks, { type: signal.signal_type, value: signal.signal, maxDistance });
      every.push(...hits);
      return {
        matches: perContent(hits).map((hit) => ({
          bank: hit.bank,
          bank_content_id: hit.contentId,
          distance: hit.distance,
          review_before_action: banks.get(hit.bank)?.kind === 'unreviewed',
        })),
      };
    });
    deps.auth.countLookups(caller, body.signals.length);
    countHits(deps, request.log, every);
    return { results };
  });
}
