import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, loadConfig, migrate, type Config } from '@jikim/server';
import { keyCommand } from '../src/commands/key.js';
import { jikim } from './run-jikim.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

describe('jikim key', () => {
  let dir: string;
  let config: Config;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-key-'));
    config = loadConfig({ DATA_DIR: dir, JIKIM_MASTER_KEY_FILE: path.join(dir, 'keys', 'master.key') });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('asks for migrations first, makes the key once, then rotates it with an audit row', async () => {
    const first = io();
    expect(await keyCommand(['init'], first.io, config)).toBe(1);
    expect(first.err.join('')).toMatch(/run `jikim migrate` first/);

    await migrate(config);
    const init = io();
    expect(await keyCommand(['init'], init.io, config)).toBe(0);
    expect(init.out.join('')).toBe(`Created the master key at ${config.masterKeyFile}. Back it up apart from the database: without it the evidence cannot be read.\n`);
    expect(fs.statSync(config.masterKeyFile).mode & 0o777).toBe(0o600);
    const again = io();
    expect(await keyCommand(['init'], again.io, config)).toBe(0);
    expect(again.out.join('')).toMatch(/already in place .* \(key epoch 1\)/);

    const rotate = io();
    expect(await keyCommand(['rotate'], rotate.io, config)).toBe(0);
    expect(rotate.out.join('')).toMatch(/^Rotated the master key: key epoch 1 → 2, 0 data keys re-wrapped/);
    expect(fs.readFileSync(config.masterKeyFile, 'utf8')).toMatch(/^jikim-master-key\/1 2 /);
    const db = createDb(config.database);
    try {
      const rows = await db.kysely.selectFrom('audit_log').select(['actor_kind', 'action']).execute();
      expect(rows).toEqual([{ actor_kind: 'cli', action: 'key.rotate' }]);
    } finally {
      await db.close();
    }
  });

  it('refuses to rotate without a key, naming the variable, and explains its usage', async () => {
    await migrate(config);
    await expect(keyCommand(['rotate'], io().io, config)).rejects.toThrow(/JIKIM_MASTER_KEY_FILE: there is no master key/);
    const help = io();
    expect(await keyCommand([], help.io, config)).toBe(2);
    expect(help.out.join('')).toMatch(/^Usage: jikim key init/);
    const unknown = await jikim('key', 'destroy');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^jikim key: unknown subcommand destroy\n\nUsage: jikim key init/);
  });
});
