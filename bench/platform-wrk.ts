/**
 * `wrk` pinned to one CPU (`taskset -c CPU wrk -t1 -c8 -dDs --timeout 30s --latency`) with one of the platform
 * bench's Lua scripts, and what its report says: requests per second, p50 / p99 latency (from
 * `--latency`), requests, and errors (non-2xx answers, socket errors). A run with errors is reported
 * as such: a throttled or failing server is not a fast one. `keepRaw` keeps wrk's own report in a file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface WrkResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly errors: number;
  readonly raw: string;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function millis(text: string | undefined): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? '');
  return m ? Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? Number.NaN) : Number.NaN;
}

export function parseWrk(raw: string): WrkResult {
  const number = (re: RegExp) => Number(re.exec(raw)?.[1] ?? Number.NaN);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(raw);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: millis(/^\s+50%\s+(\S+)\s*$/m.exec(raw)?.[1]),
    p99Ms: millis(/^\s+99%\s+(\S+)\s*$/m.exec(raw)?.[1]),
    requests: number(/(\d+) requests in/),
    errors: (Number(/Non-2xx or 3xx responses: (\d+)/.exec(raw)?.[1] ?? 0)) + socketErrors,
    raw,
  };
}

export function runWrk(options: { cpu: number; url: string; script: string; args: readonly string[]; seconds: number; connections?: number; keepRaw?: string }): WrkResult {
  const argv = ['-c', String(options.cpu), 'wrk', '-t1', `-c${options.connections ?? 8}`, `-d${options.seconds}s`, '--timeout', '30s', '--latency',
    '-s', path.join(import.meta.dirname, options.script), options.url, '--', ...options.args];
  const run = spawnSync('taskset', argv, { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr}`);
  if (options.keepRaw) fs.writeFileSync(options.keepRaw, run.stdout);
  return parseWrk(run.stdout);
}
