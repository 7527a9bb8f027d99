/**
 * Routes that cannot be declared with `apiRoute` (a multipart upload read as a stream, a plain-text
 * health check) but must still be in `/api/openapi.json`: the route stays as written, and this adds
 * its description to the same list, so the document and the docs page show it like any other.
 */
import type { FastifyInstance } from 'fastify';
import type { AnyApiRouteSpec } from './api-route.js';

/** A `multipart/form-data` body carrying one file. */
export interface MultipartBody {
  /** Field names a client may use, each with what it means (any one file part is read). */
  readonly fields: Readonly<Record<string, string>>;
  /** The largest file accepted; larger files are refused with 413 while they stream. */
  readonly maxBytes: number;
  readonly description: string;
}

export interface DocumentedRouteSpec extends Omit<AnyApiRouteSpec, 'body' | 'preHandler' | 'bodyLimit'> {
  readonly multipart?: MultipartBody;
  /** Responses that are `text/plain`: status → the texts it may carry. */
  readonly plainText?: Readonly<Record<number, readonly string[]>>;
}

/** Lists a route declared some other way in the OpenAPI document (and nothing else: no behaviour). */
export function documentRoute(app: FastifyInstance, spec: DocumentedRouteSpec): void {
  app.apiRoutes.push(spec as AnyApiRouteSpec);
}

export function isDocumented(spec: AnyApiRouteSpec): spec is AnyApiRouteSpec & DocumentedRouteSpec {
  return 'multipart' in spec || 'plainText' in spec;
}
