/**
 * The HMA-compatible routes (issue 14, decision 0018): the paths, parameters and JSON of Meta's
 * Hasher-Matcher-Actioner (OpenMediaMatch), under /api/platform/hma, each with
 * `Authorization: Bearer KEY`. Shapes as HMA returns them (facebook/ThreatExchange at the commit in
 * packages/server/test/fixtures/hma/README.md); where Jikim answers differently the fixture says why.
 *
 *   GET  /m/lookup?signal_type&signal[&banks][&max_distance]  [match]  → hmaLookupResponseSchema
 *   GET  /m/raw_lookup?signal_type&signal[&banks][&include_distance] [match] → hmaRawLookupResponseSchema
 *   POST /m/compare                     [match]   ← {type: [h1, h2]} → hmaCompareResponseSchema
 *   GET  /m/index/status[?signal_type]  [match]   → hmaIndexStatusResponseSchema
 *   GET  /c/banks, POST /c/banks        [curate]  (the key's platform's own banks only)
 *   GET/PUT/DELETE /c/bank/NAME         [curate]
 *   POST /c/bank/NAME/signal            [curate]  ← {pdq: hex, note?} → hmaSignalAddedSchema
 *   GET/PUT/DELETE /c/bank/NAME/content/ID [curate]
 *   GET  /status, /status/live          [any key] → text: I-AM-ALIVE, or 503 INDEX-NOT-LOADED / INDEX-STALE
 * Errors: `{message}` (HMA's ErrorResponse).
 */
import * as z from 'zod';

/** HMA's names for the signal types Jikim matches (HMA calls MD5 `video_md5`). */
export const HMA_SIGNAL_TYPES = ['pdq', 'video_md5'] as const;
export type HmaSignalType = (typeof HMA_SIGNAL_TYPES)[number];

export const hmaErrorSchema = z.object({ message: z.string(), details: z.string().optional() });
export const hmaMessageSchema = z.object({ message: z.string() });

const TRUE = ['1', 'on', 't', 'true', 'y', 'yes'];
const FALSE = ['0', 'off', 'f', 'false', 'n', 'no'];
/** A boolean in a query string, read as pydantic reads one (`true`, `1`, `yes`, `on`, …). */
export const hmaQueryBoolSchema = z.string().refine((s) => [...TRUE, ...FALSE].includes(s.toLowerCase()), 'must be a boolean')
  .transform((s) => TRUE.includes(s.toLowerCase()));

const queryText = z.string().max(4096);

export const hmaLookupQuerySchema = z.object({
  signal_type: queryText.optional(),
  signal: queryText.optional(),
  /** Comma-separated bank names: only these banks. */
  banks: queryText.optional(),
  /** Remote fetching is never offered here (HMA without the hasher role answers 403). */
  url: queryText.optional(),
  content_type: queryText.optional(),
  types: queryText.optional(),
  /** HMA's coinflip over a bank's enabled ratio; Jikim's banks are on or off, so both are accepted and change nothing. */
  seed: queryText.optional(),
  bypass_coinflip: hmaQueryBoolSchema.optional(),
  /** Beyond HMA: PDQ's largest distance, 0–31 (the default); above 31 is refused (400). */
  max_distance: queryText.optional(),
});

export const hmaRawLookupQuerySchema = z.object({
  signal_type: queryText,
  signal: queryText,
  banks: queryText.optional(),
  include_distance: hmaQueryBoolSchema.optional(),
});

export const hmaMatchSchema = z.object({
  bank_content_id: z.number().int(),
  /** A string, as HMA's: PDQ's distance in decimal, `-` for an exact-only type (video_md5). */
  distance: z.string(),
});
/** Bank name → matches. */
export const hmaLookupResponseSchema = z.record(z.string(), z.array(hmaMatchSchema));
export const hmaRawLookupResponseSchema = z.object({ matches: z.array(z.union([z.number().int(), hmaMatchSchema])) });

/** Signal type → the two hashes to compare (checked one by one, with HMA's messages). */
export const hmaCompareRequestSchema = z.record(z.string(), z.unknown());
/** Signal type → [matched, {distance}] (no distance for an exact-only type). */
export const hmaCompareResponseSchema = z.record(z.string(), z.tuple([z.boolean(), z.object({ distance: z.number().int().optional() })]));

export const hmaIndexStatusQuerySchema = z.object({ signal_type: queryText.optional() });
export const hmaIndexStatusResponseSchema = z.record(z.string(), z.object({
  present: z.boolean(),
  /** Unix seconds the index is up to date to; -1 when not loaded. */
  built_to: z.number().int(),
  size: z.number().int(),
}));

export const hmaBankSchema = z.object({
  name: z.string(),
  /** 1 or 0: a Jikim bank is matched or not (HMA's ratios between are refused). */
  matching_enabled_ratio: z.number(),
});
export const hmaBankListSchema = z.array(hmaBankSchema);

const ratio = z.union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/).transform(Number)]);
const flag = z.union([z.boolean(), z.literal(0).transform(() => false), z.literal(1).transform(() => true), hmaQueryBoolSchema]);

export const hmaBankCreateSchema = z.object({
  name: z.string().max(255),
  enabled_ratio: ratio.nullable().optional(),
  enabled: flag.nullable().optional(),
});
export const hmaBankUpdateSchema = z.object({
  name: z.string().max(255).nullable().optional(),
  enabled_ratio: ratio.nullable().optional(),
  enabled: flag.nullable().optional(),
});

export const hmaBankPathSchema = z.object({ bank_name: z.string().max(255) });
export const hmaContentPathSchema = z.object({
  bank_name: z.string().max(255),
  /** A content id (HMA's route takes only a non-negative integer here: anything else is 404). */
  content_id: z.string().max(64),
});
export const hmaContentQuerySchema = z.object({
  include_signals: queryText.optional(),
  include_metadata: queryText.optional(),
});

/** HMA's `disable_until_ts`: 1 enabled, 0 disabled, else disabled until this unix time. */
export const hmaContentSchema = z.object({
  id: z.number().int(),
  disable_until_ts: z.number().int(),
  original_media_uri: z.string().nullable(),
  bank: hmaBankSchema,
  /** Only with `?include_signals=true`: type → value. */
  signals: z.record(z.string(), z.string()).optional(),
  /** Only when a note was given. */
  note: z.string().optional(),
});
/** PUT answers with the stored content as HMA's dataclass serialises it. */
export const hmaContentUpdatedSchema = z.object({
  id: z.number().int(),
  disable_until_ts: z.number().int(),
  collab_metadata: z.record(z.string(), z.array(z.string())),
  original_media_uri: z.string().nullable(),
  bank: hmaBankSchema,
  user_metadata: z.record(z.string(), z.unknown()).nullable(),
  note: z.string().nullable(),
});
export const hmaContentUpdateSchema = z.object({
  disable_until_ts: z.union([z.number(), z.string().max(32)]).optional(),
  note: z.unknown().optional(),
});

/** `POST /c/bank/NAME/signal`: signal type → value, and an optional note (≤ 255 characters). */
export const hmaSignalAddSchema = z.record(z.string(), z.unknown());
export const hmaSignalAddedSchema = z.object({ id: z.number().int(), signals: z.record(z.string(), z.string()) });
export const hmaDeletedSchema = z.object({ deleted: z.number().int() });
