/**
 * `POST /api/platform/v1/lookup` [match]: up to 1,000 hashes in one call, answered in the order sent,
 * each against the banks the key may match (its own and the victims'), at most `max_distance` (≤ 31).
 * A match in the unreviewed bank says `review_before_action`. Counted per key per minute. A `vpdq`
 * signal (a video's frames, text form) is matched by the reference's 80 % rule, with its percents.
 */
import { lookupRequestSchema, lookupResponseSchema, PLATFORM_MAX_DISTANCE } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import { requireScope } from '../keys/platform-auth.js';
import { parseVpdqText, VpdqFormatError } from '@jikim/pdq';
import type { LookupRequest } from '@jikim/contracts';
import type { Bank, Matcher, MatchHit, VideoMatchHit } from '../platform-ports.js';
import { callerOf, countHits, lookupBanks, lookupHits, perContent, type PlatformRouteDeps } from '../platform-lookup.js';

const TAGS = ['Platform'];

function videoHits(matcher: Matcher, banks: ReadonlyMap<string, Bank>, text: string): VideoMatchHit[] {
  let frames;
  try {
    frames = parseVpdqText(text);
  } catch (error) {
    if (error instanceof VpdqFormatError) throw Object.assign(new Error('invalid vPDQ'), { statusCode: 400 });
    throw error;
  }
  if (banks.size === 0) return [];
  return matcher.lookupVideo(frames, { banks: new Set(banks.keys()) })
    .sort((a, b) => b.targetMatchPercent - a.targetMatchPercent || a.contentId - b.contentId);
}

type Signal = LookupRequest['signals'][number];

export function registerV1LookupRoutes(scope: FastifyInstance, deps: PlatformRouteDeps): void {
  apiRoute(scope, {
    method: 'POST', url: '/api/platform/v1/lookup', summary: 'Look up to 1,000 hashes at once', tags: TAGS, security: 'platform-key',
    body: lookupRequestSchema, preHandler: requireScope(deps.auth, 'match', 'native'),
    responses: { 200: { description: 'One result per hash sent, in the same order', schema: lookupResponseSchema } },
  }, async ({ body }, request) => {
    const caller = callerOf(request);
    if (!deps.matcher.ready()) throw Object.assign(new Error('index not loaded'), { statusCode: 503 });
    const banks = await lookupBanks(deps, caller, body.banks ? new Set(body.banks) : undefined);
    const maxDistance = body.max_distance ?? PLATFORM_MAX_DISTANCE;
    const every: MatchHit[] = [];
    const hitsOf = (signal: Signal): (MatchHit | VideoMatchHit)[] => (signal.signal_type === 'vpdq'
      ? videoHits(deps.matcher, banks, signal.signal)
      : lookupHits(deps.matcher, banks, { type: signal.signal_type, value: signal.signal, maxDistance }));
    const results = body.signals.map((signal) => {
      const hits = hitsOf(signal);
      every.push(...hits);
      return {
        matches: perContent(hits).map((hit) => ({
          bank: hit.bank,
          bank_content_id: hit.contentId,
          distance: hit.distance,
          review_before_action: banks.get(hit.bank)?.kind === 'unreviewed',
          ...('targetMatchPercent' in hit ? { query_match_percent: hit.queryMatchPercent, target_match_percent: hit.targetMatchPercent } : {}),
        })),
      };
    });
    deps.auth.countLookups(caller, body.signals.length);
    countHits(deps, request.log, every);
    return { results };
  });
}
