/**
 * `jikim stats` against a configured database with a few cases and targets (SQLite and
 * PostgreSQL): --json parses and equals the console route's answer for the same period; the plain
 * table names each figure; bad input exits 2 with a clear message. One run through the installed
 * command, configured by the environment (DATA_DIR / DATABASE_URL).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { statsSchema } from '@jikim/contracts';
import { loadConfig, type Config } from '@jikim/server';
import { describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import { statsCommand } from '../src/commands/stats.js';
import { TEST_DATABASES } from '../../server/test/support/databases.js';
import { createStaffTestApp } from '../../server/test/support/staff-app.js';
import { generateYear, insertYear } from '../../server/test/stats-year.js';

const bin = path.resolve(import.meta.dirname, '../bin/jikim.js');
const NOW = new Date('2026-12-20T05:00:00Z');

async function capture(f: (io: { out(t: string): void; err(t: string): void }) => Promise<number>) {
  let out = '';
  let err = '';
  const code = await f({ out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('jikim stats: bad input', () => {
  it.each([
    [['--to', '2026-12-31'], /--from and --to are required/],
    [['--from', '2026-02-30', '--to', '2026-12-31'], /--from must be a date as YYYY-MM-DD/],
    [['--from', '2026-12-31', '--to', '2026-01-01'], /--from must not be after --to/],
    [['--from', '2026-01-01', '--to', '2026-12-31', '--locale', 'fr'], /--locale must be ko or en/],
    [['--from', '2026-01-01', '--to', '2026-12-31', 'extra'], /unexpected argument extra/],
    [['--form', '2026-01-01'], /Unknown option '--form'/],
  ])('%j exits 2 saying why, with the usage', async (args, message) => {
    const result = await capture((io) => run(['stats', ...args], io));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('Usage: jikim stats --from YYYY-MM-DD');
    expect(result.out).toBe('');
  });
});

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`jikim stats on ${testDb.name}`, () => {
    it('prints the figures the console route answers, as JSON and as a table', async () => {
      const t = await createStaffTestApp(testDb, NOW);
      try {
        const admin = await t.person('admin');
        const year = generateYear({ seed: 3, cases: 30, targets: 120, referrals: 12, start: '2026-01-01T00:00:00.000Z', days: 330 });
        await insertYear(t.db.kysely, year);
        const config: Config = { ...loadConfig({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-stats-cli-')) }), database: t.config.database };

        const json = await capture((io) => statsCommand(['--from', '2026-01-01', '--to', '2026-12-31', '--locale', 'en', '--json'], io, config, NOW));
        expect(json).toMatchObject({ code: 0, err: '' });
        const fromCli = statsSchema.parse(JSON.parse(json.out));
        const route = await t.app.inject({ method: 'GET', url: '/api/console/v1/stats?from=2026-01-01&to=2026-12-31&locale=en', headers: { cookie: admin.cookie } });
        expect(route.statusCode).toBe(200);
        expect(fromCli).toEqual(route.json());
        expect(fromCli.cases.total).not.toBe(0);

        const plain = await capture((io) => statsCommand(['--from', '2026-01-01', '--to', '2026-12-31', '--locale', 'en'], io, config, NOW));
        expect(plain.code).toBe(0);
        expect(plain.out).toMatch(/^Figures for 2026-01-01 – 2026-12-31 \(Seoul days; counts below 5 shown as <5\)\n/);
        const line = (name: string) => plain.out.split('\n').find((l) => l.startsWith(`${name} `))?.trim().split(/\s{2,}/);
        expect(line('Cases (all)')).toEqual(['Cases (all)', String(fromCli.cases.total)]);
        expect(line('Deletion requests (all)')).toEqual(['Deletion requests (all)', String(fromCli.requests.total)]);
        const removed = fromCli.requests.byOutcome.find((r) => r.key === 'removed')?.count;
        expect(line('Removed')).toEqual(['Removed', String(removed)]);

        // The installed command, configured by the environment like the server.
        const env = {
          PATH: process.env.PATH ?? '',
          ...(t.config.database.dialect === 'postgres' ? { DATABASE_URL: t.config.database.url } : { DATA_DIR: path.dirname(t.config.database.file) }),
        };
        const child = spawn(process.execPath, [bin, 'stats', '--from', '2026-01-01', '--to', '2026-06-30', '--json'], { env });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => void (out += chunk.toString()));
        const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
        expect(code).toBe(0);
        const half = statsSchema.parse(JSON.parse(out));
        expect(half).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
        const halfRoute = await t.app.inject({ method: 'GET', url: '/api/console/v1/stats?from=2026-01-01&to=2026-06-30', headers: { cookie: admin.cookie } });
        // The spawned command reads the real clock: outcomes may differ (no answer after 14 days), counts of cases may not.
        expect(half.cases).toEqual(halfRoute.json().cases);
        expect(half.requests.bySiteType).toEqual(halfRoute.json().requests.bySiteType);
      } finally {
        await t.close();
      }
    }, 90_000);
  });
}
