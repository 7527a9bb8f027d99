/**
 * A case's items: what the victim shared from the locker, or a counsellor attached. The item (as the
 * evidence bundle writes it, with the victim's hashes and history) is sealed with the case key; the
 * kind, who added it and where its upload stands are clear (lists and statistics).
 *
 *   add(caseId, { item, addedBy, upload })        → CaseItemRecord (seq follows the case's last)
 *   list(caseId)                                  → CaseItemRecord[] with the item opened, in seq order
 *   get(caseId, itemId)                           → CaseItemRecord | undefined
 *   setUpload(caseId, itemId, upload, blobId?)    → where the file's upload stands
 *   completeUpload(caseId, itemId, blobId)        → 'pending' becomes 'complete' with its blob; false if
 *                                                   the item was not pending (another upload won)
 *   setThumbnail(caseId, itemId, blobId)          → the sealed on-device thumbnail's blob
 *   countByCase(caseIds)                          → Map of case id → items
 */
import { randomBytes } from 'node:crypto';
import type { EvidenceItem } from '@jikim/evidence';
import type { Kysely } from 'kysely';
import type { CaseItemsTable, Database } from '../db/schema.js';
import type { Vault } from '../vault/vault-port.js';

export const itemContext = (itemId: string) => `case_items.item:${itemId}`;
export type UploadState = CaseItemsTable['upload'];

export interface CaseItemRecord {
  readonly id: string;
  readonly caseId: string;
  readonly seq: number;
  readonly kind: CaseItemsTable['kind'];
  readonly addedBy: CaseItemsTable['added_by'];
  readonly item: EvidenceItem;
  readonly upload: UploadState;
  readonly blobId: string | null;
  readonly thumbnailBlobId: string | null;
  readonly createdAt: string;
}

export function caseItems(db: Kysely<Database>, vault: Pick<Vault, 'sealCaseField' | 'openCaseField'>, now: () => Date = () => new Date()) {
  async function open(row: CaseItemsTable): Promise<CaseItemRecord> {
    const item = JSON.parse(await vault.openCaseField(row.case_id, row.item_sealed, itemContext(row.id))) as EvidenceItem;
    return {
      id: row.id, caseId: row.case_id, seq: row.seq, kind: row.kind, addedBy: row.added_by, item,
      upload: row.upload, blobId: row.blob_id, thumbnailBlobId: row.thumbnail_blob_id, createdAt: row.created_at,
    };
  }

  return {
    /** The item's own id (from the locker) is kept inside the sealed item; the row has a new random id. */
    async add(caseId: string, input: { readonly item: EvidenceItem; readonly addedBy: CaseItemsTable['added_by']; readonly upload: UploadState }): Promise<CaseItemRecord> {
      const id = randomBytes(16).toString('base64url');
      const last = await db.selectFrom('case_items').select((eb) => eb.fn.max('seq').as('seq')).where('case_id', '=', caseId).executeTakeFirst();
      const row: CaseItemsTable = {
        id, case_id: caseId, seq: Number(last?.seq ?? 0) + 1, kind: input.item.kind, added_by: input.addedBy,
        item_sealed: await vault.sealCaseField(caseId, JSON.stringify(input.item), itemContext(id)),
        upload: input.upload, blob_id: null, thumbnail_blob_id: null, created_at: now().toISOString(),
      };
      await db.insertInto('case_items').values(row).execute();
      return open(row);
    },

    async list(caseId: string): Promise<readonly CaseItemRecord[]> {
      const rows = await db.selectFrom('case_items').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
      return Promise.all(rows.map(open));
    },

    async get(caseId: string, itemId: string): Promise<CaseItemRecord | undefined> {
      const row = await db.selectFrom('case_items').selectAll().where('case_id', '=', caseId).where('id', '=', itemId).executeTakeFirst();
      return row ? open(row) : undefined;
    },

    async setUpload(caseId: string, itemId: string, upload: UploadState, blobId?: string | null): Promise<void> {
      await db.updateTable('case_items').set({ upload, ...(blobId !== undefined ? { blob_id: blobId } : {}) })
        .where('case_id', '=', caseId).where('id', '=', itemId).execute();
    },

    async completeUpload(caseId: string, itemId: string, blobId: string): Promise<boolean> {
      const result = await db.updateTable('case_items').set({ upload: 'complete', blob_id: blobId })
        .where('case_id', '=', caseId).where('id', '=', itemId).where('upload', '=', 'pending').executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async setThumbnail(caseId: string, itemId: string, blobId: string): Promise<void> {
      await db.updateTable('case_items').set({ thumbnail_blob_id: blobId }).where('case_id', '=', caseId).where('id', '=', itemId).execute();
    },

    async countByCase(caseIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
      if (caseIds.length === 0) return new Map();
      const rows = await db.selectFrom('case_items').select(['case_id', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('case_id', 'in', [...caseIds]).groupBy('case_id').execute();
      return new Map(rows.map((r) => [r.case_id, Number(r.n)]));
    },
  };
}

export type CaseItems = ReturnType<typeof caseItems>;
