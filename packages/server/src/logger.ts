/**
 * Logger options. Logs say what the server did, never about whom: no IP addresses, no query
 * strings, no bodies, no headers.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from './config.js';

export function loggerOptions(level: Config['logLevel']) {
  return {
    level,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
      }),
      res: (reply: Pick<FastifyReply, "statusCode">) => ({ statusCode: reply.statusCode }),
    },
  };
}
