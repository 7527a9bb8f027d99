/**
 * A test app whose clock the test moves, with helpers to invite, set up and log in staff through
 * the real routes. TOTP codes are computed with otplib at the app's clock.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSRF_HEADER, STAFF_SESSION_COOKIE, type StaffRole } from '@jikim/contracts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import { build } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createDb, type Db } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { setupLinks } from '../../src/staff/setup-links.js';
import type { StaffDeps } from '../../src/staff/staff-deps.js';
import { createKeyedHash } from '../../src/vault/keyed-hash.js';
import { newMasterKey, writeMasterKeyFile } from '../../src/vault/master-key-file.js';
import type { TestDatabase } from './databases.js';

export interface Clock {
  now(): Date;
  advance(ms: number): void;
}

export interface Person {
  readonly id: string;
  readonly role: StaffRole;
  readonly login: string;
  readonly password: string;
  readonly secret: string;
  /** The signed-in session's cookie header value and CSRF token. */
  cookie: string;
  csrf: string;
}

export interface StaffTestApp {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly config: Config;
  readonly clock: Clock;
  readonly deps: StaffDeps;
  invite(role: StaffRole, name?: string): Promise<{ staffId: string; token: string }>;
  /** Invites, sets up through the routes and returns the signed-in person. */
  person(role: StaffRole): Promise<Person>;
  /** A TOTP code for the next time step (the clock moves 30 s first, so it was never used). */
  nextCode(secret: string): Promise<string>;
  login(person: Person, address?: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const cookieOf = (response: LightMyRequestResponse): string => {
  const header = response.headers['set-cookie'];
  const line = (Array.isArray(header) ? header[0] : header) ?? '';
  return line.split(';')[0] ?? '';
};

export const tokenOfLink = (link: string): string => link.split('#setup=')[1] ?? '';

let counter = 0;

export async function createStaffTestApp(testDb: TestDatabase, start = new Date('2026-12-01T09:00:00Z'), env: Record<string, string> = {}): Promise<StaffTestApp> {
  const { database, drop } = await testDb.create();
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-staff-'));
  writeMasterKeyFile(path.join(keyDir, 'master.key'), newMasterKey(1));
  const config: Config = {
    ...loadConfig({ LOG_LEVEL: 'silent', JIKIM_MASTER_KEY_FILE: path.join(keyDir, 'master.key'), BLOB_DIR: path.join(keyDir, 'blobs'), AUDIT_ANCHOR_FILE: path.join(keyDir, 'anchors.log'), ...env }),
    database,
  };
  let at = start.getTime();
  const clock: Clock = { now: () => new Date(at), advance: (ms) => void (at += ms) };
  const db = createDb(database);
  await migrateToLatest(db);
  const app = build(config, { db, now: clock.now });
  await app.ready();
  const deps: StaffDeps = {
    db: db.kysely, now: clock.now, vault: app.vault, hashes: createKeyedHash(app.vault), audit: app.audit, publicOrigin: config.publicOrigin,
  };
  const nextCode = async (secret: string) => {
    clock.advance(30_000);
    return generate({ secret, epoch: Math.floor(at / 1000) });
  };
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, payload, headers });

  const t: StaffTestApp = {
    app, db, config, clock, deps, nextCode,
    async invite(role, name = '김지킴 Kim') {
      const issued = await setupLinks(deps).invite({ role, name }, { kind: 'cli' });
      return { staffId: issued.staffId, token: tokenOfLink(issued.link) };
    },
    async person(role) {
      const { staffId, token } = await t.invite(role);
      const started = await post('/api/console/v1/setup/start', { token });
      const secret = started.json().totpSecret as string;
      const login = `${role}.${++counter}`;
      const password = `a long enough passphrase for ${login}`;
      const done = await post('/api/console/v1/setup/finish', { token, login, password, code: await nextCode(secret) });
      if (done.statusCode !== 200) throw new Error(`set-up failed: ${done.body}`);
      return { id: staffId, role, login, password, secret, cookie: cookieOf(done), csrf: done.json().csrfToken };
    },
    async login(person, address = '127.0.0.1') {
      const first = await app.inject({ method: 'POST', url: '/api/console/v1/login', payload: { login: person.login, password: person.password }, remoteAddress: address });
      if (first.statusCode !== 200) return first;
      const second = await app.inject({
        method: 'POST', url: '/api/console/v1/login/totp', payload: { code: await nextCode(person.secret) },
        headers: { cookie: cookieOf(first) }, remoteAddress: address,
      });
      if (second.statusCode === 200) {
        person.cookie = cookieOf(second);
        person.csrf = second.json().csrfToken;
      }
      return second;
    },
    close: async () => {
      await app.close();
      await db.close();
      await drop();
      fs.rmSync(keyDir, { recursive: true, force: true });
    },
  };
  return t;
}

export function as(person: Person | undefined, method: string): Record<string, string> {
  if (!person) return {};
  return method === 'GET' ? { cookie: person.cookie } : { cookie: person.cookie, [CSRF_HEADER]: person.csrf };
}

export { STAFF_SESSION_COOKIE };
