/**
 * Which item of a case made which content of the confirmed bank (`case_protected_items`, migration
 * 2026-12-11): the content id, the item id, photo or video, who added it and when. A row goes with
 * its bank content (FK cascade) and with its case. Nothing of the file or its hashes is here.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { toId } from '../../platform/banks/bank-ids.js';

export interface CaseProtectedItemsTable {
  content_id: number | string | bigint;
  case_id: string;
  item_id: string;
  kind: 'photo' | 'video';
  added_by: string;
  created_at: string;
}

export interface ProtectedItemRow {
  readonly contentId: number;
  readonly itemId: string;
  readonly kind: 'photo' | 'video';
  readonly addedBy: string;
  readonly createdAt: string;
}

export function protectedItems(root: Kysely<Database>) {
  const db = root.withTables<{ case_protected_items: CaseProtectedItemsTable }>();
  const toRow = (r: CaseProtectedItemsTable): ProtectedItemRow => ({ contentId: toId(r.content_id), itemId: r.item_id, kind: r.kind, addedBy: r.added_by, createdAt: r.created_at });

  return {
    /** The case's rows, oldest first; added together, in the case's order of items. */
    async list(caseId: string): Promise<ProtectedItemRow[]> {
      const rows = await db.selectFrom('case_protected_items as p')
        .leftJoin('case_items as i', (join) => join.onRef('i.case_id', '=', 'p.case_id').onRef('i.id', '=', 'p.item_id'))
        .selectAll('p')
        .where('p.case_id', '=', caseId)
        .orderBy('p.created_at').orderBy('i.seq').orderBy('p.item_id')
        .execute();
      return rows.map(toRow);
    },

    /** False when the item already has a row for this case (the unique index said so). */
    async insert(caseId: string, row: ProtectedItemRow): Promise<boolean> {
      const inserted = await db.insertInto('case_protected_items')
        .values({ content_id: row.contentId, case_id: caseId, item_id: row.itemId, kind: row.kind, added_by: row.addedBy, created_at: row.createdAt })
        .onConflict((oc) => oc.columns(['case_id', 'item_id']).doNothing())
        .returning('content_id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async get(caseId: string, contentId: number): Promise<ProtectedItemRow | null> {
      const row = await db.selectFrom('case_protected_items').selectAll().where('case_id', '=', caseId).where('content_id', '=', contentId).executeTakeFirst();
      return row ? toRow(row) : null;
    },
  };
}
