/**
 * A known path asked with a method it does not answer gets 405 with `Allow` (RFC 9110 §15.5.6);
 * only a path nothing answers is 404.
 */
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { sendError } from './error-handler.js';

const METHODS: readonly HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

/** The methods some route answers at this URL, matched as the router matches (trailing slash, query). */
export function allowedMethods(app: FastifyInstance, url: string): HTTPMethods[] {
  return METHODS.filter((method) => app.findRoute({ method, url }) !== null);
}

/** Runs before the body is read, so a wrong method is 405 whatever the body (too large, not JSON). */
export function registerMethodNotAllowed(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.is404) return;
    const allow = allowedMethods(app, request.url);
    if (allow.length === 0) return;
    reply.header('allow', allow.join(', '));
    return sendError(reply, request, 405, 'method_not_allowed');
  });
}
