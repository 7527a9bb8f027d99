/**
 * Whose key seals a content's signals and note (decision 0018): the case's (hashes a person shared
 * with a counsellor), the person's own submission's (`/protect`), or the system key (a platform's).
 * Destroying the case's or the submission's key shreds them.
 */
import { caseKeyId, SYSTEM_KEY_ID, submissionKeyId, type KeyVault } from '../../vault/vault.js';

export interface ContentOwner {
  readonly case_id: string | null;
  readonly submission_id: string | null;
}

export const signalContext = (signalId: number) => `bank_signals.value:${signalId}`;
export const metaContext = (contentId: number) => `bank_contents.meta:${contentId}`;

export function keyIdOf(owner: ContentOwner): string {
  if (owner.case_id !== null) return caseKeyId(owner.case_id);
  if (owner.submission_id !== null) return submissionKeyId(owner.submission_id);
  return SYSTEM_KEY_ID;
}

export type Sealer = (plaintext: string, context: string) => Promise<string>;

export function sealerFor(vault: KeyVault, owner: ContentOwner): Sealer {
  const { case_id: caseId, submission_id: submissionId } = owner;
  if (caseId !== null && submissionId !== null) throw new TypeError('A content belongs to a case or to a submission, not both');
  if (caseId !== null) return (plaintext, context) => vault.sealCaseField(caseId, plaintext, context);
  if (submissionId !== null) return (plaintext, context) => vault.sealSubmissionField(submissionId, plaintext, context);
  return (plaintext, context) => vault.sealSystemField(plaintext, context);
}

export const sealMeta = (seal: Sealer, contentId: number, note: string) => seal(JSON.stringify({ note }), metaContext(contentId));

export function noteOf(opened: string | null): string {
  if (opened === null) return '';
  const meta = JSON.parse(opened) as { note?: unknown };
  return typeof meta.note === 'string' ? meta.note : '';
}
