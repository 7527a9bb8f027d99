/**
 * `/api/openapi.json`: the OpenAPI 3.1 document of every route declared with `apiRoute`, made from
 * the same zod contracts that validate requests, so the document cannot drift from the code.
 */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod';
import type { AnyApiRouteSpec } from './api-route.js';

const SECURITY_SCHEMES = {
  'staff-session': { type: 'apiKey', in: 'cookie', name: '__Host-jikim-staff', description: 'A console session; state-changing requests also need the x-jikim-csrf header.' },
  'platform-key': { type: 'http', scheme: 'bearer', description: 'A platform API key made with `jikim platform key create`.' },
  'case-pin': { type: 'http', scheme: 'basic', description: 'A case code and its PIN.' },
} as const;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function parameters(spec: AnyApiRouteSpec): unknown[] {
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

function operation(spec: AnyApiRouteSpec): Record<string, unknown> {
  const responses = Object.fromEntries(Object.entries(spec.responses).map(([status, r]) => [
    status,
    r.schema ? { description: r.description, content: { 'application/json': { schema: jsonSchema(r.schema, 'output') } } } : { description: r.description },
  ]));
  return {
    summary: spec.summary,
    tags: [...spec.tags],
    ...(spec.security === 'none' ? { security: [] } : { security: [{ [spec.security]: [] }] }),
    parameters: parameters(spec),
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } } } : {}),
    responses: { ...responses, default: { description: 'An error: `{ error, message, requestId, fields? }`.' } },
  };
}

export function openApiDocument(routes: readonly AnyApiRouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const path = spec.url.replace(/:([A-Za-z0-9_]+)/gu, '{$1}');
    paths[path] = { ...paths[path], [spec.method.toLowerCase()]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Jikim API', version: '1', description: 'Every JSON route of this Jikim server.' },
    components: { securitySchemes: SECURITY_SCHEMES },
    paths,
  };
}

export function registerOpenApiRoute(app: FastifyInstance): void {
  let cached: string | undefined;
  app.get('/api/openapi.json', async (_request, reply) => {
    cached ??= JSON.stringify(openApiDocument(app.apiRoutes));
    return reply.type('application/json; charset=utf-8').send(cached);
  });
}
