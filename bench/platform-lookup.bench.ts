/**
 * The platform API over HTTP (issue 14): the real server (`jikim serve` on packages/server/dist,
 * needs a build) pinned to CPU 1 and `wrk` pinned to CPU 0, on banks of N PDQ hashes seeded straight into
 * SQLite with the server's own code (platform-seed.ts). Per N: the start from the tables and from
 * the snapshot (`MATCH_SNAPSHOT_FILE`, where the lookups run again), RSS against an empty server, `GET /hma/status` (the floor:
 * key, routing, an answer; no matching), `GET /hma/m/lookup` cycling 1,000 hashes (half near stored
 * ones, half random), and `POST /v1/lookup` with those 1,000 in one body. Then two servers on one
 * PostgreSQL database: insert through A, matchable on B (and withdrawal), 20 times; and
 * `POST /h/hash` against `jikim hash` of the same file. Writes the "Platform API over HTTP" section of
 * BENCHMARKS.md (other sections kept).
 *
 *   npm run bench:platform                              (from the repository root; builds first)
 *   PLATFORM_BENCH_SIZES=1000000 PLATFORM_BENCH_WRITE=0 npx tsx bench/platform-lookup.bench.ts
 *
 * Environment:
 *   PLATFORM_BENCH_SIZES    comma-separated N, hashes (default "1000000,10000000"; 8 a content)
 *   PLATFORM_BENCH_SECONDS  seconds per wrk run (default 20)
 *   PLATFORM_BENCH_DIR      where the seeded databases live (default /tmp/jikim-platform-bench); a
 *                           size already seeded there (n-N/seed.json) is reused, its seed time reported;
 *                           a seed still running there (its pid in n-N/seed.pid) is waited for
 *   PLATFORM_BENCH_PG_URL   PostgreSQL admin URL (default postgres://postgres@127.0.0.1:5432/postgres)
 *   PLATFORM_BENCH_VIDEO_ROUNDS  runs of the 5-second video each way (default 20)
 *   PLATFORM_BENCH_WRITE    "0" leaves BENCHMARKS.md alone
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeBenchmarkSection } from './benchmarks-file.js';
import { measureMedia } from './platform-media.js';
import { renderSection, type SizeResult } from './platform-report.js';
import { startServer, useSiteDir } from './platform-server.js';
import { measurePropagation } from './platform-two-servers.js';
import { runWrk } from './platform-wrk.js';

const SIZES = (process.env.PLATFORM_BENCH_SIZES ?? '1000000,10000000').split(',').map(Number).filter((n) => n > 0);
const SECONDS = Number(process.env.PLATFORM_BENCH_SECONDS ?? 20);
const DIR = process.env.PLATFORM_BENCH_DIR ?? '/tmp/jikim-platform-bench';
const PG_ADMIN = process.env.PLATFORM_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WRITE = process.env.PLATFORM_BENCH_WRITE !== '0';
const SERVER_CPU = 1;
const WRK_CPU = 0;
const ROUNDS = 20;
const root = path.resolve(import.meta.dirname, '..');
const say = (line: string) => process.stdout.write(`${line}\n`);

interface Seeded { readonly dir: string; readonly key: string; readonly signals: number; readonly seconds: number; readonly reused: boolean }

/** A seed started by hand ahead of the bench (its pid in DIR/n-N/seed.pid): wait until it ends. */
function waitForSeedByHand(dir: string): void {
  const pidFile = path.join(dir, 'seed.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && fs.existsSync(`/proc/${pid}`)) say(`waiting for the seed in ${dir} (pid ${pid})…`);
  while (Number.isInteger(pid) && pid > 0 && fs.existsSync(`/proc/${pid}`)) spawnSync('sleep', ['5']);
}

/** The seeded bank of `signals` hashes in DIR/n-N (SQLite), seeding it when it is not there yet. */
function seeded(signals: number, env: Record<string, string> = {}, dir = path.join(DIR, `n-${signals}`)): Seeded {
  const done = path.join(dir, 'seed.json');
  waitForSeedByHand(dir);
  const reused = fs.existsSync(done) && Object.keys(env).length === 0;
  if (!reused) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    say(`seeding ${signals.toLocaleString('en')} hashes…`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'platform-seed.ts'), String(signals / 8), dir], {
      env: { ...process.env, DATA_DIR: path.join(dir, 'data'), ...env }, encoding: 'utf8', maxBuffer: 16 << 20,
    });
    if (run.status !== 0) throw new Error(`seed failed: ${run.stderr.slice(-2000)}`);
    fs.writeFileSync(done, run.stdout);
  }
  const seed = JSON.parse(fs.readFileSync(done, 'utf8')) as { key: string; signals: number; seconds: number };
  if (seed.signals !== signals) throw new Error(`${done} holds ${seed.signals} hashes, not ${signals}`);
  return { dir, key: seed.key, signals, seconds: seed.seconds, reused };
}

const fileBytes = (...files: string[]) => files.reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
let port = 18400 + Math.floor(Math.random() * 500);

async function sizeRun(s: Seeded, emptyRss: number): Promise<SizeResult> {
  const data = path.join(s.dir, 'data');
  const snapshot = path.join(s.dir, 'match.snapshot');
  fs.rmSync(snapshot, { force: true });
  const env = { DATA_DIR: data, MATCH_SNAPSHOT_FILE: snapshot };
  const dbBytes = fileBytes(path.join(data, 'jikim.sqlite'), path.join(data, 'jikim.sqlite-wal'));
  say(`N=${s.signals}: starting from the tables…`);
  const first = await startServer({ cpu: SERVER_CPU, port: (port += 1), key: s.key, env });
  const rssLoaded = first.rssBytes();
  const queries = path.join(s.dir, 'queries.txt');
  const wrk = (script: string, url: string, args: string[]) => runWrk({ cpu: WRK_CPU, url, script, args, seconds: SECONDS, keepRaw: path.join(s.dir, `wrk-${script.replace('.lua', '')}.txt`) });
  const status = wrk('platform-status.lua', `${first.url}/api/platform/hma/status`, [s.key]);
  say(`  status ${status.requestsPerSecond}/s`);
  const lookup = wrk('platform-lookup.lua', first.url, [queries, s.key]);
  say(`  lookup ${lookup.requestsPerSecond}/s p99 ${lookup.p99Ms} ms`);
  const batch = wrk('platform-batch.lua', first.url, [queries, s.key]);
  say(`  batch ${batch.requestsPerSecond}/s p99 ${batch.p99Ms} ms`);
  const rssAfter = first.rssBytes();
  const stopStarted = performance.now();
  await first.stop();
  const stopMs = performance.now() - stopStarted;
  const snapshotBytes = fileBytes(snapshot);
  say(`  stopped in ${stopMs.toFixed(0)} ms; snapshot ${snapshotBytes} bytes; starting again…`);
  const second = await startServer({ cpu: SERVER_CPU, port: (port += 1), key: s.key, env });
  const rssSnapshot = second.rssBytes();
  // The same lookups again on the index loaded from the snapshot (a large deployment's usual start).
  const lookupSnapshot = snapshotBytes > 0 ? runWrk({ cpu: WRK_CPU, url: second.url, script: 'platform-lookup.lua', args: [queries, s.key], seconds: SECONDS, keepRaw: path.join(s.dir, 'wrk-platform-lookup-snapshot.txt') }) : null;
  if (lookupSnapshot) say(`  lookup (from the snapshot) ${lookupSnapshot.requestsPerSecond}/s p99 ${lookupSnapshot.p99Ms} ms`);
  await second.stop();
  return {
    signals: s.signals, seedSeconds: s.seconds, seedReused: s.reused, dbBytes, tablesMs: first.readyMs, snapshotMs: second.readyMs,
    snapshotBytes, stopMs, rssLoaded, rssAfter, rssSnapshot, emptyRss, status, lookup, batch, lookupSnapshot,
  };
}

function psql(command: string): void {
  execFileSync('psql', [PG_ADMIN, '-v', 'ON_ERROR_STOP=1', '-qc', command], { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function propagation() {
  const name = `jikim_bench_platform_${randomBytes(4).toString('hex')}`;
  const url = `${PG_ADMIN.replace(/\/[^/]*$/, '')}/${name}`;
  const dir = path.join(DIR, 'pg');
  psql(`create database ${name}`);
  try {
    const env = { DATABASE_URL: url, JIKIM_MASTER_KEY_FILE: path.join(dir, 'master.key') };
    const s = seeded(8000, env, dir);
    const a = await startServer({ cpu: SERVER_CPU, port: (port += 1), key: s.key, env: { ...env, DATA_DIR: path.join(dir, 'a') } });
    const b = await startServer({ cpu: WRK_CPU, port: (port += 1), key: s.key, env: { ...env, DATA_DIR: path.join(dir, 'b') } });
    try {
      return await measurePropagation(a, b, s.key, 'BENCH_BANK', ROUNDS);
    } finally {
      await a.stop();
      await b.stop();
    }
  } finally {
    psql(`drop database if exists ${name} with (force)`);
  }
}

// The site's files, copied once under the build lock: a web build running beside the bench would
// otherwise pull files from under a starting server.
const site = path.join(DIR, 'site');
fs.rmSync(site, { recursive: true, force: true });
fs.mkdirSync(DIR, { recursive: true });
execFileSync('flock', ['/tmp/jikim-build.lock', 'cp', '-r', path.join(root, 'packages/web/dist/site'), site]);
useSiteDir(site);
const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
// The build measured may hold work not yet committed (other changes in the same checkout): say so.
const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages/'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean).length;
const commit = head;
const started = new Date();
const empty = seeded(0, {}, path.join(DIR, 'empty'));
const emptyServer = await startServer({ cpu: SERVER_CPU, port: (port += 1), key: empty.key, env: { DATA_DIR: path.join(empty.dir, 'data') } });
await new Promise((resolve) => setTimeout(resolve, 2000));
const emptyRss = emptyServer.rssBytes();
say(`empty server RSS ${(emptyRss / 2 ** 20).toFixed(0)} MiB; media…`);
const media = await measureMedia(emptyServer, empty.key, empty.dir, ROUNDS, Number(process.env.PLATFORM_BENCH_VIDEO_ROUNDS ?? ROUNDS));
await emptyServer.stop();
say('two servers on PostgreSQL…');
const twoServers = await propagation();
const sizes: SizeResult[] = [];
for (const n of SIZES) sizes.push(await sizeRun(seeded(n), emptyRss));

const section = renderSection({ started, commit, uncommitted: dirty, seconds: SECONDS, sizes, twoServers, media });
say(section);
if (WRITE) writeBenchmarkSection('## Platform API over HTTP', section);
