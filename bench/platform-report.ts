/**
 * The "Platform API over HTTP" section of BENCHMARKS.md from one run of platform-lookup.bench.ts:
 * the tables, and the goals of issue 14 met or missed in words.
 */
import os from 'node:os';
import type { MediaRow } from './platform-media.js';
import type { PropagationResult } from './platform-two-servers.js';
import type { WrkResult } from './platform-wrk.js';

export interface SizeResult {
  readonly signals: number;
  readonly seedSeconds: number;
  readonly seedReused: boolean;
  readonly dbBytes: number;
  readonly tablesMs: number;
  readonly snapshotMs: number;
  readonly snapshotBytes: number;
  readonly stopMs: number;
  readonly rssLoaded: number;
  readonly rssAfter: number;
  readonly rssSnapshot: number;
  readonly emptyRss: number;
  readonly status: WrkResult;
  readonly lookup: WrkResult;
  readonly batch: WrkResult;
  /** The same lookups on the second server, whose index came from the snapshot (null: none written). */
  readonly lookupSnapshot: WrkResult | null;
}

interface Run {
  readonly started: Date;
  readonly commit: string;
  /** Files under packages/ changed but not committed when the build was measured. */
  readonly uncommitted: number;
  readonly seconds: number;
  readonly sizes: readonly SizeResult[];
  readonly twoServers: PropagationResult;
  readonly media: readonly MediaRow[];
}

const GOALS = { lookup10M: 1500, p99At10M: 20, lookup1M: 3000, propagationMs: 10_000 };
const n = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 0 });
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const size = (signals: number) => (signals >= 1e6 ? `${signals / 1e6}M` : n(signals));
const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: readonly number[]) => sorted(xs)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
const max = (xs: readonly number[]) => Math.max(...xs);
const errs = (w: WrkResult) => (w.errors > 0 ? ` (**${n(w.errors)} errors**)` : '');

function goalWords(s: SizeResult): string | null {
  const goal = s.signals >= 10_000_000 ? GOALS.lookup10M : s.signals === 1_000_000 ? GOALS.lookup1M : null;
  if (goal === null) return null;
  const one = (w: WrkResult, how: string) => {
    const rate = w.requestsPerSecond;
    const p99 = s.signals >= 10_000_000 ? ` and p99 ${ms(w.p99Ms)} ms against ≤ ${GOALS.p99At10M} ms (${w.p99Ms <= GOALS.p99At10M ? 'met' : 'missed'})` : '';
    return `${how}: ${n(rate)} lookups/s against the goal of ${n(goal)} (${rate >= goal ? 'met' : 'missed'})${p99}, ${ms(1000 / rate)} ms of the core each`;
  };
  const runs = [one(s.lookup, 'index built from the tables'), ...(s.lookupSnapshot ? [one(s.lookupSnapshot, 'index loaded from the snapshot')] : [])];
  return `- ${size(s.signals)} hashes, one server core: ${runs.join('; ')}. The floor (\`/status\`) is ${n(s.status.requestsPerSecond)}/s (${ms(1000 / s.status.requestsPerSecond)} ms each).`;
}

export function renderSection(run: Run): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const { insertMs, withdrawMs } = run.twoServers;
  const lines = [
    '## Platform API over HTTP',
    '',
    `Run ${run.started.toISOString().slice(0, 16).replace('T', ' ')} UTC at commit \`${run.commit}\`${run.uncommitted > 0 ? ` (the build also held ${run.uncommitted} changed files under packages/ not yet committed by other work in the same checkout)` : ''} by \`npm run bench:platform\` (bench/platform-lookup.bench.ts) on ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}; load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (other work shared the machine). The real server (\`node packages/cli/bin/jikim.js serve\`, SQLite) runs pinned to CPU 1 (\`taskset -c 1\`); \`wrk\` runs pinned to CPU 0: \`taskset -c 0 wrk -t1 -c8 -d${run.seconds}s --timeout 30s --latency -H "Authorization: Bearer KEY" -s bench/platform-lookup.lua URL -- queries.txt KEY\`. The Lua scripts cycle through 1,000 different query hashes: even ones near a stored hash (distance 0–31), odd ones random. The bench key's limit is raised (\`perMinute\` 1,000,000) so it never throttles. Banks are seeded straight into the database by bench/platform-seed.ts (8 PDQ hashes a content, standing in for a photo's eight turns and mirrors; random hashes, sealed under the system key, each in the change log).`,
    '',
    '| Hashes | Route | Requests/s | p50 | p99 | Hashes/s |',
    '| ---: | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const s of run.sizes) {
    lines.push(`| ${size(s.signals)} | \`GET /hma/status\` (floor: key, routing, answer) | ${n(s.status.requestsPerSecond)}${errs(s.status)} | ${ms(s.status.p50Ms)} ms | ${ms(s.status.p99Ms)} ms | – |`);
    lines.push(`| ${size(s.signals)} | \`GET /hma/m/lookup\` (one PDQ) | ${n(s.lookup.requestsPerSecond)}${errs(s.lookup)} | ${ms(s.lookup.p50Ms)} ms | ${ms(s.lookup.p99Ms)} ms | ${n(s.lookup.requestsPerSecond)} |`);
    if (s.lookupSnapshot) lines.push(`| ${size(s.signals)} | \`GET /hma/m/lookup\` (one PDQ), index loaded from the snapshot | ${n(s.lookupSnapshot.requestsPerSecond)}${errs(s.lookupSnapshot)} | ${ms(s.lookupSnapshot.p50Ms)} ms | ${ms(s.lookupSnapshot.p99Ms)} ms | ${n(s.lookupSnapshot.requestsPerSecond)} |`);
    lines.push(`| ${size(s.signals)} | \`POST /v1/lookup\` (1,000 PDQ a request) | ${n(s.batch.requestsPerSecond)}${errs(s.batch)} | ${ms(s.batch.p50Ms)} ms | ${ms(s.batch.p99Ms)} ms | ${n(s.batch.requestsPerSecond * 1000)} |`);
  }
  lines.push('', '| Hashes | Seed (SQLite) | Database file | Start from the tables | Snapshot file | Start from the snapshot | RSS loaded | Bytes a hash (RSS over the empty server) |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of run.sizes) {
    const per = (rss: number) => n((rss - s.emptyRss) / s.signals);
    const snap = s.snapshotBytes > 0 ? mib(s.snapshotBytes) : '**none written**';
    lines.push(`| ${size(s.signals)} | ${n(s.seedSeconds)} s${s.seedReused ? ' (an earlier seed)' : ''} | ${mib(s.dbBytes)} | ${ms(s.tablesMs / 1000)} s | ${snap} | ${ms(s.snapshotMs / 1000)} s | ${mib(s.rssLoaded)} | ${per(s.rssLoaded)} at load; ${per(s.rssAfter)} after the runs; ${per(s.rssSnapshot)} loaded from the snapshot |`);
  }
  const [small, large] = [run.sizes[0], run.sizes.at(-1)];
  const marginal = small && large && large.signals > small.signals ? ` Between ${size(small.signals)} and ${size(large.signals)} each further hash costs ${n((large.rssLoaded - small.rssLoaded) / (large.signals - small.signals))} bytes of RSS.` : '';
  lines.push('', `The empty server (no hashes, same key) holds ${mib(run.sizes[0]?.emptyRss ?? 0)}. Start times run from spawning the process to \`/hma/status\` answering I-AM-ALIVE; the snapshot is written when the first server stops (it took ${run.sizes.map((s) => `${ms(s.stopMs / 1000)} s at ${size(s.signals)}`).join(', ')}).${marginal}`);
  lines.push('', '**Goals (issue 14).**', '');
  for (const s of run.sizes) {
    const words = goalWords(s);
    if (words) lines.push(words);
  }
  const prop = `- Insert to matchable on a second process (two servers on one PostgreSQL database, ${insertMs.length} inserts through A, B's \`/m/lookup\` polled every 50 ms): median ${n(median(insertMs))} ms, max ${n(max(insertMs))} ms against the goal of ≤ 10 s (${max(insertMs) <= GOALS.propagationMs ? 'met' : 'missed'}; HMA: about 1–2 minutes). Withdrawal to unmatched: median ${n(median(withdrawMs))} ms, max ${n(max(withdrawMs))} ms. Both follow the change log, read every second.`;
  lines.push(prop);
  lines.push('', '| `POST /hma/h/hash` | HTTP | `jikim hash` (CLI, a process each) | |', '| --- | ---: | ---: | --- |');
  for (const m of run.media) lines.push(`| ${m.file} | ${m.httpMs === null ? '–' : `${ms(m.httpMs)} ms`} | ${m.cliMs === null ? '–' : `${ms(m.cliMs)} ms`} | ${m.note} |`);
  return lines.join('\n');
}
