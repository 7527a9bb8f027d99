/**
 * Server load for issue 12, on SQLite and on PostgreSQL, with autocannon against a real server in
 * its own process (case-server.ts): a static page (the baseline, same run), the console's case list
 * with 200 cases, the help-request intake (JSON with an on-device thumbnail, each with its own
 * solved proof of work), and the upload of a 20 MB file to a request (tus PATCH: sealed, hashed
 * and checked against the locker's SHA-256). p50/p99 latency, requests per second and errors.
 * Writes the "Server: help requests and the case list" section of BENCHMARKS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';
import { CASE_CODE_HEADER, CASE_PIN_HEADER } from '@jikim/contracts';
import { solveChallenge } from 'altcha-lib/v1';
import autocannon from 'autocannon';
import { writeBenchmarkSection } from './benchmarks-file.js';

const PORT = Number(process.env.BENCH_PORT ?? 8383);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const INTAKE_REQUESTS = Number(process.env.BENCH_INTAKE ?? 1000);
const UPLOADS = Number(process.env.BENCH_UPLOADS ?? 20);
const FILE_BYTES = 20 * 1024 * 1024;

interface Row { readonly what: string; readonly p50: number; readonly p99: number; readonly rps: number; readonly requests: number; readonly errors: number }

async function startServer(db: string): Promise<{ child: ChildProcess; cookie: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'case-server.ts'), db, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    if (!child.stdout) throw new Error('no stdout');
    readline.createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, cookie: (JSON.parse(line) as { cookie: string }).cookie };
}

async function run(what: string, options: autocannon.Options): Promise<Row> {
  const result = await autocannon({ connections: CONNECTIONS, ...options, url: `${BASE}${options.url ?? '/'}` });
  return {
    what,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function solvedPow(): Promise<string> {
  const challenge = await (await fetch(`${BASE}/api/help/v1/challenge`)).json() as { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  if (!solution) throw new Error('could not solve the challenge');
  return Buffer.from(JSON.stringify({ ...challenge, number: solution.number, took: solution.took })).toString('base64');
}

function requestBody(pow: string, file: { sha256: string; bytes: number }): string {
  const at = new Date().toISOString();
  return JSON.stringify({
    pow, locale: 'ko', situation: 'dissemination', message: '영상이 퍼지고 있어요. 도와주세요.',
    contact: { channels: ['sms'], phone: '010-1234-5678', safeHours: '평일 저녁', noVoicemail: true },
    items: [{
      item: {
        id: 'item-1', exhibitNumber: 1, kind: 'file', title: '영상', addedAt: at,
        file: { path: 'files/001-video.mp4', sha256: file.sha256, bytes: file.bytes, mediaType: 'video/mp4', originalName: 'video.mp4' },
        history: [{ at, action: 'added', summary: '추가함', actor: { kind: 'victim' } }],
      },
      thumbnail: { mediaType: 'image/jpeg', base64: Buffer.concat([Buffer.from('ffd8ffe000104a46494600', 'hex'), randomBytes(15_000)]).toString('base64') },
    }],
  });
}

async function measure(db: string, file: Uint8Array): Promise<Row[]> {
  const { child, cookie } = await startServer(db);
  try {
    const rows: Row[] = [];
    rows.push(await run('static page `/` (baseline)', { url: '/', duration: DURATION_S }));
    rows.push(await run('case list, 200 cases', { url: '/api/console/v1/cases?view=open', duration: DURATION_S, headers: { cookie } }));

    const digest = { sha256: sha256(file), bytes: file.length };
    const bodies: string[] = [];
    for (let i = 0; i < INTAKE_REQUESTS; i += 1) bodies.push(requestBody(await solvedPow(), digest));
    let next = 0;
    rows.push(await run('help request (JSON, 15 KB thumbnail)', {
      url: '/api/help/v1/requests', amount: INTAKE_REQUESTS, method: 'POST', headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
    }));

    // Uploads: each to its own request, created beforehand (creation is part of the intake above).
    const targets: { url: string; code: string; pin: string }[] = [];
    for (let i = 0; i < UPLOADS; i += 1) {
      const created = await fetch(`${BASE}/api/help/v1/requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(await solvedPow(), digest) });
      if (created.status !== 201) throw new Error(`help request refused: ${created.status} ${await created.text()}`);
      const answer = await created.json() as { caseCode: string; pin: string; uploadPath: string; uploads: { itemId: string }[] };
      const upload = await fetch(`${BASE}${answer.uploadPath}`, {
        method: 'POST',
        headers: {
          'tus-resumable': '1.0.0', 'upload-length': String(file.length),
          'upload-metadata': `itemId ${Buffer.from(answer.uploads[0]?.itemId ?? '').toString('base64')}`,
          [CASE_CODE_HEADER]: answer.caseCode, [CASE_PIN_HEADER]: answer.pin,
        },
      });
      const location = upload.headers.get('location');
      if (upload.status !== 201 || !location) throw new Error(`upload creation failed: ${upload.status}`);
      targets.push({ url: new URL(location, BASE).pathname, code: answer.caseCode, pin: answer.pin });
    }
    let upload = 0;
    rows.push(await run('20 MB file upload (tus PATCH, sealed + hashed)', {
      url: targets[0]?.url ?? '/', amount: UPLOADS, connections: 4, method: 'PATCH', timeout: 120,
      requests: [{
        setupRequest: (req) => {
          const target = targets[upload++ % targets.length];
          if (!target) throw new Error('no upload target');
          return {
            ...req, path: target.url, body: Buffer.from(file),
            headers: { 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', [CASE_CODE_HEADER]: target.code, [CASE_PIN_HEADER]: target.pin },
          };
        },
      }],
    }));
    return rows;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const file = randomBytes(FILE_BYTES);
const results: Record<string, Row[]> = {};
for (const db of ['sqlite', 'postgres']) {
  results[db] = await measure(db, file);
  console.table(results[db]);
}
const table = (rows: Row[]) => [
  '| What | p50 | p99 | req/s | requests | errors |', '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.what} | ${r.p50} ms | ${r.p99} ms | ${r.rps.toFixed(0)} | ${r.requests} | ${r.errors} |`),
].join('\n');
writeBenchmarkSection('## Server: help requests and the case list', `## Server: help requests and the case list

\`npm run bench:server -w @jikim/bench\` (bench/case-load.bench.ts): autocannon against a real server in its own
process on 127.0.0.1, ${CONNECTIONS} connections (4 for uploads), ${DURATION_S} s per GET; ${INTAKE_REQUESTS} help requests each
with its own solved proof of work; ${UPLOADS} uploads of a 20 MB file, each to its own request. The static page is the
baseline in the same run. Intake limits raised for the run (they are tested, not benchmarked). ${new Date().toISOString().slice(0, 10)}, ${process.platform} ${process.arch}, Node ${process.version}.

Each case-list request opens the 200 cases' sealed contact preferences (one key read for all), counts their items and
appends one audit row (hash-chained, fsynced); each help request seals its fields, stores the thumbnail as a sealed blob
(fsynced), spends its proof of work and counts its limits; each upload seals and hashes 20 MB and compares the digest.
Latency is measured under ${CONNECTIONS} concurrent clients on a 2-core machine; the server's work per request is clearer as
1000 ÷ req/s ms.

### SQLite

${table(results.sqlite ?? [])}

### PostgreSQL

${table(results.postgres ?? [])}
`);
