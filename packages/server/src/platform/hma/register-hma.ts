/**
 * The HMA-compatible routes under `/api/platform/hma` (decision 0018), in a scope of their own so
 * that their errors, and their unknown paths, answer HMA's `{message}`.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { registerHmaMediaRoutes } from '../media/hma-media.routes.js';
import type { PlatformRouteDeps } from '../platform-lookup.js';
import { registerHmaBankRoutes } from './hma-banks.routes.js';
import { registerHmaContentRoutes } from './hma-contents.routes.js';
import { registerHmaErrors, sendHma } from './hma-errors.js';
import { registerHmaIndexRoutes } from './hma-index.routes.js';
import { registerHmaMatchingRoutes } from './hma-matching.routes.js';
import { HMA } from './hma-responses.js';
import { registerHmaStatusRoutes } from './hma-status.routes.js';

export function registerHmaRoutes(app: FastifyInstance, deps: PlatformRouteDeps, db: Kysely<Database>): void {
  // Routes carry their whole path (the OpenAPI document lists `apiRoute` urls as given), so this scope has no prefix.
  void app.register(async (scope) => {
    // Multipart bodies are parsed only where a media route reads them (request.file()), with its limits.
    await scope.register(multipart, { throwFileSizeLimit: false });
    registerHmaErrors(scope);
    registerHmaStatusRoutes(scope, deps, db);
    registerHmaMatchingRoutes(scope, deps);
    registerHmaIndexRoutes(scope, deps);
    registerHmaBankRoutes(scope, deps);
    registerHmaContentRoutes(scope, deps);
    registerHmaMediaRoutes(scope, deps);
  });
  // Unknown paths under the prefix (`GET /h/hash` among them): HMA's body, not the API's.
  void app.register(async (prefixed) => {
    prefixed.setNotFoundHandler((_request, reply) => sendHma(reply, 404, 'Not found'));
  }, { prefix: HMA });
}
