/**
 * Every route Fastify registers under the platform and protect prefixes is in `/api/openapi.json`,
 * with its security and tags, however it was declared (apiRoute, or a plain route plus its
 * description). Routes are collected with an `onRoute` hook installed the moment the app is made
 * (Fastify's `fastify.initialization` channel), so a route added later without docs fails here.
 */
import diagnostics from 'node:diagnostics_channel';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_MEDIA_BYTES } from '../src/platform/media/media-upload.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PLATFORM = ['/api/platform/v1/', '/api/platform/hma/'];
const PREFIXES = [...PLATFORM, '/api/protect/v1/'];
/** Registered on purpose and not an operation: HMA's remote fetch, answered 404 like an unknown path. */
const NOT_OPERATIONS = ['GET /api/platform/hma/h/hash'];
const HEALTH_CHECKS = ['GET /api/platform/hma/status', 'GET /api/platform/hma/status/live'];
const UNDOCUMENTED = 'POST /api/platform/v1/undocumented-test-route';

interface Operation { security?: unknown[]; 'x-jikim-scope'?: string; tags?: string[]; responses?: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>; requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }
type Doc = { paths: Record<string, Record<string, Operation>>; externalDocs?: { url: string }; info: { description: string } };

const registered: string[] = [];
diagnostics.subscribe('fastify.initialization', (message) => {
  const { fastify } = message as { fastify: FastifyInstance };
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD' && PREFIXES.some((p) => route.url.startsWith(p))) registered.push(`${method} ${route.url}`);
    }
  });
});

const operationOf = (doc: Doc, route: string): Operation | undefined => {
  const [method, url] = route.split(' ') as [string, string];
  return doc.paths[url.replace(/:([A-Za-z0-9_]+)/gu, '{$1}')]?.[method.toLowerCase()];
};

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`every platform and protect route in /api/openapi.json on ${testDb.name}`, () => {
    let t: TestApp;
    let doc: Doc;

    beforeAll(async () => {
      registered.length = 0;
      // A route added without docs, as a later change might: the check must name it.
      t = await createTestApp(testDb, {}, (app) => void app.post(UNDOCUMENTED.split(' ')[1] as string, async () => ({})));
      doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Doc;
    });
    afterAll(async () => t.close());

    it('describes each registered route with a security requirement and tags; only the undocumented one is missing', () => {
      const routes = [...new Set(registered)].filter((r) => !NOT_OPERATIONS.includes(r));
      expect(routes.length).toBeGreaterThan(20);
      for (const known of ['POST /api/platform/hma/m/lookup', 'POST /api/platform/hma/h/hash', 'GET /api/platform/hma/status', 'POST /api/platform/v1/lookup']) expect(routes).toContain(known);
      for (const gone of NOT_OPERATIONS) expect(registered, `${gone} is still registered (else drop it from the list)`).toContain(gone);

      const missing = routes.filter((r) => !operationOf(doc, r));
      expect(missing).toEqual([UNDOCUMENTED]);
      for (const route of routes.filter((r) => r !== UNDOCUMENTED)) {
        const op = operationOf(doc, route) as Operation;
        expect(op.tags?.length, route).toBeGreaterThan(0);
        expect(Array.isArray(op.security), route).toBe(true);
        if (!PLATFORM.some((p) => route.includes(` ${p}`))) continue;
        // A platform key, with the scope the route's check asks; `any` for the health checks alone.
        expect(op.security, route).toEqual([{ 'platform-key': [] }]);
        expect(op['x-jikim-scope'], route).toMatch(HEALTH_CHECKS.includes(route) ? /^any$/u : /^(match|feed|feedback|curate|inbox)$/u);
      }
    });

    it('describes the media routes as one multipart file, with HMA’s field names and the size limit', () => {
      for (const route of ['POST /api/platform/hma/m/lookup', 'POST /api/platform/hma/h/hash', 'POST /api/platform/hma/c/bank/:bank_name/content']) {
        const schema = operationOf(doc, route)?.requestBody?.content['multipart/form-data']?.schema;
        expect(schema, route).toMatchObject({ maxProperties: 1, 'x-max-bytes': DEFAULT_MAX_MEDIA_BYTES });
        expect(Object.keys(schema?.properties as object), route).toEqual(['photo', 'video']);
        const responses = operationOf(doc, route)?.responses ?? {};
        expect(Object.keys(responses), route).toEqual(expect.arrayContaining(['200', '401', '413', '415', 'default']));
        expect(responses.default?.content?.['application/json']?.schema.required, route).toEqual(['message']);
      }
      const lookup = operationOf(doc, 'POST /api/platform/hma/m/lookup')?.responses?.['200']?.content?.['application/json']?.schema;
      expect(Object.keys(lookup?.properties as object)).toEqual(['pdq', 'video_md5', 'vpdq']);
    });

    it('describes /status as text, and native errors in the API’s own shape; links the docs page', () => {
      const status = operationOf(doc, 'GET /api/platform/hma/status')?.responses ?? {};
      expect(status['200']?.content?.['text/plain']?.schema.enum).toEqual(['I-AM-ALIVE']);
      expect(status['503']?.content?.['text/plain']?.schema.enum).toEqual(['INDEX-NOT-LOADED', 'INDEX-STALE']);
      const native = operationOf(doc, 'POST /api/platform/v1/lookup')?.responses?.default?.content?.['application/json']?.schema;
      expect(native?.required).toEqual(expect.arrayContaining(['error', 'message', 'requestId']));
      expect(doc.externalDocs?.url).toBe('/api/docs');
      expect(doc.info.description).toContain('/api/docs');
    });
  });
}
