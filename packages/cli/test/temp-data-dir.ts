/**
 * A fresh DATA_DIR (a temporary SQLite database) for each test of a CLI command that reads the
 * environment, and a way to look inside its database afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, loadConfig, migrate, type Config } from '@jikim/server';
import { afterEach, beforeEach, vi } from 'vitest';

export interface TempDataDir {
  readonly dir: string;
  readonly config: Config;
  migrate(): Promise<readonly string[]>;
  inDb<T>(work: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T>;
}

export function useTempDataDir(prefix: string): TempDataDir {
  let dir = '';
  let config: Config | undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    vi.stubEnv('DATA_DIR', dir);
    vi.stubEnv('DATABASE_URL', undefined);
    config = loadConfig({ DATA_DIR: dir });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const current = (): Config => {
    if (!config) throw new Error('useTempDataDir: used outside a test');
    return config;
  };
  return {
    get dir() {
      return dir;
    },
    get config() {
      return current();
    },
    migrate: () => migrate(current()),
    async inDb(work) {
      const db = createDb(current().database);
      try {
        return await work(db);
      } finally {
        await db.close();
      }
    },
  };
}
