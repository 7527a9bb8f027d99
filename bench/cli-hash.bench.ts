/**
 * `jikim hash` (issue 14): how long it takes to start, and what each photo in a batch costs (decode
 * and hash), beside Meta's C++ reference `pdq-photo-hasher` built with in-process libjpeg, in the same
 * run. The reference is not part of the project: PDQ_REFERENCE_HASHER names its command (the path,
 * then any arguments, separated by spaces); without it the reference's rows say so. Writes the
 * "`jikim hash`: start-up and photos in a batch" section of BENCHMARKS.md. Needs a build (`npm run build`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeBenchmarkSection } from './benchmarks-file.js';

const HEADING = '## `jikim hash`: start-up and photos in a batch';
const STARTS = Number(process.env.CLI_HASH_STARTS ?? 21);
const BATCH_RUNS = Number(process.env.CLI_HASH_BATCH_RUNS ?? 5);
const REPEAT = Number(process.env.CLI_HASH_REPEAT ?? 4);

const root = path.resolve(import.meta.dirname, '..');
const vectors = path.resolve(root, '../shared/pdq-vectors/images');
const jikim = [process.execPath, path.join(root, 'packages/cli/bin/jikim.js'), 'hash'];
const reference = process.env.PDQ_REFERENCE_HASHER?.trim().split(/\s+/).filter(Boolean);
const clockTicks = Number(execFileSync('getconf', ['CLK_TCK']).toString()) || 100;

// The vectors' photographs, as JPEG: 1600×1004 photos and their edits, 4032×3024 phone photos, small
// crops. Not the CMYK file, which the reference cannot read.
const photos = fs.readdirSync(vectors, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.jpg') && !f.includes('CMYK')).sort().map((f) => path.join(vectors, f));
const batch = Array.from({ length: REPEAT }, () => photos).flat();
const small = path.join(vectors, 'bridge-mods/square-256x256.jpg');

/** Seconds of user and system CPU used by this process's finished children. */
function childCpuSeconds(): { user: number; sys: number } {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return { user: Number(fields[13]) / clockTicks, sys: Number(fields[14]) / clockTicks };
}

interface Sample { readonly wall: number; readonly cpu: number; readonly sys: number; readonly out: string }
function time(command: readonly string[]): Sample {
  const before = childCpuSeconds();
  const start = performance.now();
  const run = spawnSync(command[0] ?? '', command.slice(1), { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`${command.join(' ').slice(0, 200)} exited ${String(run.status)}: ${run.stderr.slice(0, 500)}`);
  const after = childCpuSeconds();
  return { wall, cpu: after.user + after.sys - before.user - before.sys, sys: after.sys - before.sys, out: run.stdout };
}
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

/** Runs the commands in turn, `runs` rounds, so that each sees the same load. */
function interleaved(commands: Record<string, readonly string[] | undefined>, runs: number): Record<string, Sample[]> {
  const samples: Record<string, Sample[]> = {};
  for (let round = 0; round < runs + 1; round += 1) {
    for (const [name, command] of Object.entries(commands)) {
      if (!command) continue;
      const sample = time(command);
      if (round > 0) (samples[name] ??= []).push(sample); // round 0 warms the file cache
    }
  }
  return samples;
}

const loadBefore = os.loadavg();
const starts = interleaved({
  node: [process.execPath, '-e', '0'],
  sharp: [process.execPath, '-e', "require('sharp')"],
  help: [...jikim, '--help'],
  one: [...jikim, small],
  refHelp: reference && [...reference, '--help'],
  refOne: reference && [...reference, small],
}, STARTS);
const batches = interleaved({ ours: [...jikim, ...batch], ref: reference && [...reference, ...batch] }, BATCH_RUNS);
const loadAfter = os.loadavg();

const wall = (name: string) => median((starts[name] ?? []).map((s) => s.wall));
/** Per photo, start-up taken out: (batch − one photo) / (photos − 1). */
const perPhoto = (name: string, one: string, key: 'wall' | 'cpu' | 'sys') =>
  (median((batches[name] ?? []).map((s) => s[key])) - median((starts[one] ?? []).map((s) => s[key]))) / (batch.length - 1);

const ms = (s: number) => (Number.isFinite(s) ? `${(s * 1000).toFixed(s < 0.1 ? 1 : 0)} ms` : '—');
const absent = 'not run: set PDQ_REFERENCE_HASHER';
const lines = (out: string | undefined) => (out ?? '').trim().split('\n').map((l) => l.split(',').slice(0, 2).join(','));
const ourLines = lines(batches['ours']?.[0]?.out);
const refLines = reference ? lines(batches['ref']?.[0]?.out) : [];
const same = refLines.filter((l, i) => l === ourLines[i]).length;
const oursWall = perPhoto('ours', 'one', 'wall');
const refWall = perPhoto('ref', 'refOne', 'wall');
const oursCpu = perPhoto('ours', 'one', 'cpu');
const refCpu = perPhoto('ref', 'refOne', 'cpu');
const oursSys = perPhoto('ours', 'one', 'sys');
const refSys = perPhoto('ref', 'refOne', 'sys');
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' / ');

const section = `${HEADING}

Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:cli-hash\` (\`bench/cli-hash.bench.ts\`), Node ${process.version},
${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}). Load average ${load(loadBefore)} at the start, ${load(loadAfter)} at the end
(other processes share the cores; every figure is worse when it is high). Each command is run in a fresh process, the commands taking turns.
Anchor: ${reference ? `Meta's \`pdq-photo-hasher\` (C++, CImg with in-process libjpeg), the command in PDQ_REFERENCE_HASHER` : `Meta's \`pdq-photo-hasher\` — **${absent}** (its path; build it from facebook/ThreatExchange \`pdq/cpp\` outside the repository, with CImg's libjpeg support)`}.

Start-up, median of ${STARTS} runs (wall clock, from spawning to exit):

| Command | Ours | Reference | Goal | Met |
|---|---|---|---|---|
| \`jikim hash --help\` | ${ms(wall('help'))} | ${reference ? ms(wall('refHelp')) : absent} | ≤ 250 ms | ${wall('help') <= 0.25 ? 'yes' : 'no'} |
| \`jikim hash\` one 256×256 JPEG | ${ms(wall('one'))} | ${reference ? ms(wall('refOne')) : absent} | ≤ 250 ms | ${wall('one') <= 0.25 ? 'yes' : 'no'} |
| baseline: \`node -e 0\` (Node's own start-up) | ${ms(wall('node'))} | | | |
| baseline: \`node -e "require('sharp')"\` (Node and sharp, the floor for hashing a file) | ${ms(wall('sharp'))} | | | |

Before (issue 14 filed 0.87 s; 0.23–0.37 s for both on this machine at light load, 2026-12-02): the CLI's entry loaded zod
through the evidence package's barrel for every command, and \`hash\` loaded sharp's ES module build, the whole media package
(video code included) and the evidence barrel before reading its arguments. Now \`--help\` loads the command alone, and a photo
adds sharp (its CommonJS build, about half the load time of its ES build); beyond Node and sharp, a one-photo run loads the PDQ
package and the image code, decodes, and hashes once before V8 has compiled the hash.

A batch of ${batch.length} photos (the vectors' ${photos.length} JPEGs ${REPEAT} times: 1600×1004 photos and their edits,
4032×3024 phone photos, crops from 34×42 to 512×512), median of ${BATCH_RUNS} runs, per photo with start-up taken out
((batch − one photo) ÷ ${batch.length - 1}). Ours decodes the next photo on sharp's thread while it hashes one, so it uses both
cores; the reference uses one. CPU is user + system time of the process: the cost per core.

| Per photo, decode + hash | Ours | Reference | Ours ÷ reference |
|---|---|---|---|
| Wall clock | ${ms(oursWall)} | ${reference ? ms(refWall) : absent} | ${reference ? (oursWall / refWall).toFixed(2) : '—'} |
| CPU (per core) | ${ms(oursCpu)} | ${reference ? ms(refCpu) : absent} | ${reference ? (oursCpu / refCpu).toFixed(2) : '—'} |
| of which system time | ${ms(oursSys)} | ${reference ? ms(refSys) : absent} | ${reference ? (oursSys / refSys).toFixed(2) : '—'} |

Per core ours costs more: sharp's decode into a fresh buffer for each photo (the system time is mostly the kernel
handing it new pages), and the hash in JavaScript (\`npm run bench:pdq\`). The wall-clock lead needs the second core
free: when other work holds it, ours approaches its CPU figure.

Goal: no slower than the reference per photo (wall clock): ${reference ? `**${oursWall <= refWall ? 'met' : 'not met'}**` : 'not measured here'}.
${reference ? `Hashes and qualities: ${same} of ${refLines.length} lines identical to the reference's.` : ''}
`;
writeBenchmarkSection(HEADING, section);
process.stdout.write(section);
