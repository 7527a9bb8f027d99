/**
 * A /protect submission: the hashes are checked (quality) before anything is spent, then the proof
 * of work (a help request's, spent the same way) and the intake limits, then the submission's row
 * with its code and PIN as keyed hashes, then one content per item in the unreviewed bank, sealed
 * with the submission's own key. The contents are written one by one (each its own transaction in
 * the bank store), so a failure midway removes what was made (contents, key, row) before the error
 * goes on. Audited with counts only.
 */
import { randomBytes } from 'node:crypto';
import { VICTIM_BANKS, type ProtectSubmissionResponse } from '@jikim/contracts';
import type * as z from 'zod';
import { proofOfWork } from '../help/pow.js';
import type { ProtectDeps } from './protect-deps.js';
import { protectLimits } from './protect-limits.js';
import { newSubmissionCode, newSubmissionPin, submissionCodeHash, submissionPinHash } from './submission-access.js';
import { itemSignals, type submissionBodySchema } from './submission-signals.js';

export async function createSubmission(deps: ProtectDeps, body: z.infer<typeof submissionBodySchema>, ip: string): Promise<ProtectSubmissionResponse> {
  const signals = body.items.map(itemSignals);
  await proofOfWork(deps).spend(body.pow);
  const limits = protectLimits(deps);
  await limits.submission(await limits.address(ip));

  const id = randomBytes(16).toString('hex');
  const code = newSubmissionCode();
  const pin = newSubmissionPin();
  const at = deps.now().toISOString();
  await deps.db.insertInto('protect_submissions').values({
    id, code_hash: await submissionCodeHash(deps, code), pin_hash: await submissionPinHash(deps, code, pin),
    locked_until: null, locale: body.locale, created_at: at, withdrawn_at: null, updated_at: at,
  }).execute();
  try {
    for (const [i, item] of body.items.entries()) {
      // The note keeps what the signals alone cannot always tell (an MD5 only): photo or video.
      await deps.banks.addContent({ bank: VICTIM_BANKS.unreviewed, origin: 'victim', submissionId: id, note: item.kind, signals: signals[i] ?? [] });
    }
    const hashes = signals.reduce((sum, s) => sum + s.length, 0);
    await deps.audit.append({ actor: { kind: 'victim' }, action: 'protect.submit', detail: { items: body.items.length, hashes } });
    return { code, pin, items: body.items.length, hashes };
  } catch (error) {
    await discardSubmission(deps, id).catch(() => undefined);
    throw error;
  }
}

/** Removes a half-made submission: its contents (each signal a `delete` in the change log), its key, its row. */
async function discardSubmission(deps: ProtectDeps, id: string): Promise<void> {
  await deps.banks.deleteSubmissionContents(id);
  await deps.vault.destroySubmissionKey(id);
  await deps.db.deleteFrom('protect_submissions').where('id', '=', id).execute();
}
