/**
 * SHA-256 throughput in Chromium (hash-wasm, streaming `file.stream()`, as the locker hashes
 * evidence) on a 1 GiB file, beside coreutils `sha256sum` on the same file in the same run.
 * Goal (issue 4): at least half of sha256sum's speed. Writes its section of BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { writeBenchmarkSection } from './benchmarks-file.js';

const SIZE = Number(process.env.SHA_BENCH_BYTES ?? 1024 ** 3);
const RUNS = Number(process.env.SHA_BENCH_RUNS ?? 3);
const ORIGIN = 'http://bench.jikim.invalid';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-sha-bench-'));
const file = path.join(dir, 'evidence.bin');
// Random bytes (a sparse file of zeros would flatter disk reads): 16 MiB written repeatedly.
const block = randomBytes(16 * 1024 * 1024);
const fd = fs.openSync(file, 'w');
for (let written = 0; written < SIZE; written += block.length) fs.writeSync(fd, block, 0, Math.min(block.length, SIZE - written));
fs.closeSync(fd);

const entry = path.join(dir, 'entry.ts');
fs.writeFileSync(entry, `
import { createSHA256 } from ${JSON.stringify(path.resolve(import.meta.dirname, '../node_modules/hash-wasm/dist/index.esm.js'))};
Object.assign(window, { shaBench: async () => {
  const input = document.getElementById('file') as HTMLInputElement;
  const file = input.files![0]!;
  const start = performance.now();
  const sha = await createSHA256(); sha.init();
  const reader = file.stream().getReader();
  for (;;) { const { done, value } = await reader.read(); if (done) break; sha.update(value); }
  return { hex: sha.digest('hex'), ms: performance.now() - start };
} });`);
const js = (await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', write: false, target: 'chrome120' })).outputFiles[0]?.text ?? '';

const browser = await chromium.launch({
  executablePath: process.env.JIKIM_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
await page.route(`${ORIGIN}/`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><input id="file" type="file"><script type="module" src="/b.js"></script>' }));
await page.route(`${ORIGIN}/b.js`, (r) => r.fulfill({ contentType: 'text/javascript', body: js }));
await page.goto(`${ORIGIN}/`);
await page.waitForFunction(() => 'shaBench' in window);
await page.setInputFiles('#file', file);

const browserMs: number[] = [];
const coreutilsMs: number[] = [];
let agree = true;
for (let i = 0; i < RUNS; i += 1) {
  const start = performance.now();
  const expected = execFileSync('sha256sum', [file]).toString().split(' ')[0];
  coreutilsMs.push(performance.now() - start);
  const result = await page.evaluate(() => (window as unknown as { shaBench: () => Promise<{ hex: string; ms: number }> }).shaBench());
  browserMs.push(result.ms);
  agree &&= result.hex === expected;
}
await browser.close();
fs.rmSync(dir, { recursive: true, force: true });

const best = (xs: number[]) => Math.min(...xs);
const mbps = (ms: number) => SIZE / 1024 ** 2 / (ms / 1000);
const ratio = mbps(best(browserMs)) / mbps(best(coreutilsMs));
const section = `## Evidence hashing: SHA-256 in the browser

Measured ${new Date().toISOString().slice(0, 10)} by \`bench/browser-sha256.bench.ts\`: a ${(SIZE / 1024 ** 3).toFixed(2)} GiB file of random bytes,
hashed in Chromium with hash-wasm over \`file.stream()\` (as the locker hashes evidence) and by coreutils \`sha256sum\`,
alternately, ${RUNS} times each in the same run; best run shown. Digests ${agree ? 'identical on every run' : 'DIFFERED'}.

| Hasher | Best time | Throughput |
|---|---|---|
| Chromium, hash-wasm SHA-256 (streaming) | ${(best(browserMs) / 1000).toFixed(2)} s | ${mbps(best(browserMs)).toFixed(0)} MiB/s |
| \`sha256sum\` (the baseline) | ${(best(coreutilsMs) / 1000).toFixed(2)} s | ${mbps(best(coreutilsMs)).toFixed(0)} MiB/s |

Ratio: **${ratio.toFixed(2)}** of sha256sum's speed. Goal: at least 0.5 — ${ratio >= 0.5 ? 'met' : 'NOT met'}.
`;
writeBenchmarkSection('## Evidence hashing: SHA-256 in the browser', section);
process.stdout.write(section);
