/**
 * `GET /api/platform/v1/feed?cursor=…&limit=…` [feed]: the delta feed for trusted partners (issue
 * 14). It covers the banks this key may match (its own and the victims') whose feed is enabled.
 * A malformed cursor is 400; one older than the change log kept is 409 `stale` (fetch again without
 * a cursor). Each call is audited with the number of updates it returned.
 */
import { feedPageSchema, feedQuerySchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import { requireScope } from '../keys/platform-auth.js';
import { sendError } from '../../http/error-handler.js';
import type { Db } from '../../db/database.js';
import type { KeyVault } from '../../vault/vault.js';
import { callerOf, type PlatformRouteDeps } from '../platform-lookup.js';
import { FeedCursorError } from './feed-cursor.js';
import { feedPage } from './feed-page.js';

const TAGS = ['Platform'];

export function registerFeedRoutes(app: FastifyInstance, deps: PlatformRouteDeps, data: { readonly db: Db; readonly vault: KeyVault }): void {
  void app.register(async (scope) => {
    scope.setErrorHandler((error, request, reply) => {
      if (!(error instanceof FeedCursorError)) throw error;
      return error.code === 'stale' ? sendError(reply, request, 409, 'stale') : sendError(reply, request, 400, 'bad_request');
    });
    apiRoute(scope, {
      method: 'GET', url: '/api/platform/v1/feed', summary: 'The delta feed: updates after a checkpoint (none: a full sync)', tags: TAGS, security: 'platform-key',
      query: feedQuerySchema, preHandler: requireScope(deps.auth, 'feed', 'native'),
      responses: {
        200: { description: 'Ordered updates (signal null: delete) and the next checkpoint', schema: feedPageSchema },
        400: { description: 'A malformed cursor' },
        409: { description: 'stale: the cursor is older than the change log kept; fetch again without one' },
      },
    }, async ({ query }, request) => {
      const caller = callerOf(request);
      const banks = [...(await deps.access.matchable(caller)).values()].filter((b) => b.feedEnabled).map((b) => b.name);
      const page = await feedPage({ db: data.db, vault: data.vault, now: deps.now }, banks, query.cursor, query.limit);
      await deps.auth.audit(caller, 'feed', { updates: page.updates.length });
      return page;
    });
  });
}
