/** A Jikim server in a child process, and plain HTTP to it, for help-upload-kill.test.ts. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const child = path.join(import.meta.dirname, 'help-server-child.ts');

export function start(database: unknown, dir: string): Promise<{ proc: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, JSON.stringify(database), dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ proc, port: Number(port) });
    });
    proc.on('exit', () => reject(new Error(`server exited: ${stderr}`)));
  });
}

export function killed(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

/** One request; `body` is written piece by piece; `onWritten` may stop it (returns false). */
export function request(port: number, method: string, url: string, headers: Record<string, string>, body?: Iterable<Buffer>, onWritten?: (bytes: number) => boolean) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    void (async () => {
      let written = 0;
      for (const piece of body ?? []) {
        written += piece.length;
        if (!req.write(piece)) await new Promise((r) => req.once('drain', r));
        if (onWritten && !onWritten(written)) return;
      }
      req.end();
    })();
  });
}

export function* limited(source: Iterable<Buffer>, bytes: number): Generator<Buffer> {
  let left = bytes;
  for (const piece of source) {
    if (left <= 0) return;
    yield piece.subarray(0, left);
    left -= Math.min(piece.length, left);
  }
}

export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
