/**
 * `/api/docs`: the platform engineers' page is made from `/api/openapi.json` (a route added to the
 * document appears on it), lists every platform operation, carries the site's security headers with
 * its own stylesheet allowed by hash, runs no script and loads nothing from another origin.
 */
import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { apiRoute } from '../src/api/api-route.js';
import { requireScope } from '../src/platform/keys/platform-auth.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const ADDED = '/api/platform/v1/docs-test/:thing_id';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`/api/docs on ${testDb.name}`, () => {
    let t: TestApp;
    let page: LightMyRequestResponse;
    let paths: Record<string, Record<string, { summary: string }>>;

    beforeAll(async () => {
      t = await createTestApp(testDb, {}, (app) => apiRoute(app, {
        method: 'PUT', url: ADDED, summary: 'A route added by this test', tags: ['Platform'],
        security: 'platform-key', preHandler: requireScope({ require: () => async () => undefined }, 'feedback', 'native'),
        params: z.object({ thing_id: z.string() }),
        body: z.object({ docs_test_field: z.number().int().max(7) }),
        responses: { 200: { description: 'Done' } },
      }, async () => ({})));
      page = await t.app.inject({ method: 'GET', url: '/api/docs' });
      paths = ((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: typeof paths }).paths;
    });
    afterAll(async () => t.close());

    it('is HTML with the site’s security headers; its one stylesheet is allowed by its hash; no script', () => {
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['x-frame-options']).toBe('DENY');
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      const styles = [...page.body.matchAll(/<style>([\s\S]*?)<\/style>/gu)].map((m) => m[1] ?? '');
      expect(styles).toHaveLength(1);
      expect(csp).toContain(`'sha256-${createHash('sha256').update(styles[0] ?? '').digest('base64')}'`);
      expect(page.body).not.toMatch(/<script|\son[a-z]+=/iu);
    });

    it('links only to itself and this server (no other origin in src or href)', () => {
      const targets = [...page.body.matchAll(/\s(?:src|href)="([^"]*)"/gu)].map((m) => m[1] ?? '');
      expect(targets.length).toBeGreaterThan(30);
      for (const target of targets) expect(target, target).toMatch(/^(#[a-z0-9-]+|\/(?!\/)[^:]*)$/u);
      // Every in-page link has its target.
      for (const target of targets.filter((x) => x.startsWith('#'))) expect(page.body, target).toContain(`id="${target.slice(1)}"`);
    });

    it('lists every platform operation of the document, with its method, path and summary', () => {
      const operations = Object.entries(paths).filter(([p]) => p.startsWith('/api/platform/'))
        .flatMap(([p, ops]) => Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path: p, summary: op.summary })));
      expect(operations.length).toBeGreaterThan(20);
      const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
      for (const { method, path, summary } of operations) {
        const heading = `<span class="method">${method}</span> <code class="path">${escape(path)}</code>`;
        expect(page.body, `${method} ${path}`).toContain(heading);
        expect(page.body, `${method} ${path}`).toContain(escape(summary));
      }
      // Nothing from outside the platform API (the console's routes are not for platforms).
      expect(page.body).not.toContain('/api/console/');
    });

    it('is made from the document: a route added to it appears, with its parameter, body field and its check’s scope', () => {
      expect(page.body).toContain('<code class="path">/api/platform/v1/docs-test/{thing_id}</code>');
      const added = page.body.slice(page.body.indexOf('<code class="path">/api/platform/v1/docs-test/{thing_id}</code>'));
      expect(/<p class="auth">[^]*?<\/p>/u.exec(added)?.[0]).toContain('scope <code class="scope">feedback</code>');
      expect(page.body).toContain('A route added by this test');
      expect(page.body).toMatch(/<code class="field">thing_id<\/code> <span class="where">in path<\/span> <span class="req">required<\/span>/u);
      expect(page.body).toMatch(/<code class="field">docs_test_field<\/code> <span class="type">integer<\/span> <span class="req">required<\/span> <span class="limits">\(≤ 7\)/u);
    });

    it('renders the schemas readably: HMA’s bank_content_id, the media routes’ multipart fields, and the guide', () => {
      expect(page.body).toMatch(/<code class="field">bank_content_id<\/code> <span class="type">integer<\/span> <span class="req">required<\/span>/u);
      const lookup = page.body.slice(page.body.indexOf('id="post-api-platform-hma-m-lookup"'));
      expect(lookup).toMatch(/^[^]*?<code>multipart\/form-data<\/code>[^]*?<code class="field">photo<\/code>[^]*?<code class="field">video<\/code>/u);
      expect(lookup.slice(0, lookup.indexOf('</section>'))).toContain('209715200 bytes (200 MB)');
      expect(lookup.slice(0, lookup.indexOf('</section>'))).toContain('(at least 1 field; at most 1 field)');
      for (const text of ['Authorization: Bearer KEY', 'npx jikim platform key create --name NAME --scopes match,feed,feedback,curate,inbox', 'max_distance</code> is at most 31', '한국어 요약', 'false_positive', '409 <code>stale</code>']) {
        expect(page.body).toContain(text);
      }
    });

    it('sends /api/docs/en to the page (it is in English)', async () => {
      const en = await t.app.inject({ method: 'GET', url: '/api/docs/en' });
      expect(en.statusCode).toBe(308);
      expect(en.headers.location).toBe('/api/docs');
    });
  });
}
