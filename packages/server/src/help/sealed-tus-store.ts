/**
 * tus's data store over the BlobStore's resumable uploads: every byte is sealed as it arrives, and
 * the offset after a restart is what the `.part` file verifies to (uploadOffset). A tus upload's id
 * is its case item's id; the item row holds the blob id of the upload in progress while its upload
 * is `pending`. Who may touch which upload is checked before the store is reached (help-uploads.ts).
 */
import type { Readable } from 'node:stream';
import { DataStore, ERRORS, Upload } from '@tus/utils';
import { BlobNotFoundError, type BlobStore } from '../blobs/blob-store-port.js';
import { caseItems } from '../cases/case-items.js';
import type { HelpDeps } from './help-deps.js';
import { afterWrite } from './withdraw-case.js';

export class SealedTusStore extends DataStore {
  constructor(private readonly deps: Pick<HelpDeps, 'db' | 'vault' | 'now' | 'audit' | 'banks'> & { readonly blobs: BlobStore }) {
    super();
    this.extensions = ['creation', 'creation-with-upload'];
  }

  /** The pending item's case and upload-in-progress blob id. */
  private async pending(itemId: string): Promise<{ caseId: string; blobId: string | null; createdAt: string }> {
    const row = await this.deps.db.selectFrom('case_items').select(['case_id', 'blob_id', 'upload', 'created_at'])
      .where('id', '=', itemId).executeTakeFirst();
    if (row?.upload !== 'pending') throw ERRORS.FILE_NOT_FOUND;
    return { caseId: row.case_id, blobId: row.blob_id, createdAt: row.created_at };
  }

  override async create(upload: Upload): Promise<Upload> {
    const { caseId, blobId: previous } = await this.pending(upload.id);
    // A new upload of the same item starts over: what an earlier one left is removed.
    if (previous) {
      await this.deps.db.deleteFrom('blobs').where('case_id', '=', caseId).where('id', '=', previous).execute();
      await this.deps.blobs.delete(caseId, previous);
    }
    const { id } = await this.deps.blobs.begin(caseId);
    await this.deps.db.updateTable('case_items').set({ blob_id: id })
      .where('id', '=', upload.id).where('upload', '=', 'pending').execute();
    // Beginning a blob makes the case key if it is gone: a withdrawal meanwhile is finished again.
    await afterWrite(this.deps, caseId);
    upload.creation_date = this.deps.now().toISOString();
    return upload;
  }

  override async write(stream: Readable, id: string, _offset: number): Promise<number> {
    const { caseId, blobId } = await this.pending(id);
    if (!blobId) throw ERRORS.FILE_NOT_FOUND;
    return (await this.deps.blobs.append(caseId, blobId, stream)).size;
  }

  override async getUpload(id: string): Promise<Upload> {
    const { caseId, blobId, createdAt } = await this.pending(id);
    if (!blobId) throw ERRORS.FILE_NOT_FOUND;
    const item = await caseItems(this.deps.db, this.deps.vault).get(caseId, id);
    let offset: number;
    try {
      offset = await this.deps.blobs.uploadOffset(caseId, blobId);
    } catch (error) {
      if (error instanceof BlobNotFoundError) throw ERRORS.FILE_NOT_FOUND;
      throw error;
    }
    return new Upload({ id, size: item?.item.file?.bytes ?? 0, offset, metadata: { itemId: id }, creation_date: createdAt });
  }
}
