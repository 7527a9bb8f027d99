/**
 * A case's blobs: the sealed bytes in the BlobStore, a row in `blobs` with the size and the
 * plaintext's SHA-256 (sealed with the case key). A blob counts as stored once its row is
 * written; a crash between the two leaves a complete but unlisted file, removed with its case.
 *
 *   store(caseId, source)  → StoredBlob (after the bytes are durable and the row is written)
 *   record(blob)           → writes the row of a blob completed otherwise (a resumable upload)
 *   list(caseId)           → StoredBlob[] (oldest first)
 *   read(caseId, blobId)   → Readable of verified plaintext (BlobNotFoundError if no row)
 *   remove(caseId, blobId) → the row, then the bytes (a file whose digest was refused)
 */
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Vault } from '../vault/vault-port.js';
import { BlobNotFoundError, type BlobSource, type BlobStore, type StoredBlob } from './blob-store-port.js';

export const sha256Context = (blobId: string) => `blobs.sha256:${blobId}`;

export function caseBlobs(deps: {
  readonly db: Kysely<Database>;
  readonly vault: Vault;
  readonly store: BlobStore;
  readonly now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  async function record(blob: StoredBlob): Promise<void> {
    await deps.db.insertInto('blobs').values({
      id: blob.id,
      case_id: blob.caseId,
      size: blob.size,
      sha256: await deps.vault.sealCaseField(blob.caseId, blob.sha256, sha256Context(blob.id)),
      created_at: now().toISOString(),
    }).execute();
  }

  return {
    async store(caseId: string, source: BlobSource): Promise<StoredBlob> {
      const blob = await deps.store.put(caseId, source);
      await record(blob);
      return blob;
    },

    /** Lists a blob the store completed otherwise (a finished resumable upload). */
    record,

    async list(caseId: string): Promise<readonly StoredBlob[]> {
      const rows = await deps.db.selectFrom('blobs').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
      return Promise.all(rows.map(async (row) => ({
        id: row.id,
        caseId,
        size: Number(row.size),
        sha256: await deps.vault.openCaseField(caseId, row.sha256, sha256Context(row.id)),
      })));
    },

    async read(caseId: string, blobId: string): Promise<Readable> {
      const row = await deps.db.selectFrom('blobs').select('id').where('case_id', '=', caseId).where('id', '=', blobId).executeTakeFirst();
      if (!row) throw new BlobNotFoundError();
      return deps.store.read(caseId, blobId);
    },

    async remove(caseId: string, blobId: string): Promise<void> {
      await deps.db.deleteFrom('blobs').where('case_id', '=', caseId).where('id', '=', blobId).execute();
      await deps.store.delete(caseId, blobId);
    },
  };
}
