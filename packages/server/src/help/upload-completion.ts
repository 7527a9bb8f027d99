/**
 * The end of a file's upload: the blob is finished, and its SHA-256 and size must equal what the
 * victim's item recorded. Equal: the blob is listed (`blobs` row, SHA-256 sealed) and the item is
 * `complete`; unequal: the blob is deleted and the item `refused`. Audited with counts only.
 */
import { caseBlobs } from '../blobs/case-blobs.js';
import { caseItems } from '../cases/case-items.js';
import type { HelpDeps } from './help-deps.js';

export async function completeUpload(deps: Pick<HelpDeps, 'db' | 'vault' | 'blobs' | 'audit' | 'now'>, caseId: string, itemId: string): Promise<'complete' | 'refused'> {
  const row = await caseItems(deps.db, deps.vault, deps.now).get(caseId, itemId);
  if (row?.upload !== 'pending' || !row.blobId) return 'refused';
  const blob = await deps.blobs.finish(caseId, row.blobId);
  const file = row.item.file;
  if (file && blob.sha256 === file.sha256 && blob.size === file.bytes) {
    // The row first (sealing reads the vault outside any transaction: SQLite has one connection).
    await caseBlobs({ db: deps.db, vault: deps.vault, store: deps.blobs, now: deps.now }).record(blob);
    await deps.db.transaction().execute(async (trx) => {
      await caseItems(trx, deps.vault, deps.now).setUpload(caseId, itemId, 'complete', blob.id);
      await deps.audit.append({ actor: { kind: 'victim' }, action: 'help.upload', caseId, detail: { outcome: 'complete', bytes: blob.size } }, trx);
    });
    return 'complete';
  }
  await deps.blobs.delete(caseId, blob.id);
  await caseItems(deps.db, deps.vault, deps.now).setUpload(caseId, itemId, 'refused', null);
  await deps.audit.append({ actor: { kind: 'victim' }, action: 'help.upload', caseId, detail: { outcome: 'refused_hash', bytes: blob.size } });
  return 'refused';
}
