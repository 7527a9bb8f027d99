/**
 * Page-load benchmark: per public page, bytes transferred and first contentful paint in Chromium
 * under an emulated slow-4G network and a 4× slower CPU, as served (brotli) and, as the baseline in
 * the same run, the same pages without compression; then the locker (/locker, /en/locker): bytes and
 * time until its passphrase field is on screen, for a first visit (create) and a return (unlock),
 * beside the home pages measured the same way in the same run. Writes BENCHMARKS.md.
 * `BENCH_ONLY=locker` measures the locker alone (and writes only its section).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { CHROMIUM_ARGS, CPU_SLOWDOWN, measureLockerLoad, SLOW_4G, sum, type LockerLoad } from './locker-load.js';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 8282);
const BASE = `http://127.0.0.1:${PORT}`;
const TARGET_FCP_MS = 1500;
const BUDGET_BYTES = 100 * 1024;
const LOCKER_TARGET_MS = 2000;
const LOCKER_PAGES = ['/locker', '/en/locker'];
const ONLY_LOCKER = process.env.BENCH_ONLY === 'locker';

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
const browser = await chromium.launch({ executablePath: process.env.JIKIM_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const loadAverage = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');
const loadAtStart = loadAverage();
const rows: { path: string; served: Sample; baseline: Sample }[] = [];
type LockerCase = { path: string; visit: 'create' | 'unlock'; runs: LockerLoad[] };
const lockerCases: LockerCase[] = LOCKER_PAGES.flatMap((p) => [{ path: p, visit: 'create' as const, runs: [] }, { path: p, visit: 'unlock' as const, runs: [] }]);
const beside: Record<string, Sample[]> = { '/': [], '/en': [] };
try {
  for (const { path: pagePath } of ONLY_LOCKER ? [] : manifest.pages.filter((p) => !LOCKER_PAGES.includes(p.path))) {
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
  // The locker, each run beside the home page in its language, measured the same way.
  for (let i = 0; i < RUNS; i += 1) {
    for (const c of lockerCases) {
      const home = c.path.startsWith('/en/') ? '/en' : '/';
      if (c.visit === 'create') beside[home]?.push(await measure(browser, BASE + home, true));
      const load = await measureLockerLoad(browser, BASE + c.path, { throttle: true, returning: c.visit === 'unlock' });
      c.runs.push(load);
      process.stdout.write(`${c.path} (${c.visit}): field shown at ${load.fieldShownMs.toFixed(0)} ms, ${sum(load.firstLoad, 'encoded')} B\n`);
    }
  }
} finally {
  await browser.close();
  stop();
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${Math.round(x)} ms`;
const lockerRows = lockerCases.map((c) => {
  const shown = c.runs.map((r) => r.fieldShownMs);
  const present = c.runs.map((r) => r.fieldPresentMs);
  const adopted = c.runs.map((r) => r.adoptedMs).filter((x) => !Number.isNaN(x));
  const wire = c.runs.map((r) => sum(r.firstLoad, 'encoded'));
  const bodies = c.runs.map((r) => sum(r.firstLoad, 'body'));
  const typed = c.runs.map((r) => sum(r.onTyping, 'encoded'));
  const files = c.runs[0]?.firstLoad.map((r) => new URL(r.url).pathname.replace(/-[A-Z0-9]{8}\.js$/u, '-….js')).join(', ') ?? '';
  return { ...c, shown: median(shown), present: median(present), adopted: adopted.length === c.runs.length ? median(adopted) : Number.NaN, all: shown, wire: median(wire), bodies: median(bodies), typed: median(typed), files };
});
const lockerTable = lockerRows
  .map((r) => `| \`${r.path}\`, ${r.visit === 'create' ? 'first visit (create form)' : 'return (unlock form)'} | **${ms(r.shown)}** (${r.all.map(ms).join(', ')}) | ${ms(r.present)} | ${Number.isNaN(r.adopted) ? 'not in every run' : ms(r.adopted)} | ${kb(r.wire)} (${kb(r.bodies)}) | ${kb(r.typed)} |`)
  .join('\n');
const besideRows = Object.entries(beside)
  .map(([p, s]) => `| \`${p}\` (public page, same runs) | FCP ${ms(median(s.map((x) => x.fcp)))} (${s.map((x) => ms(x.fcp)).join(', ')}) | | | ${kb(median(s.map((x) => x.bytes)))} | |`)
  .join('\n');
const worstLocker = Math.max(...lockerRows.map((r) => r.shown));
const worstLockerBytes = Math.max(...lockerRows.map((r) => r.wire));
/** What the field itself waits for: the page and the quick-exit script (the first script, which shows it). */
const fieldNeeds = (r: LockerLoad) => {
  const page = r.firstLoad.reduce((a, b) => (b.startedMs < a.startedMs ? b : a));
  return r.firstLoad.filter((x) => x === page || /\/quick-exit-/u.test(x.url));
};
const fieldBytes = Math.max(...lockerCases.map((c) => median(c.runs.map((r) => sum(fieldNeeds(r), 'encoded')))));
const fieldFloor = 2 * SLOW_4G.latency + (fieldBytes / SLOW_4G.downloadThroughput) * 1000;
const homeFcp = Object.values(beside).map((s) => median(s.map((x) => x.fcp)));
/** Asked for after the field was shown and before the person typed (so in no first load), with its size. */
const idle = new Map(lockerCases.flatMap((c) => c.runs.flatMap((r) => r.idle.map((x) => [new URL(x.url).pathname, x.encoded] as const))));
const idleText = [...idle].map(([p, bytes]) => `${p} (${kb(bytes)})`).join(', ');
const lockerSection = `## The locker: first load under slow 4G

Measured ${new Date().toISOString().slice(0, 10)} by \`${ONLY_LOCKER ? `BENCH_ONLY=locker${RUNS === 3 ? '' : ` BENCH_RUNS=${RUNS}`} npm run bench -w @jikim/bench` : 'npm run bench'}\`
(\`bench/page-load.bench.ts\` with \`bench/locker-load.ts\`; \`BENCH_ONLY=locker\` measures the locker alone) on this machine (${os.cpus().length} cores, Node ${process.version}, load average ${loadAtStart} at the start
and ${loadAverage()} at the end), Chromium at 360×740 with DevTools' Slow 4G profile (562.5 ms latency, 1.44 Mbps down,
675 kbps up) and a ${CPU_SLOWDOWN}× CPU slowdown, cache disabled, median of ${RUNS} runs (each run shown in brackets).

The page carries its create and unlock screens as templates (exactly what the locker's app renders first); the quick-exit
script, the first script every page loads, asks IndexedDB whether this device holds a locker and shows the screen that fits
(\`packages/web/src/client/locker-first-paint.ts\`), so the field waits only for the page and that script. The app (React,
the screens, the store), downloading meanwhile, then adopts the same DOM by hydrating it: text typed before stays, and taps
and submits made before are replayed to it.
"Shown" is when the passphrase field was painted (the task after the frame that follows its insertion, once it is in the
document and visible; recorded in the page), in ms after navigation started; "in the page" is when it was inserted;
"adopted" is when the app held it. A first visit shows the create form; a return
(a locker made in the same profile beforehand, unthrottled) shows the unlock form. "First load" is every response to a request
sent before the field was shown — the page, the quick-exit script, the locker's entry and the chunks it imports — as
encoded on the wire, headers included (brotli bodies alone in brackets). "On typing" is what the first key typed into the
field fetches, once the app holds it: the open locker's code. Between the field shown and the first key, ${idle.size > 0 ? `the page asked only for ${idleText}, in some or all runs` : 'nothing was fetched'}.
Beside it, in the same runs, the home page in the same language, measured as in the table above.

Targets: the passphrase field on screen in under ${ms(LOCKER_TARGET_MS)}; first load at most ${kb(BUDGET_BYTES)}.
Result: worst case **${ms(worstLocker)}** and **${kb(worstLockerBytes)}** — ${worstLocker < LOCKER_TARGET_MS && worstLockerBytes <= BUDGET_BYTES ? 'both targets met' : 'TARGET MISSED'}
(the home pages' first contentful paint in the same runs: ${homeFcp.map(ms).join(' and ')}).
The field's network floor is about ${ms(fieldFloor)}: two round trips of ${SLOW_4G.latency} ms (the page, then its scripts side by side)
and the ${kb(fieldBytes)} of the page and the quick-exit script at ${((SLOW_4G.downloadThroughput * 8) / 1e6).toFixed(2)} Mbps, were they alone on the link
(the app's scripts, requested at the same moment, share it); the rest is the ${CPU_SLOWDOWN}×-slowed CPU and IndexedDB,
which the machine's other load stretches further.

| Page | Shown (median, runs) | In the page | Adopted | First load (bodies) | On typing |
|---|---|---|---|---|---|
${lockerTable}
${besideRows}

First load of \`/locker\`: ${lockerRows[0]?.files ?? ''}.
`;
writeBenchmarkSection('## The locker: first load under slow 4G', lockerSection);
if (ONLY_LOCKER) {
  process.stdout.write('Wrote the locker section of BENCHMARKS.md\n');
  process.exit(0);
}

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
