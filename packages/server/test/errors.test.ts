import { errorResponseSchema } from '@jikim/contracts';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseInput } from '../src/http/validate.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const echoSchema = z.object({ name: z.string().min(1).max(20), count: z.number().int() }).strict();

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`errors and malformed requests on ${testDb.name}`, () => {
    let t: TestApp;
    let writes = 0;
    beforeAll(async () => {
      t = await createTestApp(testDb, { BODY_LIMIT_BYTES: '2048' }, (app) => {
        // Test-only routes: one that validates its body, one that fails unexpectedly.
        app.post('/test/echo', async (request) => parseInput(echoSchema, request.body));
        app.get('/test/boom', async () => {
          throw new Error('secret case detail at /home/victim/evidence.mp4');
        });
        app.post('/test/boom', async () => {
          throw new Error('fails before any write');
          writes += 1;
        });
      });
    });
    afterAll(() => t.close());

    it('accepts a valid body', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/test/echo', payload: { name: '지킴', count: 1 } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ name: '지킴', count: 1 });
    });

    it('turns a validation failure into 400 with field errors', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/test/echo', payload: { name: '', count: 1.5, extra: 1 } });
      expect(res.statusCode).toBe(400);
      const body = errorResponseSchema.parse(res.json());
      expect(body.error).toBe('validation');
      expect(body.fields?.map((f) => f.path).sort()).toEqual(['', 'count', 'name']);
    });

    it('turns an unexpected error into a generic 500 with a request id and no stack', async () => {
      const res = await t.app.inject({ url: '/test/boom' });
      expect(res.statusCode).toBe(500);
      const body = errorResponseSchema.parse(res.json());
      expect(body).toEqual({ error: 'internal', message: 'Something went wrong on our side.', requestId: body.requestId });
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.body).not.toMatch(/secret|victim|evidence|at .*\.ts/);
      const post = await t.app.inject({ method: 'POST', url: '/test/boom', payload: {} });
      expect(post.statusCode).toBe(500);
      expect(writes).toBe(0);
    });

    const malformed: readonly [string, number, InjectOptions][] = [
      ['malformed JSON', 400, { method: 'POST', url: '/test/echo', payload: '{"name": "x",', headers: { 'content-type': 'application/json' } }],
      ['__proto__ key', 400, { method: 'POST', url: '/test/echo', payload: '{"__proto__": {"x": 1}, "name": "a", "count": 1}', headers: { 'content-type': 'application/json' } }],
      ['constructor.prototype key', 400, { method: 'POST', url: '/test/echo', payload: '{"constructor": {"prototype": {"x": 1}}, "name": "a", "count": 1}', headers: { 'content-type': 'application/json' } }],
      ['wrong content type', 415, { method: 'POST', url: '/test/echo', payload: 'name=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
      ['body over the limit', 413, { method: 'POST', url: '/test/echo', payload: JSON.stringify({ name: 'a'.repeat(4096), count: 1 }), headers: { 'content-type': 'application/json' } }],
      ['deeply nested JSON', 400, { method: 'POST', url: '/test/echo', payload: '['.repeat(900) + ']'.repeat(900), headers: { 'content-type': 'application/json' } }],
      ['lone surrogate', 200, { method: 'POST', url: '/test/echo', payload: '{"name": "\\ud800", "count": 1}', headers: { 'content-type': 'application/json' } }],
      ['empty JSON body', 400, { method: 'POST', url: '/test/echo', payload: '', headers: { 'content-type': 'application/json' } }],
      ['bad percent-encoding', 400, { method: 'GET', url: '/%E0%A4%A' }],
      ['encoded traversal', 404, { method: 'GET', url: '/..%2f..%2fetc%2fpasswd' }],
      ['dot segments', 404, { method: 'GET', url: '/assets/../../package.json' }],
      ['unknown method on a page', 404, { method: 'DELETE', url: '/' }],
      ['POST to a page', 404, { method: 'POST', url: '/en', payload: { a: 1 } }],
      ['query string junk', 200, { method: 'GET', url: '/?__proto__[x]=1&a=%00' }],
    ];

    it.each(malformed)('%s → %i, never 5xx', async (_name, status, request) => {
      const res = await t.app.inject(request);
      expect(res.statusCode).toBe(status);
      if (status >= 400 && res.headers['content-type']?.toString().startsWith('application/json')) {
        errorResponseSchema.parse(res.json());
      }
    });
  });
}
