/**
 * Page-load benchmark: per public page, bytes transferred and first contentful paint in Chromium
 * under an emulated slow-4G network and a 4× slower CPU, as served (brotli) and, as the baseline in
 * the same run, the same pages without compression. Writes BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { writeBenchmarkSection } from './benchmarks-file.js';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 8282);
const BASE = `http://127.0.0.1:${PORT}`;
// Chrome DevTools' "Slow 4G" preset: 150 ms RTT × 3.75, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8 };
const CPU_SLOWDOWN = 4;
const TARGET_FCP_MS = 1500;
const BUDGET_BYTES = 100 * 1024;

interface Sample { bytes: number; fcp: number }

async function startServer(): Promise<() => void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-bench-'));
  const child = spawn(process.execPath, [path.join(root, 'packages/cli/bin/jikim.js'), 'serve'], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('running at') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return () => child.kill('SIGTERM');
}

async function measure(browser: Browser, url: string, compressed: boolean): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (!compressed) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
  await context.close();
  return { bytes, fcp };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'packages/web/dist/site/site-manifest.json'), 'utf8')) as {
  pages: { path: string }[];
};
const stop = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.JIKIM_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const rows: { path: string; served: Sample; baseline: Sample }[] = [];
try {
  for (const { path: pagePath } of manifest.pages) {
    const served: Sample[] = [];
    const baseline: Sample[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      served.push(await measure(browser, BASE + pagePath, true));
      baseline.push(await measure(browser, BASE + pagePath, false));
    }
    const pick = (s: Sample[]): Sample => ({ bytes: median(s.map((x) => x.bytes)), fcp: median(s.map((x) => x.fcp)) });
    rows.push({ path: pagePath, served: pick(served), baseline: pick(baseline) });
    process.stdout.write(`${pagePath}: ${pick(served).bytes} B, FCP ${pick(served).fcp.toFixed(0)} ms\n`);
  }
} finally {
  await browser.close();
  stop();
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${Math.round(x)} ms`;
const worstFcp = Math.max(...rows.map((r) => r.served.fcp));
const worstBytes = Math.max(...rows.map((r) => r.served.bytes));
const table = rows
  .map((r) => `| \`${r.path}\` | ${kb(r.served.bytes)} | ${ms(r.served.fcp)} | ${kb(r.baseline.bytes)} | ${ms(r.baseline.fcp)} |`)
  .join('\n');
const section = `## Public pages: first load under slow 4G

Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (\`bench/page-load.bench.ts\`) on this machine
(${os.cpus().length} cores, Node ${process.version}), Chromium at 360×740 with DevTools' Slow 4G profile
(562.5 ms latency, 1.44 Mbps down, 675 kbps up) and a ${CPU_SLOWDOWN}× CPU slowdown, cache disabled, median of ${RUNS} runs.
"Bytes" is everything transferred for the first load (HTML, scripts; the stylesheet is inline), headers included.
Baseline, same run: the same pages fetched without compression.

Targets: guide content visible (first contentful paint) in under ${TARGET_FCP_MS} ms; first load at most ${kb(BUDGET_BYTES)}.
Result: worst page **${ms(worstFcp)}** FCP and **${kb(worstBytes)}** — ${worstFcp < TARGET_FCP_MS && worstBytes <= BUDGET_BYTES ? 'both targets met' : 'TARGET MISSED'}.

| Page | Bytes (served, brotli) | FCP (served) | Bytes (baseline, uncompressed) | FCP (baseline) |
|---|---|---|---|---|
${table}
`;

writeBenchmarkSection('## Public pages: first load under slow 4G', section);
process.stdout.write('Wrote BENCHMARKS.md\n');
