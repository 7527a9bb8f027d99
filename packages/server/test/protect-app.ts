/**
 * /protect tests: hashes made up for the occasion (random hex, a vPDQ in the reference's text
 * form), a submission with a solved proof of work, calls with the code and PIN, and a scan of every
 * row of every table for a value.
 */
import { randomBytes } from 'node:crypto';
import { PROTECT_CODE_HEADER, PROTECT_PIN_HEADER, type ProtectItem, type ProtectSubmissionResponse } from '@jikim/contracts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';
import { submissionCodeHash } from '../src/protect/submission-access.js';
import { createKeyedHash } from '../src/vault/keyed-hash.js';
import { solvedPow } from './help-app.js';

export const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** A photo's hashes: its MD5 and `pdqs` PDQ hashes (1, or 8 with the dihedral variants). */
export function imageItem(pdqs = 8, quality = 90): ProtectItem {
  return { kind: 'image', md5: hex(16), pdq: Array.from({ length: pdqs }, () => ({ hash: hex(32), quality })) };
}

/** A video's hashes: its MD5 and a vPDQ of `frames` frames at 1 frame a second. */
export function videoItem(frames = 5, quality = 80): ProtectItem {
  const lines = Array.from({ length: frames }, (_, i) => `${i},${quality},${hex(32)},${i}.000\n`);
  return { kind: 'video', md5: hex(16), vpdq: lines.join('') };
}

/** Every hex hash an item carries (PDQ, MD5, each vPDQ frame's PDQ). */
export function hexesOf(item: ProtectItem): string[] {
  const frames = (item.vpdq ?? '').split('\n').filter(Boolean).map((line) => line.split(',')[2] ?? '');
  return [item.md5, ...(item.pdq ?? []).map((p) => p.hash), ...frames].map((h) => h.toLowerCase());
}

export function postSubmission(app: FastifyInstance, body: object, address = '10.0.0.1'): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url: '/api/protect/v1/submissions', payload: body, remoteAddress: address });
}

/** A submission with a fresh solved challenge; throws unless 201. */
export async function submit(app: FastifyInstance, items: ProtectItem[], address = '10.0.0.1'): Promise<ProtectSubmissionResponse> {
  const response = await postSubmission(app, { pow: await solvedPow(app), locale: 'ko', items }, address);
  if (response.statusCode !== 201) throw new Error(`submission refused: ${response.statusCode} ${response.body}`);
  return response.json() as ProtectSubmissionResponse;
}

export function asPerson(app: FastifyInstance, o: Pick<ProtectSubmissionResponse, 'code' | 'pin'>, method: 'GET' | 'POST', url: string, address = '10.0.0.1'): Promise<LightMyRequestResponse> {
  return app.inject({ method, url: `/api/protect/v1${url}`, headers: { [PROTECT_CODE_HEADER]: o.code, [PROTECT_PIN_HEADER]: o.pin }, remoteAddress: address });
}

/** The submission a code opens (found as the server finds it: by the code's keyed hash). */
export async function submissionIdOf(t: { app: FastifyInstance; db: Db }, code: string): Promise<string> {
  const codeHash = await submissionCodeHash({ hashes: createKeyedHash(t.app.vault) }, code);
  const row = await t.db.kysely.selectFrom('protect_submissions').select('id').where('code_hash', '=', codeHash).executeTakeFirstOrThrow();
  return row.id;
}

/** Every row of every table as lower-case text (bytes as hex), one string per table. */
export async function everyRow(db: Db): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const table of await db.kysely.introspection.getTables()) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}`.execute(db.kysely);
    // The holder's own value: a Buffer's toJSON has already run on `value`.
    const text = JSON.stringify(rows.rows, function (this: Record<string, unknown>, key: string, value: unknown) {
      const raw = this[key];
      if (raw instanceof Uint8Array) return Buffer.from(raw).toString('hex');
      return typeof value === 'bigint' ? value.toString() : value;
    });
    out.set(table.name, text.toLowerCase());
  }
  return out;
}
