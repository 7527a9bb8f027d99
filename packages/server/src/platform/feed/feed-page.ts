/**
 * One call of the feed (python-threatexchange's fetch model): from a checkpoint (or none: a full
 * sync) to the updates after it and the next checkpoint.
 *  - No cursor: a full sync. The change log's last seq is fixed in the cursor at the first page; the
 *    current signals follow by id, page by page; then a delta from that seq (changes made meanwhile
 *    are replayed, which is harmless: every update is idempotent by key).
 *  - A delta: the changes after the cursor's seq, in order, each with the signal's value now.
 *  - A cursor older than the change log kept (pruned past FEED_HORIZON_DAYS) is stale: resync.
 */
import type { FeedPage, FeedUpdate } from '@jikim/contracts';
import type { Db } from '../../db/database.js';
import type { KeyVault } from '../../vault/vault.js';
import { decodeCursor, encodeCursor, FeedCursorError, type FeedCursor } from './feed-cursor.js';
import { logBounds, readDeltaPage, readSyncPage, type FeedRecord } from './feed-source.js';

export interface FeedDeps {
  readonly db: Db;
  readonly vault: KeyVault;
  readonly now: () => Date;
}

/** Several changes of one key in a page become its last one, where that last one stands. */
function collapse(records: readonly FeedRecord[]): FeedUpdate[] {
  const byKey = new Map<string, FeedRecord>();
  for (const record of records) {
    byKey.delete(record.key);
    byKey.set(record.key, record);
  }
  return [...byKey.values()].map((r) => ({ key: r.key, bank: r.bank, signal_type: r.value?.type ?? null, signal: r.value?.value ?? null }));
}

/** `banks`: the banks this caller may be fed (feed enabled, and matchable by it). */
export async function feedPage(deps: FeedDeps, banks: readonly string[], cursorText: string | undefined, limit: number): Promise<FeedPage> {
  const cursor: FeedCursor | null = cursorText === undefined ? null : decodeCursor(cursorText);
  const bounds = await logBounds(deps.db);
  if (cursor) {
    // The next change it needs (seq + 1) was pruned, or it is ahead of this database's log.
    if (cursor.seq < bounds.oldest - 1 || cursor.seq > bounds.last) throw new FeedCursorError('stale');
  }
  const now = deps.now();

  if (cursor === null || cursor.phase === 'sync') {
    const seq = cursor?.seq ?? bounds.last;
    const page = await readSyncPage(deps.db, deps.vault, banks, cursor?.afterId ?? 0, limit, now);
    const updates = collapse(page.records);
    if (page.full && page.lastId !== null) {
      return { updates, checkpoint: encodeCursor({ phase: 'sync', seq, afterId: page.lastId }), has_more: true };
    }
    return { updates, checkpoint: encodeCursor({ phase: 'delta', seq }), has_more: bounds.last > seq };
  }

  const page = await readDeltaPage(deps.db, deps.vault, banks, cursor.seq, bounds.last, limit, now);
  const updates = collapse(page.records);
  if (page.full && page.lastSeq !== null) {
    return { updates, checkpoint: encodeCursor({ phase: 'delta', seq: page.lastSeq }), has_more: page.lastSeq < bounds.last };
  }
  return { updates, checkpoint: encodeCursor({ phase: 'delta', seq: bounds.last }), has_more: false };
}
