/**
 * `/api/openapi.json`: the OpenAPI 3.1 document of every route declared with `apiRoute`, made from
 * the same zod contracts that validate requests, so the document cannot drift from the code. A
 * platform operation names the key scope its check asks in `x-jikim-scope` (`any`: any valid key).
 */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import { errorResponseSchema, hmaErrorSchema } from '@jikim/contracts';
import type { ApiRouteRecord } from './api-route.js';
import { API_DOCS_PATH, registerApiDocsRoute } from './docs/docs-page.js';
import type { OpenApiDoc } from './docs/reference-html.js';
import { isDocumented, type MultipartBody } from './openapi-documented.js';
const HMA_PREFIX = '/api/platform/hma/';

const SECURITY_SCHEMES = {
  'staff-session': { type: 'apiKey', in: 'cookie', name: '__Host-jikim-staff', description: 'A console session; state-changing requests also need the x-jikim-csrf header.' },
  'platform-key': { type: 'http', scheme: 'bearer', description: 'A platform API key made with `jikim platform key create`. Each operation names the scope the key must hold in `x-jikim-scope` (`any`: any valid key, whatever its scopes).' },
  'case-pin': { type: 'http', scheme: 'basic', description: 'A case code and its PIN.' },
} as const;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function parameters(spec: ApiRouteRecord): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (object.required ?? []).includes(name), schema: property });
    }
  }
  return out;
}

function multipartBody(body: MultipartBody): Record<string, unknown> {
  const properties = Object.fromEntries(Object.entries(body.fields).map(([name, description]) => [
    name, { type: 'string', contentMediaType: 'application/octet-stream', description },
  ]));
  return {
    required: true,
    description: `${body.description} At most ${body.maxBytes} bytes (${Math.round(body.maxBytes / 1024 / 1024)} MB); larger files: 413.`,
    content: { 'multipart/form-data': { schema: { type: 'object', properties, minProperties: 1, maxProperties: 1, 'x-max-bytes': body.maxBytes } } },
  };
}

function requestBody(spec: ApiRouteRecord): Record<string, unknown> {
  if (isDocumented(spec) && spec.multipart) return { requestBody: multipartBody(spec.multipart) };
  return spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } } } : {};
}

function defaultError(spec: ApiRouteRecord): Record<string, unknown> {
  const hma = spec.url.startsWith(HMA_PREFIX);
  return {
    description: hma ? 'An error, in HMA’s shape: `{ message }`.' : 'An error: `{ error, message, requestId, fields? }`.',
    content: { 'application/json': { schema: jsonSchema(hma ? hmaErrorSchema : errorResponseSchema, 'output') } },
  };
}

function operation(spec: ApiRouteRecord): Record<string, unknown> {
  const responses: Record<string, unknown> = Object.fromEntries(Object.entries(spec.responses).map(([status, r]) => [
    status,
    r.schema ? { description: r.description, content: { 'application/json': { schema: jsonSchema(r.schema, 'output') } } } : { description: r.description },
  ]));
  if (isDocumented(spec)) {
    for (const [status, texts] of Object.entries(spec.plainText ?? {})) {
      const description = spec.responses[Number(status)]?.description ?? texts.join(' or ');
      responses[status] = { description, content: { 'text/plain': { schema: { type: 'string', enum: [...texts] } } } };
    }
  }
  return {
    summary: spec.summary,
    tags: [...spec.tags],
    ...(spec.security === 'none' ? { security: [] } : { security: [{ [spec.security]: [] }] }),
    ...(spec.scope ? { 'x-jikim-scope': spec.scope } : {}),
    parameters: parameters(spec),
    ...requestBody(spec),
    responses: { ...responses, default: defaultError(spec) },
  };
}

export function openApiDocument(routes: readonly ApiRouteRecord[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const path = spec.url.replace(/:([A-Za-z0-9_]+)/gu, '{$1}');
    paths[path] = { ...paths[path], [spec.method.toLowerCase()]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jikim API', version: '1',
      description: `Every API route of this Jikim server. Platform engineers: a readable guide made from this document is at ${API_DOCS_PATH} (in English, with a summary in Korean: 플랫폼 엔지니어를 위한 안내).`,
    },
    externalDocs: { description: 'The platform API, for platform engineers', url: API_DOCS_PATH },
    components: { securitySchemes: SECURITY_SCHEMES },
    paths,
  };
}

/** `/api/openapi.json`, and the docs page made from the same document (both built once, when first asked). */
export function registerOpenApiRoute(app: FastifyInstance): void {
  let document: Record<string, unknown> | undefined;
  const current = () => (document ??= openApiDocument(app.apiRoutes));
  let cached: string | undefined;
  app.get('/api/openapi.json', async (_request, reply) => {
    cached ??= JSON.stringify(current());
    return reply.type('application/json; charset=utf-8').send(cached);
  });
  registerApiDocsRoute(app, () => current() as unknown as OpenApiDoc);
}
