/**
 * Routes that cannot be declared with `apiRoute` (a multipart upload read as a stream, a plain-text
 * health check) but must still be in `/api/openapi.json`: `documentedRoute` registers the route and
 * adds its description to the same list, from one spec, so the document and the docs page show it
 * like any other, with the scope its key check asks.
 */
import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import type * as z from 'zod';
import { routeRecord, type ApiRouteDoc, type ApiRouteRecord, type RouteAccess } from './api-route.js';

/** A `multipart/form-data` body carrying one file. */
export interface MultipartBody {
  /** Field names a client may use, each with what it means (any one file part is read). */
  readonly fields: Readonly<Record<string, string>>;
  /** The largest file accepted; larger files are refused with 413 while they stream. */
  readonly maxBytes: number;
  readonly description: string;
}

export interface DocumentedRouteDoc extends Omit<ApiRouteDoc<z.ZodType, z.ZodType, z.ZodType>, 'body'> {
  readonly multipart?: MultipartBody;
  /** Responses that are `text/plain`: status → the texts it may carry. */
  readonly plainText?: Readonly<Record<number, readonly string[]>>;
}

/** Its check (`preHandler`) runs on request, before any body is read. */
export type DocumentedRouteSpec = DocumentedRouteDoc & RouteAccess;

/** Registers a route whose handler reads the request itself, and lists it in the OpenAPI document. */
export function documentedRoute(app: FastifyInstance, spec: DocumentedRouteSpec, handler: RouteHandlerMethod): void {
  const { preHandler, ...doc } = spec;
  app.apiRoutes.push(routeRecord(doc, spec));
  app.route({ method: spec.method, url: spec.url, ...(preHandler ? { onRequest: preHandler as never } : {}), handler });
}

export function isDocumented(spec: ApiRouteRecord): spec is ApiRouteRecord & DocumentedRouteDoc {
  return 'multipart' in spec || 'plainText' in spec;
}
