import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { apiRoute, registerApiRoutes, type PlatformKeyCheck } from '../src/api/api-route.js';
import { openApiDocument } from '../src/api/openapi.js';
import { requireScope } from '../src/platform/keys/platform-auth.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp } from './support/test-app.js';

describe('/api/openapi.json', () => {
  it('describes every route declared with apiRoute, from the zod contracts that validate it', async () => {
    const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite');
    if (!sqlite) throw new Error('no sqlite test database');
    const t = await createTestApp(sqlite, {}, (app) => {
      apiRoute(app, {
        method: 'POST',
        url: '/api/test/v1/things/:id',
        summary: 'A test route',
        tags: ['test'],
        security: 'staff-session',
        params: z.object({ id: z.string().length(4) }),
        query: z.object({ dry: z.enum(['yes', 'no']).optional() }),
        body: z.object({ name: z.string().min(2).max(9) }),
        responses: { 200: { description: 'Done', schema: z.object({ ok: z.literal(true), id: z.string() }) } },
      }, async ({ params, body }) => ({ ok: true, id: `${params.id}:${body.name}` }));
    });
    try {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(doc.openapi).toBe('3.1.0');
      expect(doc.paths['/healthz'].get.responses['200'].content['application/json'].schema.properties.status.enum).toEqual(['ok', 'unavailable']);
      const op = doc.paths['/api/test/v1/things/{id}'].post;
      expect(op.security).toEqual([{ 'staff-session': [] }]);
      expect(op.parameters).toEqual([
        { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 4, maxLength: 4 } },
        { name: 'dry', in: 'query', required: false, schema: { type: 'string', enum: ['yes', 'no'] } },
      ]);
      expect(op.requestBody.content['application/json'].schema).toMatchObject({ type: 'object', required: ['name'], properties: { name: { minLength: 2, maxLength: 9 } } });
      expect(doc.components.securitySchemes['staff-session'].in).toBe('cookie');

      // The same contracts validate: a bad body is a 400 naming the field, a good one reaches the handler.
      const bad = await t.app.inject({ method: 'POST', url: '/api/test/v1/things/abcd', payload: { name: 'x' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields[0].path).toBe('name');
      const good = await t.app.inject({ method: 'POST', url: '/api/test/v1/things/abcd', payload: { name: 'xy' } });
      expect(good.json()).toEqual({ ok: true, id: 'abcd:xy' });
    } finally {
      await t.close();
    }
  });

  it('names a platform route’s scope from its key check, and refuses a platform route whose check names none', async () => {
    const app = Fastify();
    registerApiRoutes(app);
    const spec = { method: 'GET', summary: 'A platform test route', tags: ['test'], responses: { 200: { description: 'Done' } } } as const;
    const allow = { require: () => async () => undefined };
    apiRoute(app, { ...spec, url: '/api/platform/v1/scoped', security: 'platform-key', preHandler: requireScope(allow, 'inbox', 'native') }, async () => ({}));
    expect(app.apiRoutes.map((r) => [r.url, r.scope])).toEqual([['/api/platform/v1/scoped', 'inbox']]);
    const { paths } = openApiDocument(app.apiRoutes) as { paths: Record<string, { get: Record<string, unknown> }> };
    expect(paths['/api/platform/v1/scoped']?.get).toMatchObject({ security: [{ 'platform-key': [] }], 'x-jikim-scope': 'inbox' });
    const unscoped = (async () => undefined) as unknown as PlatformKeyCheck;
    expect(() => apiRoute(app, { ...spec, url: '/api/platform/v1/unscoped', security: 'platform-key', preHandler: unscoped }, async () => ({})))
      .toThrow('GET /api/platform/v1/unscoped: a platform route needs a key check that names its scope');
    await app.close();
  });
});
