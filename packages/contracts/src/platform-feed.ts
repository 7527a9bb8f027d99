/**
 * The delta feed for trusted partners (issue 14, PLATFORM-API.md "Delta feeds"): python-threatexchange's
 * fetch model. Each call returns ordered updates keyed by the signal's random key (`signal: null` is a
 * delete) and an opaque checkpoint for the next call; the checkpoint never moves backwards, and one
 * too old to continue is answered 409 `stale` (fetch again without a cursor).
 */
import * as z from 'zod';

export const FEED_LIMIT_MAX = 1000;
export const FEED_LIMIT_DEFAULT = 500;

export const feedQuerySchema = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(FEED_LIMIT_MAX).default(FEED_LIMIT_DEFAULT),
});
export type FeedQuery = z.infer<typeof feedQuerySchema>;

export const feedUpdateSchema = z.object({
  /** The record's random key (stable for the signal's life). */
  key: z.string(),
  bank: z.string(),
  /** The signal's type; null on a delete. */
  signal_type: z.enum(['pdq', 'md5', 'vpdq']).nullable(),
  /** The value (hex, or vPDQ text); null: delete the record with this key. */
  signal: z.string().nullable(),
});
export type FeedUpdate = z.infer<typeof feedUpdateSchema>;

export const feedPageSchema = z.object({
  updates: z.array(feedUpdateSchema),
  /** Opaque: the cursor of the next call. */
  checkpoint: z.string(),
  /** True when another call would return more now. */
  has_more: z.boolean(),
});
export type FeedPage = z.infer<typeof feedPageSchema>;
