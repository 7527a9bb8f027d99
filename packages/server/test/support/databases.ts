/**
 * Every database test runs on both dialects: a fresh SQLite file and a fresh PostgreSQL database
 * that the test creates and drops. PostgreSQL may be absent on a user's machine (skip loudly),
 * never under CI=true (fail).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../../src/config.js';

export const PG_ADMIN_URL = process.env.JIKIM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  readonly name: 'sqlite' | 'postgres';
  readonly available: boolean;
  create(): Promise<{ database: Config['database']; drop(): Promise<void> }>;
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const pgAvailable = await postgresReachable();
if (!pgAvailable) {
  if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI=true but ${PG_ADMIN_URL} is unreachable`);
  console.warn(`\n!!! PostgreSQL at ${PG_ADMIN_URL} is unreachable: the PostgreSQL leg of the tests is SKIPPED !!!\n`);
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const TEST_DATABASES: readonly TestDatabase[] = [
  {
    name: 'sqlite',
    available: true,
    create: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-test-'));
      return {
        database: { dialect: 'sqlite', file: path.join(dir, 'jikim.sqlite') },
        drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'postgres',
    available: pgAvailable,
    create: async () => {
      const name = `jikim_test_${randomBytes(6).toString('hex')}`;
      await admin(`create database ${name}`);
      const url = new URL(PG_ADMIN_URL);
      url.pathname = `/${name}`;
      return {
        database: { dialect: 'postgres', url: url.toString() },
        drop: () => admin(`drop database if exists ${name} with (force)`),
      };
    },
  },
];
