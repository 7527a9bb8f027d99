/**
 * The feed's checkpoint, opaque to consumers (base64url). Two phases, in this order:
 *  - sync:  a full sync under way, the change log's seq fixed at its first page, after signal id `afterId`;
 *  - delta: every change after `seq`.
 * `position` orders checkpoints: a consumer's never moves backwards.
 */
export type FeedCursor =
  | { readonly phase: 'sync'; readonly seq: number; readonly afterId: number }
  | { readonly phase: 'delta'; readonly seq: number };

export class FeedCursorError extends Error {
  constructor(readonly code: 'bad_cursor' | 'stale') {
    super(code === 'stale' ? 'the cursor is older than the change log kept' : 'malformed feed cursor');
    this.name = 'FeedCursorError';
  }
}

const SYNC = /^1\.s\.(\d{1,15})\.(\d{1,15})$/;
const DELTA = /^1\.d\.(\d{1,15})$/;

export function encodeCursor(cursor: FeedCursor): string {
  const text = cursor.phase === 'sync' ? `1.s.${cursor.seq}.${cursor.afterId}` : `1.d.${cursor.seq}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** The cursor a checkpoint names; a FeedCursorError('bad_cursor') for anything this server did not make. */
export function decodeCursor(text: string): FeedCursor {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) throw new FeedCursorError('bad_cursor');
  const plain = Buffer.from(text, 'base64url').toString('utf8');
  const sync = SYNC.exec(plain);
  if (sync) return { phase: 'sync', seq: Number(sync[1]), afterId: Number(sync[2]) };
  const delta = DELTA.exec(plain);
  if (delta) return { phase: 'delta', seq: Number(delta[1]) };
  throw new FeedCursorError('bad_cursor');
}

/** Where a checkpoint stands: every sync position comes before every delta position. */
export function position(cursor: FeedCursor): readonly [number, number] {
  return cursor.phase === 'sync' ? [0, cursor.afterId] : [1, cursor.seq];
}
