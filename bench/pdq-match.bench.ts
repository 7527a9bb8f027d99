/**
 * PDQ match index benchmark: for each size N, N random hashes plus 10,000 planted near-duplicates
 * (each at distance 0–31 from one of 10,000 query centres). Measures the bulk build (addMany), memory
 * per hash, query latency at radius 31 over a mix of planted-centre and random queries, recall
 * against brute force, and — in the same run — the brute-force scan as the baseline. Prints a
 * markdown table and writes the "## PDQ match index" section of BENCHMARKS.md (other sections kept).
 *
 * Run (from the repository root; --expose-gc lets it measure memory after a collection):
 *   NODE_OPTIONS="--max-old-space-size=4096 --expose-gc" npx tsx bench/pdq-match.bench.ts
 * Quick run:
 *   PDQ_BENCH_SIZES=100000 NODE_OPTIONS="--expose-gc" npx tsx bench/pdq-match.bench.ts
 *
 * Environment:
 *   PDQ_BENCH_SIZES    comma-separated N (default "1000000,10000000")
 *   PDQ_BENCH_QUERIES  timed queries per size, half planted centres, half random (default 2000)
 *   PDQ_BENCH_RUNS     timed passes over those queries; the median pass is reported (default 3)
 *   PDQ_BENCH_BRUTE    brute-force queries per size (default: as many as take ~10 s, 20–500)
 *   PDQ_BENCH_LAYOUTS  forced layouts to compare, "slotsxbits" comma-separated (default "16x16,11x22":
 *                      the HMA / FAISS-style split, and the leaner 11 × 22 bits; "" for none)
 *   PDQ_BENCH_SAVELOAD "0" skips timing save() / load() (both format versions)
 *   PDQ_BENCH_WRITE    "0" leaves BENCHMARKS.md alone
 */
import os from 'node:os';
import { bruteForceQuery, chooseLayout, MatchIndex, packHashes, type MatchResult } from '../packages/pdq/src/match-index/index.js';
import { ballSize } from '../packages/pdq/src/match-index/layout.js';
import { fillRandom, flipBits, randomHash, rng } from '../packages/pdq/src/match-index/test-data.js';
import { writeBenchmarkSection } from './benchmarks-file.js';

const SIZES = (process.env.PDQ_BENCH_SIZES ?? '1000000,10000000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const QUERIES = Number(process.env.PDQ_BENCH_QUERIES ?? 2000);
const RUNS = Math.max(1, Number(process.env.PDQ_BENCH_RUNS ?? 3));
const PLANTED = 10_000;
const RADIUS = 31;
const LAYOUTS = (process.env.PDQ_BENCH_LAYOUTS ?? '16x16,11x22').split(',').map((s) => s.trim()).filter(Boolean);
const SAVE_LOAD = process.env.PDQ_BENCH_SAVELOAD !== '0';
const WRITE = process.env.PDQ_BENCH_WRITE !== '0';
const GOALS = { p50: 2, p99: 10, bytes: 100, buildSeconds: 60, atN: 10_000_000 };

const gc = (globalThis as { gc?: () => void }).gc;
const say = (line: string) => process.stdout.write(`${line}\n`);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

interface Dataset {
  total: number;
  ids: Uint32Array;
  bytes: Uint8Array;
  queries: Uint8Array[];
  /** For planted-centre queries: the planted id and its distance; null for random queries. */
  planted: ({ id: number; distance: number } | null)[];
}

/** N random hashes with 10,000 near-duplicates planted at evenly spread ids. */
function makeDataset(n: number): Dataset {
  const next = rng(n);
  const total = n + PLANTED;
  const bytes = new Uint8Array(total * 32);
  fillRandom(next, bytes);
  const ids = new Uint32Array(total);
  for (let i = 0; i < total; i += 1) ids[i] = i;
  const stride = Math.floor(total / PLANTED);
  const centres: Uint8Array[] = [];
  const plantedAt: { id: number; distance: number }[] = [];
  for (let p = 0; p < PLANTED; p += 1) {
    const centre = randomHash(next);
    const distance = p % 32;
    const id = p * stride;
    bytes.set(flipBits(centre, distance, next), id * 32);
    centres.push(centre);
    plantedAt.push({ id, distance });
  }
  const queries: Uint8Array[] = [];
  const planted: Dataset['planted'] = [];
  const half = Math.floor(QUERIES / 2);
  for (let i = 0; i < QUERIES; i += 1) {
    // Alternate planted centres (spread over all 10,000, so all distances 0–31) and random hashes.
    if (i % 2 === 0 && i / 2 < half) {
      const p = Math.floor(((i / 2) * PLANTED) / half);
      queries.push(centres[p] ?? randomHash(next));
      planted.push(plantedAt[p] ?? null);
    } else {
      queries.push(randomHash(next));
      planted.push(null);
    }
  }
  return { total, ids, bytes, queries, planted };
}

interface Row {
  n: number;
  total: number;
  layout: string;
  buildSeconds: number;
  indexBytes: number;
  deltaArrayBuffers: number;
  deltaHeap: number;
  p50: number;
  p99: number;
  worstP99: number;
  p50Planted: number;
  p50Random: number;
  plantedFound: number;
  plantedTotal: number;
  /** p50 at other radii (auto layout only). */
  radii?: { radius: number; p50: number; p99: number }[];
  brute?: { count: number; p50: number; p99: number; identical: number; matches: number; found: number };
  saveSeconds?: number;
  loadSeconds?: number;
  savedBytes?: number;
  saveV1Seconds?: number;
  loadV1Seconds?: number;
  savedV1Bytes?: number;
}

function memory(): NodeJS.MemoryUsage {
  gc?.();
  gc?.();
  return process.memoryUsage();
}

function measure(n: number, data: Dataset, layout: string): { row: Row; index: MatchIndex } {
  const options = layout === 'auto' ? {} : { layout: { slots: Number(layout.split('x')[0]), bits: Number(layout.split('x')[1]) } };
  const before = memory();
  const t0 = performance.now();
  const index = new MatchIndex(options);
  index.addMany(data.ids, data.bytes);
  const buildSeconds = (performance.now() - t0) / 1000;
  const after = memory();
  const { segments } = index.describe();
  const name = segments.map((s) => (s.slots ? `${s.slots}×${s.bits} bits` : 'scan')).join(' + ');

  for (let i = 0; i < Math.min(300, data.queries.length); i += 1) index.query(data.queries[i] ?? new Uint8Array(32));
  // RUNS passes over the same queries; percentiles are taken per pass and the median pass reported
  // (as the page-load benchmark does), with the worst pass's p99 kept for the record.
  const passes: { p50: number; p99: number; p50Planted: number; p50Random: number }[] = [];
  let plantedFound = 0;
  let plantedTotal = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const all: number[] = [];
    const planted: number[] = [];
    const random: number[] = [];
    data.queries.forEach((q, i) => {
      const s = performance.now();
      const hits = index.query(q, RADIUS);
      const t = performance.now() - s;
      all.push(t);
      const want = data.planted[i];
      if (want) {
        planted.push(t);
        if (run === 0) {
          plantedTotal += 1;
          if (hits.some((h) => h.id === want.id && h.distance === want.distance)) plantedFound += 1;
        }
      } else {
        random.push(t);
      }
    });
    for (const a of [all, planted, random]) a.sort((x, y) => x - y);
    passes.push({ p50: quantile(all, 0.5), p99: quantile(all, 0.99), p50Planted: quantile(planted, 0.5), p50Random: quantile(random, 0.5) });
  }
  const median = [...passes].sort((a, b) => a.p99 - b.p99)[Math.floor(passes.length / 2)] ?? passes[0];
  const worstP99 = Math.max(...passes.map((p) => p.p99));
  return {
    index,
    row: {
      n,
      total: data.total,
      layout: layout === 'auto' ? `auto: ${name}` : `forced: ${name}`,
      buildSeconds,
      indexBytes: index.byteLength,
      deltaArrayBuffers: after.arrayBuffers - before.arrayBuffers,
      deltaHeap: after.heapUsed - before.heapUsed,
      p50: median?.p50 ?? Number.NaN,
      p99: median?.p99 ?? Number.NaN,
      worstP99,
      p50Planted: median?.p50Planted ?? Number.NaN,
      p50Random: median?.p50Random ?? Number.NaN,
      plantedFound,
      plantedTotal,
    },
  };
}

/** Brute force over the same data: the baseline's latency, and the index's answers checked against it. */
function bruteForce(data: Dataset, index: MatchIndex): NonNullable<Row['brute']> {
  const count = Number(process.env.PDQ_BENCH_BRUTE ?? Math.max(20, Math.min(500, Math.round(6e8 / data.total))));
  const words = packHashes(data.bytes);
  const times: number[] = [];
  let identical = 0;
  let matches = 0;
  let found = 0;
  for (let k = 0; k < count; k += 1) {
    const q = data.queries[Math.floor((k * data.queries.length) / count)] ?? new Uint8Array(32);
    const s = performance.now();
    const hits = bruteForceQuery(words, data.total, q, RADIUS);
    times.push(performance.now() - s);
    const want: MatchResult[] = hits.map((h) => ({ id: data.ids[h.index] ?? -1, distance: h.distance }));
    want.sort((a, b) => a.distance - b.distance || a.id - b.id);
    const got = index.query(q, RADIUS);
    matches += want.length;
    found += want.filter((w) => got.some((g) => g.id === w.id && g.distance === w.distance)).length;
    if (JSON.stringify(got) === JSON.stringify(want)) identical += 1;
  }
  times.sort((a, b) => a - b);
  return { count, p50: quantile(times, 0.5), p99: quantile(times, 0.99), identical, matches, found };
}

/** Latency at radii other than 31, over 200 of the queries each (for the record: they are exact too). */
function otherRadii(data: Dataset, index: MatchIndex): NonNullable<Row['radii']> {
  return [0, 15, 40].map((radius) => {
    const times: number[] = [];
    for (const q of data.queries.slice(0, 200)) {
      const s = performance.now();
      index.query(q, radius);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    return { radius, p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
  });
}

function saveLoad(row: Row, data: Dataset, index: MatchIndex): void {
  for (const version of [2, 1] as const) {
    let s = performance.now();
    const bytes = index.save({ version });
    const saveSeconds = (performance.now() - s) / 1000;
    s = performance.now();
    const loaded = MatchIndex.load(bytes);
    const loadSeconds = (performance.now() - s) / 1000;
    for (const q of data.queries.slice(0, 50)) {
      if (JSON.stringify(loaded.query(q)) !== JSON.stringify(index.query(q))) throw new Error(`a loaded index (version ${version}) answered differently`);
    }
    if (version === 2) Object.assign(row, { saveSeconds, loadSeconds, savedBytes: bytes.length });
    else Object.assign(row, { saveV1Seconds: saveSeconds, loadV1Seconds: loadSeconds, savedV1Bytes: bytes.length });
  }
}

const loadBefore = os.loadavg();
const startedAt = new Date();
say(`PDQ match index benchmark: sizes ${SIZES.join(', ')}; ${QUERIES} queries at r=${RADIUS}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
if (!gc) say('(run with NODE_OPTIONS=--expose-gc for memory deltas after a collection)');
const rows: Row[] = [];
for (const n of SIZES) {
  const data = makeDataset(n);
  say(`\nN = ${n.toLocaleString('en')} (+${PLANTED.toLocaleString('en')} planted = ${data.total.toLocaleString('en')} stored)`);
  for (const layout of ['auto', ...LAYOUTS]) {
    const measured = measure(n, data, layout);
    const { row, index } = measured;
    say(`  ${row.layout}: build ${row.buildSeconds.toFixed(1)} s, ${(row.indexBytes / row.total).toFixed(1)} B/hash, p50 ${ms(row.p50)} ms, p99 ${ms(row.p99)} ms (worst pass ${ms(row.worstP99)}), planted ${row.plantedFound}/${row.plantedTotal}`);
    if (layout === 'auto') {
      row.brute = bruteForce(data, index);
      say(`  brute force: p50 ${ms(row.brute.p50)} ms, p99 ${ms(row.brute.p99)} ms over ${row.brute.count} queries; index identical on ${row.brute.identical}/${row.brute.count}, recall ${row.brute.found}/${row.brute.matches}`);
      row.radii = otherRadii(data, index);
      say(`  other radii: ${row.radii.map((r) => `r=${r.radius} p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms`).join('; ')}`);
      if (SAVE_LOAD) {
        saveLoad(row, data, index);
        say(`  save ${row.saveSeconds?.toFixed(1)} s (${((row.savedBytes ?? 0) / 2 ** 20).toFixed(0)} MiB), load ${row.loadSeconds?.toFixed(1)} s`);
      }
    }
    rows.push(row);
  }
}
const loadAfter = os.loadavg();

// ---- Report ------------------------------------------------------------------------------------
const perHash = (bytes: number, total: number) => (bytes / total).toFixed(1);
const recallOf = (r: Row) => {
  const found = r.plantedFound + (r.brute?.found ?? 0);
  const total = r.plantedTotal + (r.brute?.matches ?? 0);
  return total === found ? '100 %' : `${((100 * found) / total).toFixed(2)} %`;
};
const table = [
  '| N stored | Layout | Build (addMany) | Index B/hash (own count) | Process Δ B/hash (array buffers + heap) | Query p50 | Query p99 (worst pass) | p50 planted / random | Recall | Brute force p50 / p99 (same run) |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.total.toLocaleString('en')} | ${r.layout} | ${r.buildSeconds.toFixed(1)} s | ${perHash(r.indexBytes, r.total)} | ${perHash(r.deltaArrayBuffers, r.total)} ${r.deltaHeap < 0 ? '−' : '+'} ${perHash(Math.abs(r.deltaHeap), r.total)} | ${ms(r.p50)} ms | ${ms(r.p99)} ms (${ms(r.worstP99)}) | ${ms(r.p50Planted)} / ${ms(r.p50Random)} ms | ${recallOf(r)}${r.brute ? ` (${r.brute.identical}/${r.brute.count} identical to brute force)` : ''} | ${r.brute ? `${ms(r.brute.p50)} / ${ms(r.brute.p99)} ms (${r.brute.count} queries)` : '—'} |`),
].join('\n');
say(`\n${table}`);

const atGoal = rows.find((r) => r.n === GOALS.atN && r.layout.startsWith('auto'));
let verdict: string;
if (atGoal) {
  const bytes = atGoal.indexBytes / atGoal.total;
  const checks = [
    [`p50 ${ms(atGoal.p50)} ms ≤ ${GOALS.p50} ms`, atGoal.p50 <= GOALS.p50],
    [`p99 ${ms(atGoal.p99)} ms ≤ ${GOALS.p99} ms (worst pass ${ms(atGoal.worstP99)} ms)`, atGoal.p99 <= GOALS.p99],
    [`recall ${recallOf(atGoal)}`, recallOf(atGoal) === '100 %' && atGoal.brute?.identical === atGoal.brute?.count],
    [`${bytes.toFixed(1)} bytes/hash ≤ ${GOALS.bytes}`, bytes <= GOALS.bytes],
    [`build ${atGoal.buildSeconds.toFixed(1)} s ≤ ${GOALS.buildSeconds} s`, atGoal.buildSeconds <= GOALS.buildSeconds],
  ] as const;
  verdict = `Goals at 10M: ${checks.map(([text, ok]) => `${text} ${ok ? '(met)' : '(**MISSED**)'}`).join('; ')}.`;
} else {
  verdict = 'Goals are stated at 10M hashes; this run did not include N = 10,000,000.';
}
const radiiLines = rows
  .filter((r) => r.radii)
  .map((r) => `- ${r.total.toLocaleString('en')} stored: ${(r.radii ?? []).map((x) => `r = ${x.radius}: p50 ${ms(x.p50)} ms, p99 ${ms(x.p99)} ms`).join('; ')}.`)
  .join('\n');
const saveLoadLines = rows
  .filter((r) => r.saveSeconds !== undefined)
  .map((r) => `- ${r.total.toLocaleString('en')} stored: save ${r.saveSeconds?.toFixed(1)} s (${((r.savedBytes ?? 0) / 2 ** 20).toFixed(0)} MiB), load ${r.loadSeconds?.toFixed(2)} s;`
    + ` version 1: save ${r.saveV1Seconds?.toFixed(1)} s (${((r.savedV1Bytes ?? 0) / 2 ** 20).toFixed(0)} MiB), load (checksum + rebuild) ${r.loadV1Seconds?.toFixed(1)} s.`)
  .join('\n');

const layoutLines = SIZES.map((n) => {
  const total = n + PLANTED;
  const describe = (slots: number, bits: number) => {
    const lookups = slots * ballSize(bits, Math.floor(RADIUS / slots));
    return `${slots} × ${bits} bits: ${lookups.toLocaleString('en')} bucket lookups, ~${Math.round((lookups * total) / 2 ** bits).toLocaleString('en')} candidates`;
  };
  const auto = chooseLayout(total, RADIUS);
  return `- N = ${total.toLocaleString('en')}: chosen ${auto ? describe(auto.slots, auto.bits) : 'scan'}; HMA-style ${describe(16, 16)}.`;
}).join('\n');

const section = `## PDQ match index

Measured ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`bench/pdq-match.bench.ts\`
(\`NODE_OPTIONS="--max-old-space-size=4096 --expose-gc" npx tsx bench/pdq-match.bench.ts\`, sizes ${SIZES.join(', ')}),
Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, one thread.
Conditions: a shared virtual machine; load average ${loadBefore.map((l) => l.toFixed(1)).join(' / ')} at the start and ${loadAfter.map((l) => l.toFixed(1)).join(' / ')} at the end
(other processes were competing for the 2 cores, so tail latencies are pessimistic).

Data: N uniformly random 256-bit hashes plus 10,000 planted near-duplicates, each exactly 0–31 bits from one of
10,000 query centres. Queries at radius ${RADIUS}: ${QUERIES} (half planted centres spread over all distances, half random hashes),
timed in ${RUNS} passes after 300 warm-up queries; p50 and p99 are those of the median pass (by p99), with the worst pass's
p99 in brackets. Recall: every planted near-duplicate must be found at its exact distance, and on the
brute-force queries the index's answer must equal the scan's (ids, distances and order). "Index B/hash" is the index's own
count of its typed arrays (hash 32 B, id 4 B, postings 4 B per slot, bucket tables); "Process Δ" is the change in
\`process.memoryUsage()\` across the build after a forced collection. Baseline in the same run: \`bruteForceQuery\`, a
plain-JavaScript linear scan (SWAR popcount, early exit after 128 bits).

Anchors: brute force at memory speed (native popcount or WebAssembly) takes 33–41 ms per query at 10M; Meta's HMA reports
about 32 ms per query on a 10M-hash FAISS index. Goals at 10M: p50 ≤ 2 ms, p99 ≤ 10 ms, 100 % recall, ≤ 100 bytes per hash,
build ≤ 60 s.

${table}

${verdict}

Other radii (auto layout, 200 of the same queries each):
${radiiLines}
${saveLoadLines ? `\nSave / load (format version 2 holds the built tables, so load checks a CRC-32 and the tables' structure and wraps them; version 1 holds ids and hashes, and load rebuilds; \`bench/pdq-snapshot.bench.ts\` also times the server's start from its snapshot):\n${saveLoadLines}\n` : ''}
Design (see \`packages/pdq/src/match-index/\`): multi-index hashing (Norouzi et al.). The 256 bits are cut into m disjoint
substrings; two hashes within distance r agree within floor(r/m) bits on at least one, so probing every substring value
within that radius finds every match, and each candidate is verified with the full 256-bit distance. The layout is chosen
per segment by a cost model under the memory budget (100 bytes per hash by default). Per query at r = 31, modelled:
${layoutLines}
A random read of a hash costs ~100–200 ns here (TLB misses in a virtual machine), so the number of candidates decides.
The forced rows are the alternatives: 16 × 16 bits cannot fit 100 bytes per hash at any N (16 postings of 4 bytes plus
hash and id already make 100), and pays for ten times the candidates at 10M; at 1M it is a little faster, as are wider
tables, at more memory. 11 × 22 bits is what \`maxBytesPerHash: 90\` picks at 10M. Radii whose probe cost would exceed a
scan (or whose probe radius is over 4) scan instead — still exact.
`;

if (WRITE) {
  writeBenchmarkSection('## PDQ match index', section);
  say('\nWrote BENCHMARKS.md');
}
