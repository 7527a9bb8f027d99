/**
 * Platform API tests: the real app on a fresh database with a clock the test moves, real keys made
 * with the keys' repository, and helpers to call the HMA-compatible and native routes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PlatformScope } from '@jikim/contracts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { build } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { createDb, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createBankStore, type PlatformBankStore } from '../src/platform/banks/bank-store.js';
import { platformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { newMasterKey, writeMasterKeyFile } from '../src/vault/master-key-file.js';
import { createVault } from '../src/vault/vault.js';
import { writeSiteFixture } from './help-app.js';
import type { TestDatabase } from './support/databases.js';

export const HMA = '/api/platform/hma';
export const V1 = '/api/platform/v1';

export interface HmaRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** A one-file multipart body (HMA's media routes: the field names the content type). */
  readonly multipart?: { readonly field: string; readonly filename: string; readonly contentType: string };
}

export interface PlatformApp {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly config: Config;
  /** A store on the same database (what a counsellor's case or a person's submission adds). */
  readonly store: PlatformBankStore;
  now(): Date;
  advance(ms: number): void;
  /** A real key for platform `name` (made as `jikim platform key create` makes it). */
  key(name: string, scopes: readonly PlatformScope[]): Promise<{ key: string; keyId: string; platformId: string }>;
  revoke(keyId: string): Promise<void>;
  hma(key: string | null, request: HmaRequest): Promise<LightMyRequestResponse>;
  v1(key: string | null, method: 'GET' | 'POST', url: string, payload?: object): Promise<LightMyRequestResponse>;
  /** Polls `/status` until the index has loaded (a bounded number of tries). */
  waitForIndex(key: string): Promise<void>;
  close(): Promise<void>;
}

function multipartBody(part: NonNullable<HmaRequest['multipart']>): { payload: string; contentType: string } {
  const boundary = `----jikim${Math.random().toString(16).slice(2)}`;
  const payload = [
    `--${boundary}`,
    `Content-Disposition: form-data; name="${part.field}"; filename="${part.filename}"`,
    `Content-Type: ${part.contentType}`,
    '',
    'not really an image',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

const bearer = (key: string | null): Record<string, string> => (key === null ? {} : { authorization: `Bearer ${key}` });

/** A configuration of its own in `dir` (master key, blobs, anchors, a site) on `database`. */
export function platformTestConfig(dir: string, database: Config['database'], env: Record<string, string> = {}): Config {
  writeMasterKeyFile(path.join(dir, 'master.key'), newMasterKey(1));
  return {
    ...loadConfig({
      LOG_LEVEL: 'silent', JIKIM_MASTER_KEY_FILE: path.join(dir, 'master.key'), BLOB_DIR: path.join(dir, 'blobs'),
      AUDIT_ANCHOR_FILE: path.join(dir, 'anchors.log'), SITE_DIR: writeSiteFixture(dir), ...env,
    }),
    database,
  };
}

/** `beforeBuild` runs on the migrated database before the app is built (a fault to start with). */
export async function createPlatformApp(testDb: TestDatabase, beforeBuild?: (db: Db) => Promise<void>): Promise<PlatformApp> {
  const { database, drop } = await testDb.create();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-platform-'));
  const config = platformTestConfig(dir, database);
  let at = Date.now();
  const now = () => new Date(at);
  const db = createDb(database);
  await migrateToLatest(db);
  await beforeBuild?.(db);
  const vault = createVault(db, config);
  const app = build(config, { db, now, vault });
  await app.ready();
  const keys = platformKeysRepository(db.kysely, now);

  const t: PlatformApp = {
    app, db, config, now,
    store: createBankStore({ db, vault, now }),
    advance: (ms) => void (at += ms),
    key: async (name, scopes) => {
      const made = await keys.create({ name, scopes: [...scopes] });
      return { key: made.key, keyId: made.keyId, platformId: made.platformId };
    },
    revoke: async (keyId) => void (await keys.revoke(keyId)),
    hma: (key, request) => {
      const query = request.query ? `?${new URLSearchParams(request.query as Record<string, string>).toString()}` : '';
      const url = `${HMA}${request.path}${query}`;
      if (request.multipart) {
        const { payload, contentType } = multipartBody(request.multipart);
        return app.inject({ method: request.method, url, payload, headers: { ...bearer(key), 'content-type': contentType } });
      }
      return app.inject({
        method: request.method, url, headers: bearer(key),
        ...(request.body === undefined ? {} : { payload: JSON.stringify(request.body), headers: { ...bearer(key), 'content-type': 'application/json' } }),
      });
    },
    v1: (key, method, url, payload) => app.inject({ method, url: `${V1}${url}`, headers: bearer(key), ...(payload ? { payload } : {}) }),
    waitForIndex: async (key) => {
      for (let tries = 0; tries < 200; tries += 1) {
        if ((await t.hma(key, { method: 'GET', path: '/status' })).statusCode === 200) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('the match index did not load');
    },
    close: async () => {
      await app.close();
      await db.close();
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}
