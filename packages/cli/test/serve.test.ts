import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/jikim.js');

function run(env: Record<string, string>, args: string[] = ['serve']) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('jikim serve', () => {
  it('migrates, makes the master key (saying where, once), prints the URL, serves, and exits cleanly on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-cli-'));
    const server = run({ PORT: '0', DATA_DIR: dataDir });
    const url = await new Promise<string>((resolve, reject) => {
      server.child.stdout.on('data', () => {
        const match = /\nJikim is running at (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(server.out());
        if (match?.[1]) resolve(match[1]);
      });
      void server.exited.then(() => reject(new Error(`exited early: ${server.err()}`)));
    });
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(fs.existsSync(path.join(dataDir, 'jikim.sqlite'))).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.out().trim().split('\n')).toEqual([
      `Created the master key at ${path.join(dataDir, 'master.key')}. Back it up apart from the database: without it the evidence cannot be read.`,
      expect.stringMatching(/^Jikim is running at /),
    ]);
    expect(fs.statSync(path.join(dataDir, 'master.key')).mode & 0o777).toBe(0o600);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to start on a bad setting, naming the variable', async () => {
    const server = run({ PORT: 'eighty' });
    expect(await server.exited).toBe(78);
    expect(server.err()).toMatch(/^Invalid configuration:\n {2}- PORT: /);
    expect(server.err()).not.toMatch(/\n\s+at /);
  });

  it('prints usage for an unknown command', async () => {
    const cli = run({}, ['frobnicate']);
    expect(await cli.exited).toBe(2);
    expect(cli.err()).toContain('Unknown command: frobnicate');
  });
});
