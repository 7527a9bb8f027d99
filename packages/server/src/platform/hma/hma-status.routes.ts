/**
 * HMA's health checks, for any valid key whatever its scopes (a load balancer's key may have
 * none it needs): `GET /status` is I-AM-ALIVE once the index is loaded and fresh, else 503
 * INDEX-NOT-LOADED or INDEX-STALE (as text, as HMA); `GET /status/live` is alive whatever the
 * index. Health checks are neither rate-limited nor audited (they read nothing). `POST /h/hash`
 * (media) is the next step; `GET /h/hash` (remote fetching) is never offered: 404, as an unknown path
 * (not 405, which would say another method here could fetch).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import { documentedRoute } from '../../api/openapi-documented.js';
import type { Database } from '../../db/schema.js';
import { requireAnyKey } from '../keys/platform-auth.js';
import type { PlatformRouteDeps } from '../platform-lookup.js';
import { sendHma } from './hma-errors.js';
import { HMA } from './hma-responses.js';

const alive = (reply: FastifyReply, status: number, text: string) =>
  reply.code(status).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(text);

export function registerHmaStatusRoutes(scope: FastifyInstance, deps: PlatformRouteDeps, db: Kysely<Database>): void {
  const doc = { method: 'GET', tags: ['Platform (HMA-compatible)'], security: 'platform-key', preHandler: requireAnyKey(db, deps.now, 'hma') } as const;

  documentedRoute(scope, {
    ...doc, url: `${HMA}/status`, summary: 'HMA: is the index loaded and fresh? (for a load balancer)',
    responses: { 200: { description: 'The index is loaded and refreshed within 60 s' }, 503: { description: 'Not loaded yet, or not refreshed for 60 s' }, 401: { description: 'No valid key' } },
    plainText: { 200: ['I-AM-ALIVE'], 503: ['INDEX-NOT-LOADED', 'INDEX-STALE'] },
  }, async (_request, reply) => {
    if (!deps.matcher.ready()) return alive(reply, 503, 'INDEX-NOT-LOADED');
    if (deps.matcher.stale()) return alive(reply, 503, 'INDEX-STALE');
    return alive(reply, 200, 'I-AM-ALIVE');
  });

  documentedRoute(scope, {
    ...doc, url: `${HMA}/status/live`, summary: 'HMA: is the process alive, whatever the index',
    responses: { 200: { description: 'Alive' }, 401: { description: 'No valid key' } },
    plainText: { 200: ['I-AM-ALIVE'] },
  }, async (_request, reply) => alive(reply, 200, 'I-AM-ALIVE'));

  scope.get(`${HMA}/h/hash`, async (_request, reply) => sendHma(reply, 404, 'Not found: Jikim never fetches media from a URL'));
}
