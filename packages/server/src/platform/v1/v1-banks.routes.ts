/**
 * The native bank listings: `GET /api/platform/v1/banks` [match] pages through the banks a key may
 * match (its own, and the victims' banks by name only, never their contents);
 * `GET /api/platform/v1/banks/:name/contents` [curate] pages through one of its own banks (any
 * other bank is 404). Cursors are opaque; a page walks on from where the last one stopped.
 */
import { bankPageSchema, contentPageSchema, pageQuerySchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import { apiRoute } from '../../api/api-route.js';
import { requireScope } from '../keys/platform-auth.js';
import { BankError, VICTIMS_OWNER } from '../platform-ports.js';
import { callerOf, type PlatformRouteDeps } from '../platform-lookup.js';

const TAGS = ['Platform'];

export function registerV1BankRoutes(scope: FastifyInstance, deps: PlatformRouteDeps): void {
  apiRoute(scope, {
    method: 'GET', url: '/api/platform/v1/banks', summary: 'The banks this key may match (its own and the victims’)', tags: TAGS, security: 'platform-key',
    query: pageQuerySchema, preHandler: requireScope(deps.auth, 'match', 'native'),
    responses: { 200: { description: 'A page of banks, by name', schema: bankPageSchema } },
  }, async ({ query }, request) => {
    const caller = callerOf(request);
    const page = await deps.store.listBanks({ owners: [caller.platformId, VICTIMS_OWNER], limit: query.limit, ...(query.cursor ? { after: query.cursor } : {}) });
    await deps.auth.audit(caller, 'banks.list', { banks: page.items.length });
    return {
      banks: page.items.map((bank) => ({
        name: bank.name, kind: bank.kind, own: bank.owner === caller.platformId, matching_enabled: bank.matchingEnabled, feed_enabled: bank.feedEnabled,
      })),
      next_cursor: page.nextCursor,
    };
  });

  apiRoute(scope, {
    method: 'GET', url: '/api/platform/v1/banks/:name/contents', summary: 'A page of one of this platform’s banks', tags: TAGS, security: 'platform-key',
    params: z.object({ name: z.string().max(100) }), query: pageQuerySchema, preHandler: requireScope(deps.auth, 'curate', 'native'),
    responses: { 200: { description: 'A page of contents, by id', schema: contentPageSchema } },
  }, async ({ params, query }, request) => {
    const caller = callerOf(request);
    const bank = await deps.access.curatable(caller, params.name);
    if (!bank) throw Object.assign(new Error('no such bank'), { statusCode: 404 });
    const page = await deps.store.listContents(bank.name, { limit: query.limit, ...(query.cursor ? { after: query.cursor } : {}) }).catch((error: unknown) => {
      // The store refuses a cursor it did not make.
      throw error instanceof BankError && query.cursor ? Object.assign(new Error('bad cursor'), { statusCode: 400 }) : error;
    });
    await deps.auth.audit(caller, 'contents.list', { bank: bank.name, contents: page.items.length });
    return {
      contents: page.items.map((content) => ({
        id: content.id,
        signals: Object.fromEntries(Object.entries(content.signals).map(([type, values]) => [type, [...(values ?? [])]])),
        disabled_until: content.disabledUntil,
        created_at: content.createdAt,
      })),
      next_cursor: page.nextCursor,
    };
  });
}
