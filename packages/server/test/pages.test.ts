import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteManifest } from '../src/http/static-site.js';
import { loadConfig } from '../src/config.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const manifest = readSiteManifest(loadConfig({}).siteDir);
const PAGE_BUDGET_BYTES = 100 * 1024;
const EXIT_URL = 'https://example.org/weather?a=1&b=2';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`public pages on ${testDb.name}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(testDb, { QUICK_EXIT_URL: EXIT_URL });
    });
    afterAll(() => t.close());

    it('lists every public page in both languages', () => {
      const paths = manifest.pages.map((p) => p.path);
      for (const slug of ['', 'what-happened', 'crime-types', 'guide/illegal-shooting', 'guide/dissemination',
        'guide/threat', 'awareness', 'organisations', 'safety', 'about']) {
        expect(paths).toContain(`/${slug}`);
        expect(paths).toContain(slug ? `/en/${slug}` : '/en');
      }
    });

    it.each(manifest.pages.map((p) => [p.path, p.locale] as const))('%s is served complete and safe', async (url, locale) => {
      const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['set-cookie']).toBeUndefined();
      const html = zlib.brotliDecompressSync(res.rawPayload).toString('utf8');
      expect(html).toMatch(new RegExp(`^<!doctype html><html lang="${locale}">`));
      expect(html).toContain(`id="quick-exit" class="quick-exit" href="https://example.org/weather?a=1&amp;b=2"`);
      expect(html).not.toContain(manifest.quickExitPlaceholder);
      // Nothing is loaded from anywhere but this origin.
      expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    });

    it.each(manifest.pages.map((p) => [p.path] as const))('%s first load fits in 100 KB compressed', async (url) => {
      const page = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      const html = zlib.brotliDecompressSync(page.rawPayload).toString('utf8');
      let total = page.rawPayload.length;
      for (const [, src] of html.matchAll(/<script src="([^"]+)"/g)) {
        const asset = await t.app.inject({ url: src ?? '', headers: { 'accept-encoding': 'br' } });
        expect(asset.statusCode).toBe(200);
        total += asset.rawPayload.length;
      }
      expect(total).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
    });

    it('serves gzip or identity to clients without brotli, and 304 on a matching ETag', async () => {
      const gz = await t.app.inject({ url: '/en', headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.rawPayload).toString()).toContain('<html lang="en">');
      const plain = await t.app.inject({ url: '/en', headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toContain('<html lang="en">');
      const again = await t.app.inject({ url: '/en', headers: { 'if-none-match': String(gz.headers.etag) } });
      expect(again.statusCode).toBe(304);
    });

    it('answers HEAD and a trailing slash like GET', async () => {
      const head = await t.app.inject({ method: 'HEAD', url: '/organisations' });
      expect(head.statusCode).toBe(200);
      expect(head.body).toBe('');
      expect((await t.app.inject({ url: '/en/organisations/' })).statusCode).toBe(200);
    });

    it('caches hashed assets for a year and nothing else', async () => {
      for (const asset of manifest.assets) {
        const res = await t.app.inject({ url: `/${asset}` });
        expect(res.statusCode).toBe(200);
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        const expected = asset.endsWith('.js') ? /^text\/javascript/ : asset.endsWith('.ttf') ? /^font\/ttf$/
          : asset.endsWith('.css') ? /^text\/css/ : /^text\/plain/;
        expect(res.headers['content-type']).toMatch(expected);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
      }
    });

    it('sends a strict Content-Security-Policy and privacy headers on every response', async () => {
      for (const url of ['/', '/en/safety', '/healthz', '/no-such-page', `/${manifest.assets[0]}`]) {
        const res = await t.app.inject({ url });
        const csp = String(res.headers['content-security-policy']);
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        // 'wasm-unsafe-eval' allows WebAssembly only; JavaScript eval stays forbidden.
        expect(csp.replaceAll("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['set-cookie']).toBeUndefined();
      }
    });

    it('the inline stylesheet is exactly the one the CSP hash allows', async () => {
      const html = (await t.app.inject({ url: '/', headers: { 'accept-encoding': 'identity' } })).body;
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      const { createHash } = await import('node:crypto');
      expect(manifest.styleHashes).toContain(`sha256-${createHash('sha256').update(style).digest('base64')}`);
    });

    it('answers an unknown page with a 404 page in the right language', async () => {
      const ko = await t.app.inject({ url: '/no-such-page', headers: { 'accept-encoding': 'identity' } });
      expect(ko.statusCode).toBe(404);
      expect(ko.headers['cache-control']).toBe('no-store');
      expect(ko.body).toContain('<html lang="ko">');
      expect(ko.body).toContain('페이지를 찾을 수 없어요');
      const en = await t.app.inject({ url: '/en/no-such-page' });
      expect(en.statusCode).toBe(404);
      expect(en.body).toContain('<html lang="en">');
    });

    it('has every built page file on disk that the manifest names', () => {
      for (const page of manifest.pages) {
        expect(fs.existsSync(path.join(t.config.siteDir, page.file))).toBe(true);
      }
    });
  });
}
