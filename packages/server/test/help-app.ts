/**
 * Help-request tests: an app with a clock the test moves and a tiny proof of work, plus helpers to
 * solve a challenge, make shared items and call with a case's code and PIN.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CASE_CODE_HEADER, CASE_PIN_HEADER, type HelpRequest, type PowChallenge, type SharedItem } from '@jikim/contracts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { build } from '../src/app.js';
import type { BlobStore } from '../src/blobs/blob-store-port.js';
import { createFileBlobStore } from '../src/blobs/file-blob-store.js';
import { loadConfig, type Config } from '../src/config.js';
import { createDb, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { newMasterKey, writeMasterKeyFile } from '../src/vault/master-key-file.js';
import { createVault } from '../src/vault/vault.js';
import type { TestDatabase } from './support/databases.js';

export interface HelpApp {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly config: Config;
  readonly dir: string;
  /** The app's clock; `advance` moves it. */
  now(): Date;
  advance(ms: number): void;
  /** Moves the clock forward to `offsetMs` into the next fixed window of `windowMs` (UTC), so
   *  tests of per-hour or per-day limits never straddle a window's end whatever the real time. */
  advanceIntoNextWindow(windowMs: number, offsetMs: number): void;
  close(): Promise<void>;
}

/** A site of its own: these tests do not need the web build (which may be rebuilding meanwhile). */
export function writeSiteFixture(dir: string): string {
  const site = path.join(dir, 'site');
  fs.mkdirSync(path.join(site, 'ko'), { recursive: true });
  fs.writeFileSync(path.join(site, 'ko', '404.html'), '<!doctype html><title>404</title>');
  fs.writeFileSync(path.join(site, 'site-manifest.json'), JSON.stringify({
    version: 1, pages: [], notFound: { ko: 'ko/404.html', en: 'ko/404.html' }, assets: [], styleHashes: [], quickExitPlaceholder: '__QUICK_EXIT__',
  }));
  return site;
}

export async function createHelpApp(
  testDb: TestDatabase,
  env: Record<string, string> = {},
  /** Wraps the real blob store (fault injection). */
  wrapBlobs?: (store: BlobStore) => BlobStore,
  logStream?: { write(line: string): void },
): Promise<HelpApp> {
  const { database, drop } = await testDb.create();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-help-'));
  writeMasterKeyFile(path.join(dir, 'master.key'), newMasterKey(1));
  const site = writeSiteFixture(dir);
  const config: Config = {
    ...loadConfig({
      LOG_LEVEL: 'silent', JIKIM_MASTER_KEY_FILE: path.join(dir, 'master.key'), BLOB_DIR: path.join(dir, 'blobs'),
      AUDIT_ANCHOR_FILE: path.join(dir, 'anchors.log'), SITE_DIR: site, HELP_POW_MAX_NUMBER: '20', ...env,
    }),
    database,
  };
  let at = Date.now();
  const db = createDb(database);
  await migrateToLatest(db);
  const vault = createVault(db, config);
  const blobs = createFileBlobStore({ dir: config.blobDir, vault });
  const app = build(config, { db, now: () => new Date(at), vault, blobs: wrapBlobs ? wrapBlobs(blobs) : blobs, ...(logStream ? { logStream } : {}) });
  await app.ready();
  return {
    app, db, config, dir,
    now: () => new Date(at),
    advance: (ms) => void (at += ms),
    advanceIntoNextWindow: (windowMs, offsetMs) => void (at = (Math.floor(at / windowMs) + 1) * windowMs + offsetMs),
    close: async () => {
      await app.close();
      await db.close();
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Solves an altcha v1 challenge by brute force (the test's maxnumber is tiny). */
export function solve(c: PowChallenge): string {
  for (let n = 0; n <= c.maxnumber; n += 1) {
    if (createHash('sha256').update(c.salt + n).digest('hex') === c.challenge) {
      return Buffer.from(JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature })).toString('base64');
    }
  }
  throw new Error('unsolvable challenge');
}

export async function solvedPow(app: FastifyInstance): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/api/help/v1/challenge' });
  return solve(response.json() as PowChallenge);
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

export function fileItem(content: Buffer, title = 'screenshot of the post', n = 1): SharedItem {
  return {
    item: {
      id: `item-${n}`, exhibitNumber: n, kind: 'file', title, addedAt: '2026-12-01T10:00:00Z',
      file: { path: `files/${n}.bin`, sha256: createHash('sha256').update(content).digest('hex'), bytes: content.length, mediaType: 'application/octet-stream', originalName: `${n}.bin` },
      history: [{ at: '2026-12-01T10:00:00Z', action: 'added', summary: 'kept' }],
    },
    thumbnail: { mediaType: 'image/png', base64: PNG.toString('base64') },
  };
}

export function webItem(title: string, n = 2): SharedItem {
  return {
    item: {
      id: `item-${n}`, exhibitNumber: n, kind: 'web', title, addedAt: '2026-12-01T10:00:00Z',
      web: { url: 'https://example.com/post/1' },
      history: [{ at: '2026-12-01T10:00:00Z', action: 'added', summary: 'kept' }],
    },
  };
}

export function helpRequest(pow: string, items: SharedItem[] = [], message = 'please help'): HelpRequest {
  return {
    pow, locale: 'ko', situation: 'dissemination', message, items,
    contact: { name: '지킴', channels: ['sms'], phone: '010-1234-5678', safeHours: 'after 7 pm', noVoicemail: true },
  };
}

export interface Opened {
  readonly caseCode: string;
  readonly pin: string;
  readonly uploads: { itemId: string; sha256: string; bytes: number }[];
}

/** A help request with a fresh solved challenge; throws unless 201. */
export async function openCase(app: FastifyInstance, items: SharedItem[] = [], address = '10.0.0.1', message?: string): Promise<Opened> {
  const response = await app.inject({ method: 'POST', url: '/api/help/v1/requests', payload: helpRequest(await solvedPow(app), items, message), remoteAddress: address });
  if (response.statusCode !== 201) throw new Error(`request refused: ${response.statusCode} ${response.body}`);
  return response.json() as Opened;
}

export const withCase = (o: Pick<Opened, 'caseCode' | 'pin'>) => ({ [CASE_CODE_HEADER]: o.caseCode, [CASE_PIN_HEADER]: o.pin });

export function asVictim(app: FastifyInstance, o: Pick<Opened, 'caseCode' | 'pin'>, method: 'GET' | 'POST', url: string, payload?: object, address = '10.0.0.1'): Promise<LightMyRequestResponse> {
  return app.inject({ method, url: `/api/help/v1${url}`, headers: withCase(o), remoteAddress: address, ...(payload ? { payload } : {}) });
}
