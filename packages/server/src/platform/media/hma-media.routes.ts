/**
 * HMA's media routes (multipart, one file): `POST /h/hash` (scope match) answers the hashes,
 * `POST /m/lookup` (match) hashes then looks up, `POST /c/bank/NAME/content` (curate, own banks)
 * hashes then adds. The key is checked before the body is read; the file is hashed from a
 * temporary copy deleted before the answer, and its bytes are never stored or logged.
 * Photos: PDQ (a lookup tries its eight turns and mirrors). Videos: HMA's `video_md5` and vPDQ.
 */
import { formatVpdqText } from '@jikim/pdq';
import { documentedRoute } from '../../api/openapi-documented.js';
import { requireScope } from '../keys/platform-auth.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod';
import { hmaBankPathSchema } from '@jikim/contracts';
import { HmaError, bankNotFound } from '../hma/hma-errors.js';
import { bankFilter } from '../hma/hma-signals.js';
import { callerOf, countHits, lookupBanks, lookupHits, perContent, type PlatformRouteDeps } from '../platform-lookup.js';
import type { MatchHit, NewSignal } from '../platform-ports.js';
import { hashMedia, type MediaHashes } from './media-hash.js';
import { hmaMediaDocs } from './hma-media-openapi.js';
import { DEFAULT_MAX_MEDIA_BYTES, withMediaUpload, type MediaUploadOptions } from './media-upload.js';

type ByBank = Record<string, { bank_content_id: number; distance: string }[]>;

function byBank(hits: readonly MatchHit[], distance: (hit: MatchHit) => string): ByBank {
  const out: ByBank = {};
  for (const hit of hits) (out[hit.bank] ??= []).push({ bank_content_id: hit.contentId, distance: distance(hit) });
  return out;
}

const hashesOf = (request: FastifyRequest, options: MediaUploadOptions) => withMediaUpload(request, options, hashMedia);

/** HMA's `{signal type: value}` for the hashes of one file. */
function hmaSignals(hashes: MediaHashes): Record<string, string> {
  return hashes.kind === 'photo' ? { pdq: hashes.pdq } : { video_md5: hashes.md5 };
}

export function registerHmaMediaRoutes(scope: FastifyInstance, deps: PlatformRouteDeps, options: MediaUploadOptions = {}): void {
  const match = { security: 'platform-key', preHandler: requireScope(deps.auth, 'match', 'hma') } as const;
  const curate = { security: 'platform-key', preHandler: requireScope(deps.auth, 'curate', 'hma') } as const;
  const docs = hmaMediaDocs(options.maxBytes ?? DEFAULT_MAX_MEDIA_BYTES);

  documentedRoute(scope, { ...docs.hash, ...match }, async (request) => hmaSignals(await hashesOf(request, options)));

  documentedRoute(scope, { ...docs.lookup, ...match }, async (request) => {
    const caller = callerOf(request);
    const { banks: filter } = z.object({ banks: z.string().optional() }).parse(request.query);
    if (!deps.matcher.ready()) throw new HmaError(503, 'index not yet ready');
    const hashes = await hashesOf(request, options);
    const banks = await lookupBanks(deps, caller, bankFilter(filter));
    deps.auth.countLookups(caller, 1);
    if (hashes.kind === 'photo') {
      const all = hashes.dihedral.flatMap((value) => lookupHits(deps.matcher, banks, { type: 'pdq', value, maxDistance: 31 }));
      const hits = perContent(all.sort((a, b) => a.distance - b.distance || a.contentId - b.contentId));
      countHits(deps, request.log, hits);
      return { pdq: byBank(hits, (hit) => String(hit.distance)) };
    }
    const md5 = perContent(lookupHits(deps.matcher, banks, { type: 'md5', value: hashes.md5, maxDistance: 0 }));
    const found = banks.size === 0 ? [] : deps.matcher.lookupVideo(hashes.frames, { banks: new Set(banks.keys()) });
    // vPDQ's "distance": the % of the query found in the stored video, and of the stored video found in the query.
    const percents = new Map(found.map((hit) => [hit.signalId, `${Math.round(hit.queryMatchPercent)}%,${Math.round(hit.targetMatchPercent)}%`]));
    const video = perContent([...found].sort((a, b) => b.targetMatchPercent - a.targetMatchPercent || a.contentId - b.contentId));
    countHits(deps, request.log, [...md5, ...video]);
    return { video_md5: byBank(md5, () => '-'), vpdq: byBank(video, (hit) => percents.get(hit.signalId) ?? '-') };
  });

  documentedRoute(scope, { ...docs.content, ...curate }, async (request) => {
    const { bank_name: name } = hmaBankPathSchema.parse(request.params);
    const bank = await deps.access.curatable(callerOf(request), name);
    if (!bank) throw bankNotFound(name);
    const { url } = z.object({ url: z.string().optional() }).parse(request.query);
    if (url !== undefined) throw new HmaError(501, 'Fetching media from a URL is not offered: add its hashes (POST /c/bank/NAME/signal)');
    const hashes = await hashesOf(request, options);
    const signals: NewSignal[] = hashes.kind === 'photo'
      ? [{ type: 'pdq', value: hashes.pdq, quality: hashes.quality }]
      : [{ type: 'md5', value: hashes.md5 }, { type: 'vpdq', value: formatVpdqText(hashes.frames) }];
    const content = await deps.store.addContent({ bank: bank.name, origin: 'platform', signals });
    await deps.matcher.refresh();
    await deps.auth.audit(callerOf(request), 'content.add', { bank: bank.name, contentId: content.id, signals: signals.length, media: hashes.kind });
    return { id: content.id, signals: hmaSignals(hashes) };
  });
}
