import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadReportFonts } from './load-report-fonts.js';

describe('loadReportFonts', () => {
  const font = new Uint8Array([0, 1, 0, 0, 7, 7]);
  afterEach(() => vi.unstubAllGlobals());
  const at = (fetch: typeof globalThis.fetch) => {
    vi.stubGlobal('location', new URL('http://127.0.0.1:8182/locker'));
    vi.stubGlobal('fetch', fetch);
  };

  it('fetches both fonts from this origin, refusing redirects', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    at(async (url, init) => {
      calls.push([String(url), init]);
      return new Response(font);
    });
    const fonts = await loadReportFonts({ regular: '/assets/r.ttf', bold: '/assets/b.ttf' });
    expect(fonts.regular).toEqual(font);
    expect(calls.map(([url]) => url)).toEqual(['http://127.0.0.1:8182/assets/r.ttf', 'http://127.0.0.1:8182/assets/b.ttf']);
    expect(calls[0]?.[1]).toMatchObject({ mode: 'same-origin', redirect: 'error' });
  });

  it('refuses another origin without asking it, and an answer that is not a font', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL) => new Response('<!doctype html>', { status: 200 }));
    at(fetch);
    await expect(loadReportFonts({ regular: 'https://cdn.example.com/r.ttf', bold: '/assets/b.ttf' })).rejects.toThrow('must come from this site');
    await expect(loadReportFonts({ regular: '/assets/r.ttf', bold: '/assets/b.ttf' })).rejects.toThrow('not a font');
    expect(fetch.mock.calls.some(([url]) => String(url).startsWith('https://cdn'))).toBe(false);
  });
});
