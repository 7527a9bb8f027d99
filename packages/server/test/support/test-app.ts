import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { build } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createDb, type Db } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { newMasterKey, writeMasterKeyFile } from '../../src/vault/master-key-file.js';
import type { TestDatabase } from './databases.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly config: Config;
  close(): Promise<void>;
}

/** A built, migrated app on a fresh database; `register` may add test-only routes before ready. */
export async function createTestApp(
  testDb: TestDatabase,
  env: Record<string, string> = {},
  register?: (app: FastifyInstance) => void,
  logStream?: { write(line: string): void },
): Promise<TestApp> {
  const { database, drop } = await testDb.create();
  // The master key and blobs live in a directory of their own, made and removed with the app.
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-keys-'));
  writeMasterKeyFile(path.join(keyDir, 'master.key'), newMasterKey(1));
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent', JIKIM_MASTER_KEY_FILE: path.join(keyDir, 'master.key'), BLOB_DIR: path.join(keyDir, 'blobs'), ...env }),
    database,
  };
  const db = createDb(database);
  await migrateToLatest(db);
  const app = build(config, logStream ? { db, logStream } : { db });
  register?.(app);
  await app.ready();
  return {
    app,
    db,
    config,
    close: async () => {
      await app.close();
      await db.close();
      await drop();
      fs.rmSync(keyDir, { recursive: true, force: true });
    },
  };
}
