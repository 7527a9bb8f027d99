/**
 * The person's way back to a /protect submission: a code and a six-digit PIN made as a case's
 * (case-access.ts), stored only as keyed hashes of purposes of their own, so a case's code opens no
 * submission. A wrong PIN counts against the submission: 5 failures, then 15 minutes locked,
 * doubling with each later lock-out (CASE_LOCK). An unknown code, a wrong PIN and a locked
 * submission take the same work and get the same answer. A withdrawn submission still opens: its
 * person may read that it is withdrawn, and withdraw again.
 */
import { timingSafeEqual } from 'node:crypto';
import { normaliseCaseCode } from '@jikim/contracts';
import { CASE_LOCK } from '../help/case-access.js';
import type { ProtectDeps } from './protect-deps.js';

export { newCaseCode as newSubmissionCode, newCasePin as newSubmissionPin } from '../help/case-access.js';

type Deps = Pick<ProtectDeps, 'db' | 'hashes' | 'now'>;

export const submissionCodeHash = (deps: Pick<Deps, 'hashes'>, code: string) => deps.hashes.of('protect-code', normaliseCaseCode(code));
export const submissionPinHash = (deps: Pick<Deps, 'hashes'>, code: string, pin: string) => deps.hashes.of('protect-pin', `${normaliseCaseCode(code)}:${pin}`);

/** The submission the code and PIN open, or null (unknown, wrong PIN, locked: one answer). */
export async function checkSubmissionAccess(deps: Deps, typedCode: string, pin: string): Promise<string | null> {
  const [byCode, expected] = await Promise.all([submissionCodeHash(deps, typedCode), submissionPinHash(deps, typedCode, pin)]);
  const row = await deps.db.selectFrom('protect_submissions').select(['id', 'pin_hash', 'locked_until'])
    .where('code_hash', '=', byCode).executeTakeFirst();
  // The same constant-time compare whether or not the code was found.
  const stored = Buffer.from(row?.pin_hash ?? '0'.repeat(64), 'hex');
  const given = Buffer.from(expected, 'hex');
  const match = stored.length === given.length && timingSafeEqual(stored, given) && row !== undefined;
  const at = deps.now();
  const locked = row?.locked_until ? Date.parse(row.locked_until) > at.getTime() : false;
  if (row && match && !locked) {
    await deps.db.updateTable('protect_submissions').set({ failures: 0, updated_at: at.toISOString() })
      .where('id', '=', row.id).where('failures', '>', 0).execute();
    return row.id;
  }
  // A wrong PIN counts against its submission; every other refusal runs the same update on no row.
  await countFailure(deps, row && !locked ? row.id : '', at);
  return null;
}

async function countFailure(deps: Pick<Deps, 'db'>, id: string, at: Date): Promise<void> {
  const updated = await deps.db.updateTable('protect_submissions')
    .set((eb) => ({ failures: eb('failures', '+', 1), updated_at: at.toISOString() }))
    .where('id', '=', id).returning(['failures', 'lockouts']).executeTakeFirst();
  if (!updated || updated.failures < CASE_LOCK.failures) return;
  const ms = Math.min(CASE_LOCK.lockMs * 2 ** updated.lockouts, CASE_LOCK.maxLockMs);
  await deps.db.updateTable('protect_submissions')
    .set((eb) => ({ failures: 0, lockouts: eb('lockouts', '+', 1), locked_until: new Date(at.getTime() + ms).toISOString() }))
    .where('id', '=', id).where('failures', '>=', CASE_LOCK.failures).execute();
}
