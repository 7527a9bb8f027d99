import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyReportFonts, REPORT_FONT_FILES } from '../../scripts/report-fonts.js';
import { loadReportFonts } from './load-report-fonts.js';

describe('copyReportFonts', () => {
  it('copies Pretendard Regular and Bold (TrueType) and the OFL licence, named by content hash', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-fonts-'));
    try {
      const urls = copyReportFonts(path.join(dir, 'assets'));
      expect(urls.regular).toMatch(/^\/assets\/Pretendard-Regular-[0-9a-f]{12}\.ttf$/u);
      expect(urls.bold).toMatch(/^\/assets\/Pretendard-Bold-[0-9a-f]{12}\.ttf$/u);
      const copied = (url: string) => fs.readFileSync(path.join(dir, url));
      expect(copied(urls.regular).equals(fs.readFileSync(REPORT_FONT_FILES.regular))).toBe(true);
      expect(copied(urls.bold).equals(fs.readFileSync(REPORT_FONT_FILES.bold))).toBe(true);
      expect(fs.readdirSync(path.join(dir, 'assets')).some((f) => /^Pretendard-OFL-[0-9a-f]{12}\.txt$/u.test(f))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

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
