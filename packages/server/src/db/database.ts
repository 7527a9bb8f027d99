/**
 * One factory for both dialects: the embedded SQLite file (default) and PostgreSQL.
 * The same Kysely code and migrations serve both.
 */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Database } from './schema.js';

export type Dialect = Config['database']['dialect'];

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

/** Durability and privacy settings applied to every SQLite connection. */
export const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'secure_delete = ON',
  'foreign_keys = ON',
  'busy_timeout = 5000',
] as const;

export function openSqlite(file: string): SqliteDatabase.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const connection = new SqliteDatabase(file);
  for (const pragma of SQLITE_PRAGMAS) connection.pragma(pragma);
  return connection;
}

export function createDb(database: Config['database']): Db {
  if (database.dialect === 'sqlite') {
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: async () => openSqlite(database.file) }),
    });
    return { kysely, dialect: 'sqlite', close: () => kysely.destroy() };
  }
  const pool = new pg.Pool({ connectionString: database.url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process; the next query fails cleanly.
  pool.on('error', () => undefined);
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
}
