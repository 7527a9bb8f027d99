/**
 * The real server for the platform benchmarks: `jikim serve` (the CLI on the built server,
 * packages/server/dist) run by node directly, pinned to one CPU
 * (`taskset -c CPU`), on the environment given (DATA_DIR or DATABASE_URL, PORT,
 * MATCH_SNAPSHOT_FILE). `ready` resolves once `GET /api/platform/hma/status` answers I-AM-ALIVE
 * (the index loaded), with the milliseconds since the process was spawned.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
export const JIKIM = path.join(root, 'packages/cli/bin/jikim.js');

export interface BenchServer {
  readonly pid: number;
  readonly url: string;
  /** ms from spawn to the index answering I-AM-ALIVE. */
  readonly readyMs: number;
  rssBytes(): number;
  stop(): Promise<void>;
}

/** The site's files (the bench copies them once, so a web build beside it cannot pull them away). */
let SITE_DIR: string | null = null;
export const useSiteDir = (dir: string) => void (SITE_DIR = dir);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb) * 1024;
}

export async function startServer(options: { cpu: number; port: number; key: string; env: Record<string, string>; timeoutMs?: number }): Promise<BenchServer> {
  const started = performance.now();
  const child: ChildProcess = spawn('taskset', ['-c', String(options.cpu), process.execPath, JIKIM, 'serve'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(options.port), LOG_LEVEL: 'warn', ...(SITE_DIR ? { SITE_DIR } : {}), ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = started + (options.timeoutMs ?? 30 * 60_000);
  for (;;) {
    if (exited) throw new Error(`the server exited before it was ready: ${stderr}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the server was not ready in time');
    }
    try {
      const response = await fetch(`${url}/api/platform/hma/status`, { headers: { authorization: `Bearer ${options.key}` } });
      if (response.status === 200 && (await response.text()) === 'I-AM-ALIVE') break;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  const readyMs = performance.now() - started;
  const pid = child.pid ?? 0;
  return {
    pid,
    url,
    readyMs,
    rssBytes: () => rssOf(pid),
    async stop() {
      if (!exited) child.kill('SIGTERM');
      await exit;
    },
  };
}
