/**
 * The locker's first load — its page and every script the browser fetches before the create/unlock
 * form can show — fits in 100 KB as our server sends it (brotli bodies and response headers), and
 * nothing heavy rides along: the open locker's code comes only once a passphrase is typed, and
 * pdfkit, the zip code and the report font only when a PDF or a bundle is made (decision 0008).
 * Reads the built site (`npm run build`) and the locker build's esbuild metafile. Bytes only: no
 * timing is asserted here (the slow-4G timing is in bench/page-load.bench.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const BUDGET_BYTES = 100 * 1024;
const WEB = path.resolve(import.meta.dirname, '../../web');
const METAFILE = path.join(WEB, 'dist/meta/locker-metafile.json');
/** Never in the first load; the last four never before a PDF or a bundle is asked for. */
const NOT_FIRST = [/\bzod\//u, /src\/locker-app\/open-locker\.tsx$/u, /\/pdfkit\//u, /\/fontkit\//u, /@zip\.js\//u, /pretendard/iu];
const ONLY_ON_DEMAND = NOT_FIRST.slice(2);

/** Static imports in esbuild's minified ESM output (`import{a as b}from"./chunk-X.js"`, `import"./x.js"`); not `import("…")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/gu;

interface Served { readonly url: string; readonly body: number; readonly headers: number }

const sqlite = TEST_DATABASES.find((db) => db.name === 'sqlite');
if (!sqlite) throw new Error('No SQLite test database');

describe('the locker’s first load', () => {
  let t: TestApp;
  let meta: Metafile;
  beforeAll(async () => {
    if (!fs.existsSync(METAFILE)) throw new Error(`${METAFILE} is missing: run npm run build`);
    meta = JSON.parse(fs.readFileSync(METAFILE, 'utf8')) as Metafile;
    t = await createTestApp(sqlite);
  });
  afterAll(() => t.close());

  /** What the server sends for this URL with Accept-Encoding: br, and the decoded text. */
  async function fetchBr(url: string): Promise<Served & { text: string }> {
    const res = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode, url).toBe(200);
    expect(res.headers['content-encoding'], url).toBe('br');
    const headers = `HTTP/1.1 200 OK\r\n${Object.entries(res.headers).map(([k, v]) => `${k}: ${String(v)}\r\n`).join('')}\r\n`;
    return { url, body: res.rawPayload.length, headers: Buffer.byteLength(headers), text: zlib.brotliDecompressSync(res.rawPayload).toString('utf8') };
  }

  /** The page, then every script it names and, transitively, every module those import statically. */
  async function firstLoad(page: string): Promise<Served[]> {
    const html = await fetchBr(page);
    const queue = [...html.text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gu)].map((m) => m[1] ?? '');
    expect(html.text, 'no stylesheet or font is fetched: the CSS is inline').not.toMatch(/<link\b[^>]*\b(stylesheet|preload|modulepreload)\b/u);
    const served: Served[] = [html];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const url = queue.shift() ?? '';
      if (seen.has(url)) continue;
      seen.add(url);
      const script = await fetchBr(url);
      served.push(script);
      for (const [, spec] of script.text.matchAll(STATIC_IMPORT)) queue.push(new URL(spec ?? '', `http://x${url}`).pathname);
    }
    return served;
  }

  const outputOf = (url: string) => `dist/site${url}`;
  const staticClosure = (output: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(output)) return seen;
    seen.add(output);
    for (const i of meta.outputs[output]?.imports ?? []) if (i.kind === 'import-statement') staticClosure(i.path, seen);
    return seen;
  };
  const inputsOf = (outputs: Iterable<string>) => [...outputs].flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));

  it.each(['/locker', '/en/locker'])('%s: at most 100 KB as served, in at most six scripts, React, the screens and the store only', async (page) => {
    const served = await firstLoad(page);
    const total = served.reduce((sum, s) => sum + s.body + s.headers, 0);
    const breakdown = served.map((s) => `${s.url}: ${s.body} B + ${s.headers} B headers`).join('\n');
    expect(total, `first load of ${page}, ${total} B:\n${breakdown}`).toBeLessThanOrEqual(BUDGET_BYTES);

    // The same modules as the build says the entry and mount.tsx's chunk need, and what is inside them.
    const scripts = served.slice(1).map((s) => s.url);
    // A browser opens at most six connections to a host over HTTP/1.1: a seventh script would wait a round trip.
    expect(scripts.length, scripts.join('\n')).toBeLessThanOrEqual(6);
    const entry = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === 'src/locker-app/main.tsx')?.[0] ?? '';
    const mount = Object.entries(meta.outputs).find(([, o]) => Object.keys(o.inputs).includes('src/locker-app/mount.tsx'))?.[0] ?? '';
    const lockerScripts = scripts.filter((url) => meta.outputs[outputOf(url)]);
    expect(new Set(lockerScripts.map(outputOf))).toEqual(new Set([...staticClosure(entry), ...staticClosure(mount)]));
    const inputs = inputsOf(lockerScripts.map(outputOf));
    expect(inputs).toContain('src/locker-app/create-locker.tsx');
    expect(inputs).toContain('src/locker-app/unlock-locker.tsx');
    for (const pattern of NOT_FIRST) expect(inputs.filter((i) => pattern.test(i)), String(pattern)).toEqual([]);
    expect(scripts.filter((url) => !url.endsWith('.js'))).toEqual([]);
  });

  it('the open locker’s code fetches pdfkit, the zip code and the font only through import() when asked', () => {
    const open = Object.entries(meta.outputs).find(([, o]) => Object.keys(o.inputs).includes('src/locker-app/open-locker.tsx'))?.[0];
    expect(open).toBeDefined();
    const inputs = inputsOf(staticClosure(open ?? ''));
    for (const pattern of ONLY_ON_DEMAND) expect(inputs.filter((i) => pattern.test(i)), String(pattern)).toEqual([]);
    // …and they are in the build, behind a dynamic import somewhere.
    const all = Object.keys(meta.inputs);
    expect(all.some((i) => /\/pdfkit\//u.test(i))).toBe(true);
    expect(all.some((i) => /@zip\.js\//u.test(i))).toBe(true);
  });
});
