/**
 * The native platform routes (`/api/platform/v1`), with the API's usual errors (`{error, message,
 * requestId}`); the store's refusals are mapped here, everything else by the app's one handler.
 */
import type { FastifyInstance } from 'fastify';
import { sendError } from '../../http/error-handler.js';
import { BankError } from '../platform-ports.js';
import type { PlatformRouteDeps } from '../platform-lookup.js';
import { registerV1BankRoutes } from './v1-banks.routes.js';
import { registerV1LookupRoutes } from './v1-lookup.routes.js';

export function registerV1Routes(app: FastifyInstance, deps: PlatformRouteDeps): void {
  void app.register(async (scope) => {
    scope.setErrorHandler((error, request, reply) => {
      if (!(error instanceof BankError)) throw error;
      if (error.code === 'bank_exists') return sendError(reply, request, 409, 'conflict');
      if (error.code === 'invalid_signal') return sendError(reply, request, 400, 'validation');
      return sendError(reply, request, 404, 'not_found');
    });
    registerV1LookupRoutes(scope, deps);
    registerV1BankRoutes(scope, deps);
  });
}
