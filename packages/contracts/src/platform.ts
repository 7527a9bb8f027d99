/**
 * The platform API's native routes (issue 14, decision 0018), under /api/platform/v1, each with
 * `Authorization: Bearer KEY` and the scope it names. The HMA-compatible routes (same paths and JSON
 * as HMA's OpenMediaMatch, under /api/platform/hma) are in platform-hma.ts.
 *
 *   POST /lookup                       [match]   ← lookupRequestSchema → lookupResponseSchema
 *   GET  /banks?cursor&limit           [match]   → bankPageSchema (own banks, and the banks of
 *                                                   victims' hashes it may match against: never their contents)
 *   GET  /banks/:name/contents?cursor&limit [curate] → contentPageSchema (own banks only)
 */
import * as z from 'zod';

export const PLATFORM_SCOPES = ['match', 'feed', 'feedback', 'curate', 'inbox'] as const;
export type PlatformScope = (typeof PLATFORM_SCOPES)[number];

/** HMA's bank-name rule. */
export const BANK_NAME_PATTERN = /^[A-Z_][A-Z0-9_]*$/;
export const bankNameSchema = z.string().min(1).max(100).regex(BANK_NAME_PATTERN);

/** The banks of victims' hashes: counsellor-confirmed, and the person's own submissions (review before action). */
export const VICTIM_BANKS = { confirmed: 'JIKIM_CONFIRMED', unreviewed: 'JIKIM_UNREVIEWED' } as const;

/** The largest distance a caller may ask for (no hill-climbing a hash out of distances). */
export const PLATFORM_MAX_DISTANCE = 31;
export const LOOKUP_BATCH_MAX = 1000;
export const PAGE_LIMIT_MAX = 500;

export const matchableSignalTypeSchema = z.enum(['pdq', 'md5']);
export type MatchableSignalType = z.infer<typeof matchableSignalTypeSchema>;

export const pdqHexSchema = z.string().regex(/^[0-9a-fA-F]{64}$/).transform((s) => s.toLowerCase());
export const md5HexSchema = z.string().regex(/^[0-9a-fA-F]{32}$/).transform((s) => s.toLowerCase());

/** A video's vPDQ in the reference's text form: `frame,quality,pdqHex,seconds` a line (at most 7,200 frames). */
export const VPDQ_TEXT_MAX = 7_200 * 100;
export const vpdqTextSchema = z.string().max(VPDQ_TEXT_MAX)
  .regex(/^(?:[ \t]*\d{1,9},\d{1,3},[0-9a-fA-F]{64},\d{1,9}(?:\.\d{1,9})?[ \t]*(?:\r?\n|$))+$/, 'not vPDQ text (frame,quality,pdqHex,seconds a line)');

export const lookupSignalSchema = z.discriminatedUnion('signal_type', [
  z.object({ signal_type: z.literal('pdq'), signal: pdqHexSchema }),
  z.object({ signal_type: z.literal('md5'), signal: md5HexSchema }),
  /** Matched by the reference's rule (≥ 80 % of a stored video's frames found in this one). */
  z.object({ signal_type: z.literal('vpdq'), signal: vpdqTextSchema }),
]);

export const lookupRequestSchema = z.object({
  signals: z.array(lookupSignalSchema).min(1).max(LOOKUP_BATCH_MAX),
  /** PDQ only; at most 31 (the default). */
  max_distance: z.number().int().min(0).max(PLATFORM_MAX_DISTANCE).optional(),
  /** Only these banks (default: every bank this key may match against). */
  banks: z.array(bankNameSchema).max(100).optional(),
});
export type LookupRequest = z.infer<typeof lookupRequestSchema>;

export const lookupMatchSchema = z.object({
  bank: z.string(),
  bank_content_id: z.number().int(),
  distance: z.number().int(),
  /** True for a bank of unreviewed submissions: review before acting on it. */
  review_before_action: z.boolean(),
  /** vPDQ only (distance 0): % of the query's frames found in the stored video, and of the stored video's in the query. */
  query_match_percent: z.number().optional(),
  target_match_percent: z.number().optional(),
});
export const lookupResponseSchema = z.object({
  /** One entry per signal sent, in the same order. */
  results: z.array(z.object({ matches: z.array(lookupMatchSchema) })),
});
export type LookupResponse = z.infer<typeof lookupResponseSchema>;

export const pageQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(100),
});

export const bankSummarySchema = z.object({
  name: z.string(),
  kind: z.enum(['confirmed', 'unreviewed', 'platform']),
  /** True for this platform's own banks (it may curate them). */
  own: z.boolean(),
  matching_enabled: z.boolean(),
  feed_enabled: z.boolean(),
});
export const bankPageSchema = z.object({ banks: z.array(bankSummarySchema), next_cursor: z.string().nullable() });

export const contentSummarySchema = z.object({
  id: z.number().int(),
  signals: z.record(z.string(), z.array(z.string())),
  disabled_until: z.string().nullable(),
  created_at: z.string(),
});
export const contentPageSchema = z.object({ contents: z.array(contentSummarySchema), next_cursor: z.string().nullable() });
