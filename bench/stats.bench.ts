/**
 * The figures (issue 13) over a generated year — 10,000 cases, 300,000 deletion-request targets
 * spread over 30 operators and 6 site types (~65% removed, a few big operators), 3,000 referrals —
 * on SQLite (a file in a temp dir) and on PostgreSQL (its own database, dropped after): computeStats
 * for the whole year beside a plain `select count(*) from case_targets` in the same run, p50 of 5
 * runs each. Goal: under 2 s. Writes the "Figures (statistics)" section of BENCHMARKS.md.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { createDb } from '../packages/server/src/db/database.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import { computeStats } from '../packages/server/src/stats/compute-stats.js';
import { generateYear, insertYear } from '../packages/server/test/stats-year.js';
import { TEST_DATABASES } from '../packages/server/test/support/databases.js';
import { writeBenchmarkSection } from './benchmarks-file.js';

const RUNS = 5;
const CASES = Number(process.env.BENCH_STATS_CASES ?? 10_000);
const TARGETS = Number(process.env.BENCH_STATS_TARGETS ?? 300_000);
const NOW = new Date('2027-01-10T03:00:00.000Z');

const p50 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.ceil(ms.length / 2) - 1] as number;
async function timed(f: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await f();
    times.push(performance.now() - start);
  }
  return times;
}

interface Row { readonly db: string; readonly insertS: number; readonly count: number; readonly stats: number; readonly statsMax: number; readonly requests: number | string }

const year = generateYear({ seed: 2026, cases: CASES, targets: TARGETS, referrals: 3_000, start: '2026-01-01T00:00:00.000Z', days: 365 });
const removedShare = year.targets.filter((t) => t.removed_at).length / year.targets.length;
const rows: Row[] = [];
for (const testDb of TEST_DATABASES) {
  if (!testDb.available) {
    console.warn(`${testDb.name} is not available: skipped`);
    continue;
  }
  const { database, drop } = await testDb.create();
  const db = createDb(database);
  try {
    await migrateToLatest(db);
    const insertStart = performance.now();
    await insertYear(db.kysely, year);
    const insertS = (performance.now() - insertStart) / 1000;
    if (database.dialect === 'postgres') await sql`analyze`.execute(db.kysely);
    let requests: number | string = 0;
    const count = await timed(() => sql`select count(*) from case_targets`.execute(db.kysely));
    const stats = await timed(async () => {
      requests = (await computeStats(db.kysely, { from: '2026-01-01', to: '2026-12-31' }, NOW)).requests.total;
    });
    rows.push({ db: testDb.name, insertS, count: p50(count), stats: p50(stats), statsMax: Math.max(...stats), requests });
    console.log(`${testDb.name}: count(*) p50 ${p50(count).toFixed(1)} ms, computeStats p50 ${p50(stats).toFixed(0)} ms (max ${Math.max(...stats).toFixed(0)} ms), ${String(requests)} requests counted`);
  } finally {
    await db.close();
    await drop();
  }
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
writeBenchmarkSection('## Figures (statistics)', `## Figures (statistics)

\`npm run bench:stats -w @jikim/bench\` (bench/stats.bench.ts): a generated year of ${CASES.toLocaleString('en')} cases and
${TARGETS.toLocaleString('en')} deletion-request targets (30 operators with very unequal shares, 6 site types, ${Math.round(removedShare * 100)} % with a
removal) and 3,000 referrals, inserted straight into the tables; \`computeStats\` for the whole year (every
figure of the statistics page: SQL group-by counts, and the removal days of every removed target for the
median and p90) beside a plain \`select count(*) from case_targets\` in the same run. p50 of ${RUNS} runs; goal
under 2 s. ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} when
it ended (other work shared the machine). A covering index on the columns the figures read
(case_targets_figures, migration 2026-12-07) keeps SQLite from looking up every row: over 5 s without it. SQLite answers a bare count(*) by
walking its smallest index, hence well under a millisecond.

| Database | count(*) p50 | computeStats p50 | computeStats slowest | requests counted | insert of the year |
|---|---|---|---|---|---|
${rows.map((r) => `| ${r.db === 'sqlite' ? 'SQLite (file)' : 'PostgreSQL'} | ${ms(r.count)} ms | ${ms(r.stats)} ms | ${ms(r.statsMax)} ms | ${String(r.requests)} | ${r.insertS.toFixed(1)} s |`).join('\n')}
`);
