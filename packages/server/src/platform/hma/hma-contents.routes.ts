/**
 * HMA's content routes (`/c/bank/NAME/signal`, `/c/bank/NAME/content[/ID]`, scope `curate`) on the
 * key's platform's own banks only. A write is followed by the matcher's refresh before the answer,
 * so the writer's next lookup sees it. Media (`POST /c/bank/NAME/content`) is in ../media/.
 */
import {
  hmaBankPathSchema, hmaContentPathSchema, hmaContentQuerySchema, hmaContentSchema, hmaContentUpdatedSchema, hmaContentUpdateSchema,
  hmaDeletedSchema, hmaSignalAddedSchema, hmaSignalAddSchema,
} from '@jikim/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import { requireScope } from '../keys/platform-auth.js';
import type { NewSignal } from '../platform-ports.js';
import { callerOf, type PlatformRouteDeps } from '../platform-lookup.js';
import { bankNotFound, contentNotFound, HmaError } from './hma-errors.js';
import { HMA, hmaErrors } from './hma-responses.js';
import { disabledUntilOf, hmaContent, hmaContentUpdated } from './hma-shapes.js';
import { isHmaSignalType, TO_JIKIM, validSignal } from './hma-signals.js';

const TAGS = ['Platform (HMA-compatible)'];
const NOTE_MAX = 255;
const FIVE_YEARS_S = 5 * 365 * 86_400;

/** HMA's note: empty means none; else a string of at most 255 characters. */
function noteOf(value: unknown): string | null {
  if (!value) return null;
  if (typeof value !== 'string') throw new HmaError(400, 'note should be a string');
  if (value.length > NOTE_MAX) throw new HmaError(400, `note must be at most ${NOTE_MAX} characters`);
  return value;
}

/** HMA's route only matches a non-negative integer id: anything else is a 404. */
function contentIdOf(text: string): number {
  const id = /^\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(id)) throw contentNotFound(text);
  return id;
}

/** HMA's `str_to_type(value, int)` and its bounds. */
function disableUntilTsOf(value: number | string, now: Date): number {
  const ts = typeof value === 'number' ? Math.trunc(value) : /^\s*[-+]?\d{1,15}\s*$/.test(value) ? Number.parseInt(value, 10) : Number.NaN;
  if (!Number.isFinite(ts)) throw new HmaError(400, `Invalid int: '${String(value)}'`);
  if (ts < 0) throw new HmaError(400, 'disable_until_ts must be a non-negative integer');
  if (ts > Math.floor(now.getTime() / 1000) + FIVE_YEARS_S) throw new HmaError(400, 'disable_until_ts must be less than 5 years in the future');
  return ts;
}

export function registerHmaContentRoutes(scope: FastifyInstance, deps: PlatformRouteDeps): void {
  const curate = requireScope(deps.auth, 'curate', 'hma');
  const base = { tags: TAGS, security: 'platform-key', preHandler: curate } as const;

  async function ownBank(request: FastifyRequest, name: string) {
    const bank = await deps.access.curatable(callerOf(request), name);
    if (!bank) throw bankNotFound(name);
    return bank;
  }

  apiRoute(scope, {
    ...base, method: 'POST', url: `${HMA}/c/bank/:bank_name/signal`, summary: 'HMA: add a content by its hashes ({"pdq": hex, "video_md5": hex, "note": …})',
    params: hmaBankPathSchema, body: hmaSignalAddSchema,
    responses: { 200: { description: 'The content id and its signals', schema: hmaSignalAddedSchema }, ...hmaErrors(400, 404, 422) },
  }, async ({ params, body }, request) => {
    const bank = await ownBank(request, params.bank_name);
    const { note, ...given } = body;
    const checkedNote = noteOf(note);
    if (Object.keys(given).length === 0) throw new HmaError(400, 'No signals given');
    const signals: NewSignal[] = [];
    const answer: Record<string, string> = {};
    for (const [name, value] of Object.entries(given)) {
      if (!isHmaSignalType(name)) throw new HmaError(400, `No such signal type ${name}`);
      const valid = validSignal(name, value);
      if ('problem' in valid) throw new HmaError(400, `Invalid ${name} signal: ${valid.problem}`);
      signals.push({ type: TO_JIKIM[name], value: valid.value });
      answer[name] = valid.value;
    }
    const content = await deps.store.addContent({ bank: bank.name, origin: 'platform', signals, ...(checkedNote ? { note: checkedNote } : {}) });
    await deps.matcher.refresh();
    await deps.auth.audit(callerOf(request), 'content.add', { bank: bank.name, contentId: content.id, signals: signals.length });
    return { id: content.id, signals: answer };
  });

  apiRoute(scope, {
    ...base, method: 'GET', url: `${HMA}/c/bank/:bank_name/content/:content_id`, summary: 'HMA: one content (?include_signals=true for its hashes)',
    params: hmaContentPathSchema, query: hmaContentQuerySchema,
    responses: { 200: { description: 'The content', schema: hmaContentSchema }, ...hmaErrors(404) },
  }, async ({ params, query }, request) => {
    const id = contentIdOf(params.content_id);
    const bank = await ownBank(request, params.bank_name);
    const content = await deps.store.getContent(bank.name, id);
    if (!content) throw contentNotFound(id);
    await deps.auth.audit(callerOf(request), 'content.read', { bank: bank.name, contentId: id });
    return hmaContent(content, bank, query.include_signals?.toLowerCase() === 'true');
  });

  apiRoute(scope, {
    ...base, method: 'PUT', url: `${HMA}/c/bank/:bank_name/content/:content_id`, summary: 'HMA: disable a content until a time (0 for good, 1 to enable) or change its note',
    params: hmaContentPathSchema, body: hmaContentUpdateSchema,
    responses: { 200: { description: 'The content', schema: hmaContentUpdatedSchema }, ...hmaErrors(400, 404, 422) },
  }, async ({ params, body }, request) => {
    const id = contentIdOf(params.content_id);
    const bank = await ownBank(request, params.bank_name);
    if (!await deps.store.getContent(bank.name, id)) throw contentNotFound(id);
    const change: { disabledUntil?: string | null; note?: string } = {};
    if (body.disable_until_ts !== undefined) change.disabledUntil = disabledUntilOf(disableUntilTsOf(body.disable_until_ts, deps.now()));
    if ('note' in body) change.note = noteOf(body.note) ?? '';
    const content = await deps.store.updateContent(bank.name, id, change);
    await deps.matcher.refresh();
    await deps.auth.audit(callerOf(request), 'content.update', { bank: bank.name, contentId: id });
    return hmaContentUpdated(content, bank);
  });

  apiRoute(scope, {
    ...base, method: 'DELETE', url: `${HMA}/c/bank/:bank_name/content/:content_id`, summary: 'HMA: remove a content (its hashes leave every index)',
    params: hmaContentPathSchema,
    responses: { 200: { description: 'How many were removed (0 or 1)', schema: hmaDeletedSchema }, ...hmaErrors(404) },
  }, async ({ params }, request) => {
    const id = contentIdOf(params.content_id);
    const bank = await ownBank(request, params.bank_name);
    const deleted = await deps.store.deleteContent(bank.name, id);
    if (deleted > 0) await deps.matcher.refresh();
    await deps.auth.audit(callerOf(request), 'content.delete', { bank: bank.name, contentId: id, deleted });
    return { deleted };
  });
}
