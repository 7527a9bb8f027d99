/**
 * HMA's `POST /m/compare` (two hashes the caller sends, compared in memory; no bank is read) and
 * `GET /m/index/status` (per signal type: loaded, up to when, how many hashes), scope `match`.
 */
import {
  HMA_SIGNAL_TYPES, hmaCompareRequestSchema, hmaCompareResponseSchema, hmaIndexStatusQuerySchema, hmaIndexStatusResponseSchema,
  PLATFORM_MAX_DISTANCE, type HmaSignalType,
} from '@jikim/contracts';
import { hamming, parsePdqHex } from '@jikim/pdq';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import { requireScope } from '../keys/platform-auth.js';
import { callerOf, type PlatformRouteDeps } from '../platform-lookup.js';
import { HmaError } from './hma-errors.js';
import { HMA, hmaErrors } from './hma-responses.js';
import { lookupSignalType, TO_JIKIM, validSignal } from './hma-signals.js';

const TAGS = ['Platform (HMA-compatible)'];

type Comparison = [boolean, { distance?: number }];

/** One entry of a compare request, checked in HMA's order with HMA's messages. */
function compareOne(typeName: string, pair: unknown): Comparison {
  if (!Array.isArray(pair)) throw new HmaError(400, `Comparison hashes for ${typeName} was not a list`);
  if (pair.length !== 2) throw new HmaError(400, 'Comparison hash list length must be exactly 2');
  const type = lookupSignalType(typeName);
  const [left, right] = pair.map((value: unknown) => validSignal(type, value));
  if (!left || !right) throw new HmaError(400, 'Comparison hash list length must be exactly 2');
  if ('problem' in left) throw new HmaError(400, `Invalid ${typeName} hash: ${left.problem}`);
  if ('problem' in right) throw new HmaError(400, `Invalid ${typeName} hash: ${right.problem}`);
  if (type === 'video_md5') return [left.value === right.value, {}];
  const distance = hamming(parsePdqHex(left.value), parsePdqHex(right.value));
  return [distance <= PLATFORM_MAX_DISTANCE, { distance }];
}

const unixSeconds = (iso: string | null) => (iso === null ? -1 : Math.floor(Date.parse(iso) / 1000));

export function registerHmaIndexRoutes(scope: FastifyInstance, deps: PlatformRouteDeps): void {
  const match = requireScope(deps.auth, 'match', 'hma');

  // The body is read below, not by the route's model: HMA answers 400 (not 422) for one that is not an object.
  apiRoute(scope, {
    method: 'POST', url: `${HMA}/m/compare`, summary: 'HMA: compare two hashes per signal type ({"pdq": [h1, h2]})', tags: TAGS, security: 'platform-key',
    preHandler: match,
    responses: { 200: { description: 'Per signal type: [matched, {distance}]', schema: hmaCompareResponseSchema }, ...hmaErrors(400) },
  }, async (_input, request) => {
    const parsed = hmaCompareRequestSchema.safeParse(request.body);
    if (!parsed.success || Array.isArray(request.body)) throw new HmaError(400, 'Request input was not a dict');
    const results: Record<string, Comparison> = {};
    for (const [typeName, pair] of Object.entries(parsed.data)) results[typeName] = compareOne(typeName, pair);
    deps.auth.countLookups(callerOf(request), Object.keys(results).length);
    return results;
  });

  apiRoute(scope, {
    method: 'GET', url: `${HMA}/m/index/status`, summary: 'HMA: the index per signal type (present, built_to, size)', tags: TAGS, security: 'platform-key',
    query: hmaIndexStatusQuerySchema, preHandler: match,
    responses: { 200: { description: 'Per signal type', schema: hmaIndexStatusResponseSchema }, ...hmaErrors(400) },
  }, async ({ query }, request) => {
    let types: readonly HmaSignalType[] = HMA_SIGNAL_TYPES;
    if (query.signal_type !== undefined) {
      if (!(HMA_SIGNAL_TYPES as readonly string[]).includes(query.signal_type)) throw new HmaError(400, `No such signal type '${query.signal_type}'`);
      types = [query.signal_type as HmaSignalType];
    }
    const status = deps.matcher.status();
    const ready = deps.matcher.ready();
    const answer: Record<string, { present: boolean; built_to: number; size: number }> = {};
    for (const type of types) {
      const index = status[TO_JIKIM[type]];
      answer[type] = ready && index
        ? { present: true, built_to: unixSeconds(index.refreshedAt ?? index.builtAt), size: index.size }
        : { present: false, built_to: -1, size: 0 };
    }
    await deps.auth.audit(callerOf(request), 'index.status', {});
    return answer;
  });
}
