/**
 * `GET /api/platform/v1/inbox` and `POST /api/platform/v1/inbox/:id` [inbox]: the deletion requests
 * addressed to the key's platform, and its answers (acknowledge, removed, refused with a reason).
 * A target that is not in this platform's inbox is 404, whatever the reason. Audited: one row per
 * listing (how many), one per answer (the opaque id); never a URL.
 */
import { errorResponseSchema, inboxAnswerSchema, inboxPageSchema, inboxParamsSchema, inboxQuerySchema, inboxRequestSchema } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import { requireScope } from '../keys/platform-auth.js';
import { callerOf, type PlatformRouteDeps } from '../platform-lookup.js';
import type { InboxStore } from './inbox-store.js';

const TAGS = ['Platform'];

export function registerInboxRoutes(scope: FastifyInstance, deps: PlatformRouteDeps, inbox: InboxStore): void {
  const require = requireScope(deps.auth, 'inbox', 'native');

  apiRoute(scope, {
    method: 'GET', url: '/api/platform/v1/inbox', summary: 'Deletion requests addressed to this platform (by its registered domains)', tags: TAGS, security: 'platform-key',
    query: inboxQuerySchema, preHandler: require,
    responses: { 200: { description: 'A page of requests: the address, its dates and status only', schema: inboxPageSchema } },
  }, async ({ query }, request) => {
    const caller = callerOf(request);
    const page = await inbox.list(caller, { status: query.status, after: query.cursor, limit: query.limit });
    await deps.auth.audit(caller, 'inbox.list', { status: query.status, count: page.items.length });
    return { requests: page.items, next_cursor: page.next };
  });

  apiRoute(scope, {
    method: 'POST', url: '/api/platform/v1/inbox/:id', summary: 'Answer a deletion request: acknowledge, removed, or refused (with the reason)', tags: TAGS, security: 'platform-key',
    params: inboxParamsSchema, body: inboxAnswerSchema, preHandler: require,
    responses: {
      200: { description: 'The request as it is now', schema: inboxRequestSchema },
      404: { description: 'Not in this platform’s inbox', schema: errorResponseSchema },
      409: { description: 'conflict: the takedown rules do not allow this answer now (`code`), e.g. acknowledging what is removed', schema: errorResponseSchema },
    },
  }, async ({ params, body }, request) => {
    const caller = callerOf(request);
    const answered = await inbox.answer(caller, params.id, body);
    if (answered === undefined) throw Object.assign(new Error('not in this inbox'), { statusCode: 404 });
    await deps.auth.audit(caller, `inbox.${body.action}`, { id: answered.id, status: answered.status });
    return answered;
  });
}
