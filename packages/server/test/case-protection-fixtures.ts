/**
 * For the case-protection tests: real media made at test time (photos with sharp, a short video
 * with ffmpeg's test source), a help request opened through the real route whose person then
 * shares those files (stored as intake stores them: the item, then the sealed blob), a platform key,
 * the app both test files start with, and the calls of a counsellor, a platform and the change log.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSRF_HEADER, type ProtectedContent } from '@jikim/contracts';
import { hashImageFile } from '@jikim/media';
import { formatPdqHex } from '@jikim/pdq';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { caseBlobs } from '../src/blobs/case-blobs.js';
import { caseItems } from '../src/cases/case-items.js';
import { platformKeysRepository } from '../src/platform/keys/platform-keys.repository.js';
import { caseWorkApp } from './case-work-consent-fixtures.js';
import { fileItem } from './console-case-fixtures.js';
import type { TestDatabase } from './support/databases.js';
import type { Person, StaffTestApp } from './support/staff-app.js';

export const PROTECTION = (caseId: string) => `/api/console/v1/cases/${caseId}/protection`;

/** A photo with structure (PDQ quality well above 50); `seed` makes each one different. */
export async function makePhoto(seed: number): Promise<Buffer> {
  const width = 480;
  const height = 360;
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = 3 * (y * width + x);
      const disc = (x - 120 - 20 * seed) ** 2 + (y - 140) ** 2 < 70 ** 2;
      data[i] = disc ? 240 : Math.round(128 + 100 * Math.sin(x / (17 + 7 * seed)));
      data[i + 1] = Math.round(128 + 100 * Math.cos(y / (11 + 5 * seed)));
      data[i + 2] = Math.round((x * y * (seed + 1)) % 256);
    }
  }
  return sharp(data, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
}

/** The PDQ of a resized, re-encoded copy (what a re-upload to a platform would look like). */
export async function pdqOfCopy(photo: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-caseprot-fixture-'));
  try {
    const copy = path.join(dir, 'copy.png');
    await sharp(photo).resize(300).png().toFile(copy);
    return formatPdqHex((await hashImageFile(copy)).hash);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A 3-second H.264 video of ffmpeg's moving test picture. */
export function makeVideo(): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-caseprot-fixture-'));
  try {
    const out = path.join(dir, 'video.mp4');
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=10', '-t', '3', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', out]);
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const md5 = (bytes: Buffer) => createHash('md5').update(bytes).digest('hex');

/** The person shares these files with the case (as intake stores them); returns the item ids. */
export async function share(t: StaffTestApp, caseId: string, files: readonly Buffer[]): Promise<string[]> {
  const items = caseItems(t.db.kysely, t.app.vault, t.clock.now);
  const blobs = caseBlobs({ db: t.db.kysely, vault: t.app.vault, store: t.app.blobs, now: t.clock.now });
  const ids: string[] = [];
  for (const [i, bytes] of files.entries()) {
    const added = await items.add(caseId, { item: fileItem(bytes, `item-${i + 1}`, `IMG_000${i + 1}.JPG`), addedBy: 'victim', upload: 'pending' });
    await items.setUpload(caseId, added.id, 'complete', (await blobs.store(caseId, [bytes])).id);
    ids.push(added.id);
  }
  return ids;
}

export function staffCall(t: StaffTestApp, p: Person, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object): Promise<LightMyRequestResponse> {
  const headers = method === 'GET' ? { cookie: p.cookie } : { cookie: p.cookie, [CSRF_HEADER]: p.csrf, origin: t.config.publicOrigin };
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

/** Records the person's hash_protection consent as told to the counsellor. */
export async function consent(t: StaffTestApp, p: Person, caseId: string, granted: boolean): Promise<void> {
  const r = await staffCall(t, p, 'POST', `/api/console/v1/cases/${caseId}/consents`, { kind: 'hash_protection', granted });
  if (r.statusCode !== 201) throw new Error(`consent refused: ${r.statusCode} ${r.body}`);
}

export async function protect(t: StaffTestApp, p: Person, caseId: string, itemIds: readonly string[]): Promise<{ added: ProtectedContent[]; alreadyProtected: string[] }> {
  const r = await staffCall(t, p, 'POST', PROTECTION(caseId), { itemIds });
  if (r.statusCode !== 200) throw new Error(`protect refused: ${r.statusCode} ${r.body}`);
  return r.json();
}

export const platformKey = async (t: StaffTestApp, name: string) =>
  (await platformKeysRepository(t.db.kysely, t.clock.now).create({ name, scopes: ['match', 'feedback'] })).key;

/** The app on one database, a counsellor, and a platform's key the matcher already answers. */
export async function protectionApp(testDb: TestDatabase, platform: string): Promise<{ t: StaffTestApp; me: Person; key: string }> {
  const t = await caseWorkApp(testDb);
  const me = await t.person('counsellor');
  const key = await platformKey(t, platform);
  await eventually(async () => (await t.app.inject({ method: 'GET', url: '/api/platform/hma/status', headers: { authorization: `Bearer ${key}` } })).statusCode === 200);
  return { t, me, key };
}

/** `GET /m/lookup` (HMA): the content ids this signal matches in JIKIM_CONFIRMED (md5: HMA's `video_md5`). */
export async function confirmedMatches(t: StaffTestApp, key: string, type: 'pdq' | 'md5', signal: string): Promise<number[]> {
  const hmaType = type === 'md5' ? 'video_md5' : 'pdq';
  const r = await t.app.inject({ method: 'GET', url: `/api/platform/hma/m/lookup?signal_type=${hmaType}&signal=${signal}`, headers: { authorization: `Bearer ${key}` } });
  if (r.statusCode !== 200) throw new Error(`lookup refused: ${r.statusCode} ${r.body}`);
  const body = r.json() as Record<string, { bank_content_id: number }[]>;
  return (body.JIKIM_CONFIRMED ?? []).map((m) => m.bank_content_id).sort();
}

/** Polls until `check` holds (the matcher follows the change log every second). */
export async function eventually(check: () => Promise<boolean>, tries = 100): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the condition did not hold in time');
}

/** The change log's last sequence number (0 when empty). */
export async function lastSeq(t: StaffTestApp): Promise<number> {
  const row = await t.db.kysely.selectFrom('signal_changes').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** The change log after `seq`: [signal id, op] in order. */
export async function changesAfter(t: StaffTestApp, seq: number): Promise<[number, string][]> {
  const rows = await t.db.kysely.selectFrom('signal_changes').select(['signal_id', 'op']).where('seq', '>', seq).orderBy('seq').execute();
  return rows.map((r) => [r.signal_id, r.op]);
}

export async function signalIdsOf(t: StaffTestApp, contentIds: readonly number[]): Promise<number[]> {
  const rows = await t.db.kysely.selectFrom('bank_signals').select('id').where('content_id', 'in', [...contentIds]).orderBy('id').execute();
  return rows.map((r) => r.id);
}
