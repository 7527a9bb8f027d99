/**
 * One way to declare a JSON API route: its zod contracts validate the request at the edge and
 * describe it in `/api/openapi.json`. Routes declared any other way do not appear in the document.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type * as z from 'zod';

export type ApiMethod = Extract<HTTPMethods, 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'>;

export interface ApiRouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  readonly method: ApiMethod;
  /** Fastify syntax (`/api/console/v1/staff/:id`); written as `{id}` in the document. */
  readonly url: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /** Who may call it; shown in the document. */
  readonly security: 'none' | 'staff-session' | 'platform-key' | 'case-pin';
  readonly body?: B;
  readonly query?: Q;
  readonly params?: P;
  /** Status code → body schema (JSON); omit a schema for an empty body. */
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: z.ZodType }>>;
  /** The largest body this route accepts, when it must differ from BODY_LIMIT_BYTES. */
  readonly bodyLimit?: number;
  /** Runs before the handler (authentication, CSRF); may send a reply to stop the request. */
  readonly preHandler?: ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) | readonly ((request: FastifyRequest, reply: FastifyReply) => Promise<void>)[];
}

export interface ApiInput<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  readonly body: z.infer<B>;
  readonly query: z.infer<Q>;
  readonly params: z.infer<P>;
}

export type AnyApiRouteSpec = ApiRouteSpec<z.ZodType, z.ZodType, z.ZodType>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route declared with `apiRoute`, in order; one list shared by encapsulated children. */
    readonly apiRoutes: AnyApiRouteSpec[];
  }
}

/** Called once on the root app, before any route is declared. */
export function registerApiRoutes(app: FastifyInstance): void {
  app.decorate('apiRoutes', []);
}

export function apiRoute<B extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = z.ZodUndefined, P extends z.ZodType = z.ZodUndefined>(
  app: FastifyInstance,
  spec: ApiRouteSpec<B, Q, P>,
  handler: (input: ApiInput<B, Q, P>, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
): void {
  app.apiRoutes.push(spec as unknown as AnyApiRouteSpec);
  app.route({
    method: spec.method,
    url: spec.url,
    ...(spec.preHandler ? { preHandler: spec.preHandler as never } : {}),
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    handler: async (request, reply) => {
      // A ZodError thrown here becomes a 400 with the fields, in the one error handler.
      const input = {
        body: spec.body ? spec.body.parse(request.body ?? {}) : undefined,
        query: spec.query ? spec.query.parse(request.query ?? {}) : undefined,
        params: spec.params ? spec.params.parse(request.params ?? {}) : undefined,
      } as ApiInput<B, Q, P>;
      return handler(input, request, reply);
    },
  });
}
