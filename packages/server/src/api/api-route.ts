/**
 * One way to declare a JSON API route: its zod contracts validate the request at the edge and
 * describe it in `/api/openapi.json`. Routes declared any other way do not appear in the document.
 * A platform route's key check carries the scope it checks, and the document takes the scope from
 * there, so a route cannot be documented with one scope and checked with another.
 */
import type { PlatformScope } from '@jikim/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type * as z from 'zod';

export type ApiMethod = Extract<HTTPMethods, 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'>;
export type PreHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** The scope a platform key must hold; `any`: any valid key, whatever its scopes (health checks). */
export type ScopeNeeded = PlatformScope | 'any';

/** A platform key check and the scope it checks (made in `platform-auth.ts`, never by hand). */
export interface PlatformKeyCheck extends PreHandler {
  readonly scope: ScopeNeeded;
}

/** What the document shows of a route. */
export interface ApiRouteDoc<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  readonly method: ApiMethod;
  /** Fastify syntax (`/api/console/v1/staff/:id`); written as `{id}` in the document. */
  readonly url: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly body?: B;
  readonly query?: Q;
  readonly params?: P;
  /** Status code → body schema (JSON); omit a schema for an empty body. */
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: z.ZodType }>>;
}

/**
 * Who may call it (shown in the document), and what runs before the handler to check it (may send a
 * reply to stop the request). A platform route runs its key check; others their own (session, CSRF).
 */
export type RouteAccess =
  | { readonly security: 'none' | 'staff-session' | 'case-pin'; readonly preHandler?: PreHandler | readonly PreHandler[] }
  | { readonly security: 'platform-key'; readonly preHandler: PlatformKeyCheck };

export type ApiRouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> = ApiRouteDoc<B, Q, P> & RouteAccess & {
  /** The largest body this route accepts, when it must differ from BODY_LIMIT_BYTES. */
  readonly bodyLimit?: number;
};

/** A route as `app.apiRoutes` keeps it for the document: a platform route with the scope its check asks. */
export interface ApiRouteRecord extends ApiRouteDoc<z.ZodType, z.ZodType, z.ZodType> {
  readonly security: RouteAccess['security'];
  readonly scope?: ScopeNeeded;
}

export interface ApiInput<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  readonly body: z.infer<B>;
  readonly query: z.infer<Q>;
  readonly params: z.infer<P>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route declared with `apiRoute`, in order; one list shared by encapsulated children. */
    readonly apiRoutes: ApiRouteRecord[];
  }
}

/** Called once on the root app, before any route is declared. */
export function registerApiRoutes(app: FastifyInstance): void {
  app.decorate('apiRoutes', []);
}

/** The record of a route; a platform route without a scoped key check is a programming error. */
export function routeRecord<T extends ApiRouteDoc<z.ZodType, z.ZodType, z.ZodType>>(doc: T, access: RouteAccess): T & ApiRouteRecord {
  if (access.security !== 'platform-key') return { ...doc, security: access.security };
  const scope = (access.preHandler as Partial<PlatformKeyCheck> | undefined)?.scope;
  if (scope === undefined) throw new Error(`${doc.method} ${doc.url}: a platform route needs a key check that names its scope`);
  return { ...doc, security: 'platform-key', scope };
}

export function apiRoute<B extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = z.ZodUndefined, P extends z.ZodType = z.ZodUndefined>(
  app: FastifyInstance,
  spec: ApiRouteSpec<B, Q, P>,
  handler: (input: ApiInput<B, Q, P>, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
): void {
  const { preHandler, bodyLimit, ...doc } = spec;
  app.apiRoutes.push(routeRecord(doc as ApiRouteDoc<z.ZodType, z.ZodType, z.ZodType>, spec));
  app.route({
    method: spec.method,
    url: spec.url,
    ...(preHandler ? { preHandler: preHandler as never } : {}),
    ...(bodyLimit ? { bodyLimit } : {}),
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
