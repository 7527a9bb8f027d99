/**
 * The victim's way into a case: a code (75 random bits, Crockford base32) and a six-digit PIN, both
 * stored only as keyed hashes (`case_access`). A wrong PIN counts against the case: 5 failures,
 * then 15 minutes locked, doubling with each later lock-out. An unknown code, a wrong PIN, a locked
 * or withdrawn case all take the same work (two HMACs and a constant-time compare) and the same
 * answer, so nobody learns whether a code exists or is locked.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import { CASE_CODE_ALPHABET, normaliseCaseCode } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { HelpDeps } from './help-deps.js';

export const CASE_LOCK = { failures: 5, lockMs: 15 * 60_000, maxLockMs: 7 * 24 * 60 * 60_000 } as const;

export function newCaseCode(): string {
  const chars = Array.from({ length: 15 }, () => CASE_CODE_ALPHABET[randomInt(CASE_CODE_ALPHABET.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5, 10)}-${chars.slice(10)}`;
}

export const newCasePin = (): string => String(randomInt(1_000_000)).padStart(6, '0');

const codeHash = (deps: Pick<HelpDeps, 'hashes'>, code: string) => deps.hashes.of('case-code', code);
const pinHash = (deps: Pick<HelpDeps, 'hashes'>, code: string, pin: string) => deps.hashes.of('case-pin', `${code}:${pin}`);

/** Stores the keyed hashes of a new case's code and PIN. */
export async function grantAccess(deps: Pick<HelpDeps, 'hashes' | 'now'>, db: Kysely<Database>, caseId: string, code: string, pin: string): Promise<void> {
  await db.insertInto('case_access').values({
    case_id: caseId,
    code_hash: await codeHash(deps, code),
    pin_hash: await pinHash(deps, code, pin),
    failures: 0,
    lockouts: 0,
    locked_until: null,
    updated_at: deps.now().toISOString(),
  }).execute();
}

export type AccessOutcome =
  | { readonly ok: true; readonly caseId: string }
  | { readonly ok: false; readonly reason: 'unknown' | 'wrong_pin' | 'locked' | 'withdrawn' };

/** Checks a typed code and PIN; counts a wrong PIN against its case. */
export async function checkAccess(deps: Pick<HelpDeps, 'db' | 'hashes' | 'now'>, typedCode: string, pin: string): Promise<AccessOutcome> {
  const code = normaliseCaseCode(typedCode);
  const [byCode, expected] = await Promise.all([codeHash(deps, code), pinHash(deps, code, pin)]);
  const row = await deps.db.selectFrom('case_access')
    .innerJoin('cases', 'cases.id', 'case_access.case_id')
    .select(['case_access.case_id', 'case_access.pin_hash', 'case_access.locked_until', 'cases.withdrawn_at'])
    .where('case_access.code_hash', '=', byCode).executeTakeFirst();
  // The same constant-time compare whether or not the code was found.
  const stored = Buffer.from(row?.pin_hash ?? '0'.repeat(64), 'hex');
  const given = Buffer.from(expected, 'hex');
  const match = stored.length === given.length && timingSafeEqual(stored, given) && row !== undefined;
  const at = deps.now();
  const locked = row?.locked_until ? Date.parse(row.locked_until) > at.getTime() : false;
  if (row && match && !row.withdrawn_at && !locked) {
    await deps.db.updateTable('case_access').set({ failures: 0, updated_at: at.toISOString() })
      .where('case_id', '=', row.case_id).where('failures', '>', 0).execute();
    return { ok: true, caseId: row.case_id };
  }
  // A wrong PIN counts against its case; every other refusal runs the same update on no row.
  const counts = row !== undefined && !row.withdrawn_at && !locked;
  await countFailure(deps, counts ? row.case_id : '', at);
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.withdrawn_at) return { ok: false, reason: 'withdrawn' };
  return { ok: false, reason: locked ? 'locked' : 'wrong_pin' };
}

async function countFailure(deps: Pick<HelpDeps, 'db'>, caseId: string, at: Date): Promise<void> {
  const updated = await deps.db.updateTable('case_access')
    .set((eb) => ({ failures: eb('failures', '+', 1), updated_at: at.toISOString() }))
    .where('case_id', '=', caseId).returning(['failures', 'lockouts']).executeTakeFirst();
  if (!updated || updated.failures < CASE_LOCK.failures) return;
  const ms = Math.min(CASE_LOCK.lockMs * 2 ** updated.lockouts, CASE_LOCK.maxLockMs);
  await deps.db.updateTable('case_access')
    .set((eb) => ({ failures: 0, lockouts: eb('lockouts', '+', 1), locked_until: new Date(at.getTime() + ms).toISOString() }))
    .where('case_id', '=', caseId).where('failures', '>=', CASE_LOCK.failures).execute();
}
