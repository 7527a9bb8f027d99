import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { createStaffTestApp, type StaffTestApp } from './support/staff-app.js';

const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite');

describe.skipIf(!sqlite)('the console pages', () => {
  let t: StaffTestApp;
  beforeAll(async () => {
    if (!sqlite) throw new Error('no sqlite test database');
    t = await createStaffTestApp(sqlite);
  });
  afterAll(() => t.close());

  it.each([['/console', 'ko'], ['/en/console', 'en']])('%s is served with the security headers, kept out of search engines', async (url, lang) => {
    const res = await t.app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("img-src 'self' blob:");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body).toMatch(new RegExp(`^<!doctype html><html lang="${lang}">`));
    expect(res.body).toContain('<meta name="robots" content="noindex, nofollow, noarchive"/>');
    expect(res.body).toMatch(/<script type="module" src="\/assets\/console-[A-Z0-9]+\.js">/);
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(res.body).not.toContain('data:');
  });

  it('public pages never read the staff cookie: the same bytes with it and without', async () => {
    const p = await t.person('counsellor');
    for (const url of ['/', '/en/locker', '/no-such-page']) {
      const plain = await t.app.inject({ url });
      const withCookie = await t.app.inject({ url, headers: { cookie: p.cookie } });
      expect(withCookie.statusCode).toBe(plain.statusCode);
      expect(withCookie.body).toBe(plain.body);
      expect(withCookie.headers['set-cookie']).toBeUndefined();
    }
  });

  it('lists every console route in /api/openapi.json with its security', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/console/v1/staff/{id}/deactivate'].post.security).toEqual([{ 'staff-session': [] }]);
    expect(doc.paths['/api/console/v1/login'].post.security).toEqual([]);
    expect(doc.paths['/api/console/v1/cases'].get.responses['200'].content['application/json'].schema.properties.cases.type).toBe('array');
  });
});
