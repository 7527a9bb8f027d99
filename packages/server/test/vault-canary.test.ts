/**
 * A canary written through every sealed field, keyed hash and blob path must be found in no byte
 * the server leaves behind: database file and WAL (or PostgreSQL's rows, data directory and WAL),
 * blob directory, temp files made meanwhile, logs and anything printed.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseBlobs } from '../src/blobs/case-blobs.js';
import { caseRepository } from '../src/cases/case.repository.js';
import { createKeyedHash } from '../src/vault/keyed-hash.js';
import { TEST_DATABASES } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

function filesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // removed meanwhile by another test
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push(full);
    }
  };
  if (fs.statSync(root, { throwIfNoEntry: false })?.isDirectory()) walk(root);
  else if (fs.existsSync(root)) found.push(root);
  return found;
}

/** Files (under `roots`) whose bytes hold the canary in UTF-8 or UTF-16. */
function filesHolding(canary: string, roots: readonly string[]): string[] {
  const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')];
  return roots.flatMap(filesUnder).filter((file) => {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return false;
    }
    return needles.some((needle) => bytes.includes(needle));
  });
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`canary on ${testDb.name}`, () => {
    const canary = `CANARY-${randomBytes(8).toString('hex')}-피해자`;
    let t: TestApp | undefined;
    let logs = '';
    let printed = '';
    let tmpBefore: Set<string>;
    const writes = { out: process.stdout.write, err: process.stderr.write };
    beforeEach(async () => {
      tmpBefore = new Set(fs.readdirSync(os.tmpdir()));
      const capture = (stream: 'out' | 'err') => function write(this: NodeJS.WriteStream, chunk: string | Uint8Array, ...rest: never[]) {
        printed += Buffer.from(chunk).toString('utf8');
        return (writes[stream] as (c: string | Uint8Array, ...r: never[]) => boolean).call(this, chunk, ...rest);
      };
      process.stdout.write = capture('out') as typeof process.stdout.write;
      process.stderr.write = capture('err') as typeof process.stderr.write;
      t = await createTestApp(testDb, { LOG_LEVEL: 'trace' }, undefined, { write: (line) => void (logs += line) });
    });
    afterEach(async () => {
      process.stdout.write = writes.out;
      process.stderr.write = writes.err;
      await t?.close();
    });

    it('is found nowhere at rest', async () => {
      const current = t;
      if (!current) throw new Error('no app');
      const { app, db, config } = current;
      const kysely = db.kysely;
      const caseId = (await caseRepository(kysely).create({ openedBy: 'victim_request' })).id;
      const stored: Record<string, string> = {
        'canary.case-field': await app.vault.sealCaseField(caseId, canary, 'note'),
        'canary.system-field': await app.vault.sealSystemField(canary, 'staff.name'),
        'canary.url-hash': await createKeyedHash(app.vault).url(`https://example.com/v/${encodeURIComponent(canary)}?${canary}`),
        'canary.address-hash': await createKeyedHash(app.vault).of('login', canary),
      };
      for (const [key, value] of Object.entries(stored)) await kysely.insertInto('app_meta').values({ key, value }).execute();
      // A control written in clear: the byte search must find it, or it proves nothing.
      const control = `CONTROL-${randomBytes(8).toString('hex')}`;
      await kysely.insertInto('app_meta').values({ key: 'control', value: control }).execute();

      const evidence = Buffer.from(`${canary}\n`.repeat(10_000));
      const blobs = caseBlobs({ db: kysely, vault: app.vault, store: app.blobs });
      const blob = await blobs.store(caseId, [evidence]);
      const upload = await app.blobs.begin(caseId);
      await app.blobs.append(caseId, upload.id, [evidence.subarray(0, 100_000)]);
      const unfinished = await app.blobs.begin(caseId);
      await app.blobs.append(caseId, unfinished.id, [evidence]);
      await app.blobs.finish(caseId, upload.id);
      async function* aborted() {
        yield evidence;
        throw new Error('aborted');
      }
      await expect(app.blobs.put(caseId, aborted())).rejects.toThrow('aborted');
      await app.inject({ method: 'GET', url: `/api/nothing?q=${encodeURIComponent(canary)}` });

      // What was written still opens, so the canary really went through.
      expect(await app.vault.openCaseField(caseId, stored['canary.case-field'] ?? '', 'note')).toBe(canary);
      expect(await app.vault.openSystemField(stored['canary.system-field'] ?? '', 'staff.name')).toBe(canary);
      let read = '';
      for await (const chunk of await blobs.read(caseId, blob.id)) read += (chunk as Buffer).toString();
      expect(read).toBe(evidence.toString());

      // Every column of every table, as text.
      const tables = testDb.name === 'sqlite'
        ? (await kysely.selectFrom('sqlite_master' as never).select('name' as never).where('type' as never, '=', 'table' as never).execute() as { name: string }[]).map((r) => r.name)
        : (await (await pgPool(current)).query<{ name: string }>("select table_schema || '.' || table_name as name from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')")).rows.map((r) => r.name);
      expect(tables).toEqual(expect.arrayContaining(['cases', 'data_keys', 'blobs'].map((name) => (testDb.name === 'sqlite' ? name : `public.${name}`))));
      for (const table of tables) {
        const rows = testDb.name === 'sqlite'
          ? (await kysely.selectFrom(table as never).selectAll().execute())
          : (await (await pgPool(current)).query(`select t::text as row from ${table} t`)).rows;
        expect(JSON.stringify(rows), table).not.toContain(canary);
      }

      const roots = [config.blobDir];
      if (config.database.dialect === 'sqlite') {
        const file = config.database.file;
        expect(fs.existsSync(`${file}-wal`)).toBe(true);
        roots.push(file, `${file}-wal`, `${file}-shm`);
      } else {
        roots.push(...await postgresFiles(current));
      }
      expect(filesHolding(canary, roots)).toEqual([]);
      expect(filesHolding(control, roots).length).toBeGreaterThan(0);
      // Blob files exist and hold the evidence: the search would have found it in plaintext.
      expect(filesUnder(config.blobDir).length).toBe(3);

      const tmpNew = fs.readdirSync(os.tmpdir()).filter((name) => !tmpBefore.has(name)).map((name) => path.join(os.tmpdir(), name));
      expect(filesHolding(canary, tmpNew)).toEqual([]);
      expect(logs.length).toBeGreaterThan(0);
      expect(logs).not.toContain(canary);
      expect(logs).not.toContain(encodeURIComponent(canary));
      expect(printed).not.toContain(canary);
    }, 60_000);
  });
}

const pools = new WeakMap<TestApp, pg.Pool>();
async function pgPool(t: TestApp): Promise<pg.Pool> {
  let pool = pools.get(t);
  if (!pool) {
    if (t.config.database.dialect !== 'postgres') throw new Error('not postgres');
    pool = new pg.Pool({ connectionString: t.config.database.url, max: 1 });
    pools.set(t, pool);
    const close = t.close;
    (t as { close: () => Promise<void> }).close = async () => {
      await pool?.end();
      await close();
    };
  }
  return pool;
}

/**
 * The test database's own files and the WAL, after a checkpoint, when this process may read
 * PostgreSQL's data directory (as root on the test machines); otherwise the rows alone are checked.
 */
async function postgresFiles(t: TestApp): Promise<string[]> {
  const pool = await pgPool(t);
  await pool.query('checkpoint');
  const dataDir = (await pool.query<{ data_directory: string }>('show data_directory')).rows[0]?.data_directory ?? '';
  const oid = (await pool.query<{ oid: string }>('select oid::text from pg_database where datname = current_database()')).rows[0]?.oid ?? '';
  try {
    fs.accessSync(path.join(dataDir, 'base', oid), fs.constants.R_OK);
  } catch {
    console.warn('PostgreSQL data directory not readable: only rows are searched for the canary');
    return [];
  }
  const files = [path.join(dataDir, 'base', oid), path.join(dataDir, 'pg_wal')];
  expect(filesUnder(files[0] ?? '').length).toBeGreaterThan(10);
  return files;
}
