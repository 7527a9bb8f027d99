import { errorResponseSchema } from '@jikim/contracts';
import { Readable } from 'node:stream';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { loadConfig } from '../src/config.js';
import { readSiteManifest } from '../src/http/static-site.js';
import { parseInput } from '../src/http/validate.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const manifest = readSiteManifest(loadConfig({}).siteDir);

/** The headers every response carries, whatever its status (issue 10: parser errors too). */
function expectSecurityHeaders(res: LightMyRequestResponse): void {
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(res.headers['permissions-policy']).toContain('camera=()');
  if (res.statusCode >= 400) expect(res.headers['cache-control']).toBe('no-store');
}

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
      ['unknown method on a page', 405, { method: 'DELETE', url: '/' }],
      ['POST to a page', 405, { method: 'POST', url: '/en', payload: { a: 1 } }],
      ['POST to an unknown path', 404, { method: 'POST', url: '/no-such-thing', payload: { a: 1 } }],
      ['body over the limit, chunked', 413, { method: 'POST', url: '/test/echo', payload: Readable.from([Buffer.from(`{"name": "${'a'.repeat(4096)}", "count": 1}`)]), headers: { 'content-type': 'application/json' } }],
      ['unparseable content type', 415, { method: 'POST', url: '/test/echo', payload: '{}', headers: { 'content-type': ';;;' } }],
      ['query string junk', 200, { method: 'GET', url: '/?__proto__[x]=1&a=%00' }],
    ];

    it.each(malformed)('%s → %i, never 5xx, with the security headers', async (_name, status, request) => {
      const res = await t.app.inject(request);
      expect(res.statusCode).toBe(status);
      if (status >= 400 && res.headers['content-type']?.toString().startsWith('application/json')) {
        errorResponseSchema.parse(res.json());
      }
      expectSecurityHeaders(res);
    });

    // Issue 10: a wrong method on a known path is 405 with Allow; an unknown path stays 404.
    const asset = manifest.assets.find((a) => a.endsWith('.js')) ?? '';
    const wrongMethods: readonly [string, string, string][] = [
      ['POST', '/locker', 'GET, HEAD'],
      ['POST', '/en/locker', 'GET, HEAD'],
      ['PUT', '/en/locker/', 'GET, HEAD'],
      ['DELETE', '/healthz', 'GET, HEAD'],
      ['PUT', `/${asset}`, 'GET, HEAD'],
      ['PATCH', '/?a=1', 'GET, HEAD'],
      ['OPTIONS', '/en/safety', 'GET, HEAD'],
      ['GET', '/test/echo', 'POST'],
      ['DELETE', '/test/boom', 'GET, HEAD, POST'],
    ];
    it.each(wrongMethods)('%s %s → 405 with Allow: %s', async (method, url, allow) => {
      const res = await t.app.inject({ method: method as 'GET', url, ...(method === 'GET' ? {} : { payload: { a: 1 } }) });
      expect(res.statusCode).toBe(405);
      expect(res.headers.allow).toBe(allow);
      expect(errorResponseSchema.parse(res.json()).error).toBe('method_not_allowed');
      expectSecurityHeaders(res);
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('answers a wrong method with 405 before reading the body (too large, not JSON)', async () => {
      const big = await t.app.inject({ method: 'POST', url: '/locker', payload: JSON.stringify({ a: 'a'.repeat(4096) }), headers: { 'content-type': 'application/json' } });
      expect([big.statusCode, big.headers.allow]).toEqual([405, 'GET, HEAD']);
      const form = await t.app.inject({ method: 'PUT', url: '/healthz', payload: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect([form.statusCode, form.headers.allow]).toEqual([405, 'GET, HEAD']);
      const head = await t.app.inject({ method: 'HEAD', url: '/test/echo' });
      expect([head.statusCode, head.headers.allow, head.body]).toEqual([405, 'POST', '']);
    });

    it.each([
      ['POST', '/no-such-page'],
      ['DELETE', '/en/no-such-page'],
      ['PUT', '/assets/no-such-file.js'],
      ['POST', '/api/anything'],
    ])('%s %s (unknown path) → 404 without Allow', async (method, url) => {
      const res = await t.app.inject({ method: method as 'GET', url, payload: { a: 1 } });
      expect(res.statusCode).toBe(404);
      expect(res.headers.allow).toBeUndefined();
      expectSecurityHeaders(res);
    });

    it('still answers HEAD and GET on the same paths', async () => {
      expect((await t.app.inject({ method: 'HEAD', url: '/locker' })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: `/${asset}` })).statusCode).toBe(200);
    });
  });
}
