/**
 * Time to build the PDF report for 100 exhibits, each with a 160×120 JPEG preview, in headless
 * Chromium (pdfkit's browser build, as the locker runs it), median of 3 fresh pages. Beside it in
 * the same run: the same build again in a warm page, 10 exhibits, and the same 100-exhibit report
 * in Node. Goal (issue): under 5 s. Also reports the size of the lazily loaded code and fonts.
 * Writes its section of BENCHMARKS.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { REPORT_FONT_FILES } from '../packages/case/src/pdf/report-font-files.js';
import { FIXTURE_NOW, fixtureManifest } from '../packages/case/test/report-fixture.js';
import { buildReportPdf } from '../packages/case/src/pdf/report-pdf.js';
import { writeBenchmarkSection } from './benchmarks-file.js';

const RUNS = Number(process.env.PDF_BENCH_RUNS ?? 3);
const EXHIBITS = 100;
const ORIGIN = 'http://bench.jikim.invalid';
const packages = path.resolve(import.meta.dirname, '../packages');
const report = {
  fonts: path.join(packages, 'web/src/report/load-report-fonts.ts'),
  fixture: path.join(packages, 'case/test/report-fixture.ts'),
  pdf: path.join(packages, 'case/src/pdf/report-pdf.ts'),
};

interface Build { fontsMs: number; ms: number; bytes: number; pages: number }
interface PdfBench { build(exhibits: number): Promise<Build>; thumbnails(): string[] }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-pdf-bench-'));
const entry = path.join(dir, 'entry.ts');
fs.writeFileSync(entry, `
import { loadReportFonts } from ${JSON.stringify(report.fonts)};
import { FIXTURE_NOW, fixtureManifest } from ${JSON.stringify(report.fixture)};

// A 160×120 JPEG of a gradient with noise, so it weighs what a small photo does (~5–8 KB).
async function jpeg(seed: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(160, 120);
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(160, 120);
  let x = (seed + 1) * 2654435761 >>> 0;
  for (let i = 0; i < image.data.length; i += 4) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    const noise = (x >>> 0) & 63, p = i / 4;
    image.data[i] = ((p % 160) + noise) & 255; image.data[i + 1] = (((p / 160) | 0) * 2 + noise) & 255;
    image.data[i + 2] = (seed * 40 + noise) & 255; image.data[i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).arrayBuffer());
}
const previews = await Promise.all(Array.from({ length: ${EXHIBITS} }, (_, i) => jpeg(i)));
const toBase64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));

Object.assign(window, { pdfBench: {
  async build(exhibits: number) {
    const fetched = performance.now();
    const fonts = await loadReportFonts({ regular: '/regular.ttf', bold: '/bold.ttf' });
    const start = performance.now();
    const { buildReportPdf } = await import(${JSON.stringify(report.pdf)});
    const manifest = fixtureManifest('ko', exhibits);
    const thumbnails = new Map(manifest.items.map((item, i) => [item.id, previews[i % previews.length]!]));
    const pdf = await buildReportPdf({ manifest, thumbnails, thumbnailsBlurred: true, fonts, now: FIXTURE_NOW });
    const text = new TextDecoder('latin1').decode(pdf);
    return { fontsMs: start - fetched, ms: performance.now() - start, bytes: pdf.length, pages: (text.match(/\\/Type \\/Page\\b/g) ?? []).length };
  },
  thumbnails: () => previews.map(toBase64),
} });`);
const js = (await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, target: 'chrome120' })).outputFiles[0]?.text ?? '';

async function openPage(browser: Browser) {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><script type="module" src="/b.js"></script>' }));
  await page.route(`${ORIGIN}/b.js`, (r) => r.fulfill({ contentType: 'text/javascript', body: js }));
  await page.route(`${ORIGIN}/regular.ttf`, (r) => r.fulfill({ contentType: 'font/ttf', body: fs.readFileSync(REPORT_FONT_FILES.regular) }));
  await page.route(`${ORIGIN}/bold.ttf`, (r) => r.fulfill({ contentType: 'font/ttf', body: fs.readFileSync(REPORT_FONT_FILES.bold) }));
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'pdfBench' in window);
  return page;
}
const build = (page: Awaited<ReturnType<typeof openPage>>, exhibits: number) =>
  page.evaluate((n) => (window as unknown as { pdfBench: PdfBench }).pdfBench.build(n), exhibits);

const loadBefore = os.loadavg();
const browser = await chromium.launch({
  executablePath: process.env.JIKIM_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const cold: Build[] = [];
const warm: Build[] = [];
const small: Build[] = [];
let thumbnails: Uint8Array[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const page = await openPage(browser);
  cold.push(await build(page, EXHIBITS));
  warm.push(await build(page, EXHIBITS));
  small.push(await build(page, 10));
  if (i === 0) thumbnails = (await page.evaluate(() => (window as unknown as { pdfBench: PdfBench }).pdfBench.thumbnails())).map((b) => new Uint8Array(Buffer.from(b, 'base64')));
  await page.close();
}
await browser.close();

const fonts = { regular: new Uint8Array(fs.readFileSync(REPORT_FONT_FILES.regular)), bold: new Uint8Array(fs.readFileSync(REPORT_FONT_FILES.bold)) };
const nodeMs: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const manifest = fixtureManifest('ko', EXHIBITS);
  const previews = new Map(manifest.items.map((item, k) => [item.id, thumbnails[k % thumbnails.length] ?? new Uint8Array()]));
  const start = performance.now();
  await buildReportPdf({ manifest, thumbnails: previews, thumbnailsBlurred: true, fonts, now: FIXTURE_NOW });
  nodeMs.push(performance.now() - start);
}

// What the locker downloads when the PDF is first asked for: the report code and the two fonts.
const chunk = (await esbuild.build({ entryPoints: [report.pdf], bundle: true, minify: true, format: 'esm', write: false, target: 'chrome100', legalComments: 'none' })).outputFiles[0]?.contents ?? new Uint8Array();
const brotli = (bytes: Uint8Array, quality: number) => zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality } }).length;
const fontBytes = [REPORT_FONT_FILES.regular, REPORT_FONT_FILES.bold].map((f) => fs.readFileSync(f));
fs.rmSync(dir, { recursive: true, force: true });
const loadAfter = os.loadavg();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n: number) => `${(n / 1024 ** 2).toFixed(2)} MB`;
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');
const coldMs = median(cold.map((b) => b.ms));
const thumbBytes = thumbnails.reduce((n, t) => n + t.length, 0) / Math.max(1, thumbnails.length);
const section = `## PDF report: 100 exhibits in the browser

Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:pdf -w @jikim/bench\` (\`bench/pdf-report.bench.ts\`) on this machine
(${os.cpus().length} cores, Node ${process.version}), headless Chromium, pdfkit's browser build: the Korean report for the fixture case
with ${EXHIBITS} exhibits (8 hand-made, incl. a 3,000-character URL and a 40-paragraph note, then photos, web posts and messages),
each with a 160×120 JPEG preview (${(thumbBytes / 1024).toFixed(1)} KB on average), Pretendard TTF subset-embedded.
Timed from importing the PDF module (fonts already fetched) to the finished file; median of ${RUNS} runs, each in a fresh page.
Fetching the two fonts (answered locally by the test harness, so no network time) took ${s(median(cold.map((b) => b.fontsMs)))} more.
Same run, as baselines: the same build again in the warmed-up page, 10 exhibits, and the same report in Node (pdfkit's Node build).
Load average ${load(loadBefore)} at the start and ${load(loadAfter)} at the end (other processes share the cores; figures are worse when it is high).

| Build | Median | Runs | Pages | PDF size |
|---|---|---|---|---|
| Chromium, ${EXHIBITS} exhibits, fresh page (the first PDF) | **${s(coldMs)}** | ${cold.map((b) => s(b.ms)).join(', ')} | ${cold[0]?.pages ?? 0} | ${kb(cold[0]?.bytes ?? 0)} |
| Chromium, ${EXHIBITS} exhibits, warm page | ${s(median(warm.map((b) => b.ms)))} | ${warm.map((b) => s(b.ms)).join(', ')} | ${warm[0]?.pages ?? 0} | ${kb(warm[0]?.bytes ?? 0)} |
| Chromium, 10 exhibits, warm page | ${s(median(small.map((b) => b.ms)))} | ${small.map((b) => s(b.ms)).join(', ')} | ${small[0]?.pages ?? 0} | ${kb(small[0]?.bytes ?? 0)} |
| Node, ${EXHIBITS} exhibits (baseline) | ${s(median(nodeMs))} | ${nodeMs.map(s).join(', ')} | | |

Goal: under 5 s for ${EXHIBITS} exhibits — ${coldMs < 5000 ? 'met' : 'NOT met'}.

Loaded only when a PDF is asked for: the report code (pdfkit, fontkit and the report) ${kb(chunk.length)} minified, ${kb(brotli(chunk, 11))} with brotli;
the two fonts ${mb(fontBytes.reduce((n, b) => n + b.length, 0))}, ${mb(fontBytes.reduce((n, b) => n + brotli(b, 5), 0))} as served (brotli quality 5).
`;
writeBenchmarkSection('## PDF report: 100 exhibits in the browser', section);
process.stdout.write(section);
