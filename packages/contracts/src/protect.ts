/**
 * "Protect my images" (`/protect`, issue 14, decision 0018): a person hashes photos and videos on
 * their own device and sends only the hashes, with no account; partner platforms then match against
 * them (bank JIKIM_UNREVIEWED, "review before action"). The person gets a code and a PIN (a help
 * request's rules: stored only as keyed hashes, not recoverable) to see the status and to withdraw.
 * A submission is not a case: no counsellor sees it, no figure counts it.
 *
 * Routes (under /api/protect/v1; JSON errors `{error, message, requestId}` as the rest of the API):
 *   POST /submissions         ← protectSubmissionRequestSchema → 201 protectSubmissionResponseSchema
 *                                (proof of work from GET /api/help/v1/challenge, spent like a help request's;
 *                                 400 `validation` with fields, 400 `low_quality`, 403 proof of work refused,
 *                                 429 intake limit with Retry-After)
 *   GET  /submission          (code + PIN headers) → protectStatusSchema
 *   POST /submission/withdraw (code + PIN headers, no body) → protectWithdrawResponseSchema (idempotent)
 * With the code and PIN: 401 `unauthorized` for any wrong, unknown or locked code/PIN (one answer),
 * 429 `too_many_requests` (Retry-After) after 20 failures from one address in an hour.
 */
import * as z from 'zod';
import { caseCodeSchema, casePinSchema, powSolutionSchema } from './help.js';
import { md5HexSchema, pdqHexSchema } from './platform.js';

/** Every call after the submission carries the code and PIN in these headers (never in a URL). */
export const PROTECT_CODE_HEADER = 'x-jikim-protect-code';
export const PROTECT_PIN_HEADER = 'x-jikim-protect-pin';
/** The code has a case code's format (`K7Q2M-9XH4T-B3W8N`, typed forgivingly) and the PIN six digits. */
export const protectCodeSchema = caseCodeSchema;
export const protectPinSchema = casePinSchema;

export const PROTECT_LIMITS = {
  /** Items (photos and videos) in one submission. */
  items: 50,
  /** PDQ hashes of an image: its own, or its own and its 7 dihedral variants (@jikim/pdq PDQ_DIHEDRAL_ORDER). */
  pdqCounts: [1, 8] as readonly number[],
  /** A PDQ hash (or a vPDQ frame) below this quality matches nothing reliably: refused (`low_quality`). */
  minQuality: 50,
  /** vPDQ frames of one video (two hours at 1 frame a second). */
  vpdqFrames: 7_200,
  /** vPDQ text of one video (frames × the longest line the reference writes, with room). */
  vpdqChars: 7_200 * 100,
  /** The largest body the submission route accepts. */
  bodyBytes: 24 * 1024 * 1024,
} as const;

export const protectPdqSchema = z.strictObject({
  hash: pdqHexSchema,
  /** 0–100; below PROTECT_LIMITS.minQuality the server answers 400 `low_quality` (the page never sends one). */
  quality: z.number().int().min(0).max(100),
});

/**
 * One photo or video, as hashes only: no SHA-256, no file name, no size, no thumbnail (any other
 * key is refused, so nothing else can slip out with them).
 * - image: `md5`, and `pdq` with 1 or 8 hashes (the original first, then PDQ_DIHEDRAL_ORDER), or no
 *   `pdq` when the device could not decode it; never `vpdq`.
 * - video: `md5`, and `vpdq` (the reference's text form, `frame,quality,pdqHex,seconds` a line;
 *   @jikim/pdq formatVpdqText) when frames could be hashed; never `pdq`. The server keeps only the
 *   frames of quality ≥ 50 and refuses (`low_quality`) a vPDQ with none.
 */
export const protectItemSchema = z.strictObject({
  kind: z.enum(['image', 'video']),
  md5: md5HexSchema,
  pdq: z.array(protectPdqSchema).optional(),
  vpdq: z.string().min(1).max(PROTECT_LIMITS.vpdqChars).optional(),
}).superRefine((item, ctx) => {
  if (item.kind === 'image' && item.vpdq !== undefined) ctx.addIssue({ code: 'custom', path: ['vpdq'], message: 'an image has no vPDQ' });
  if (item.kind === 'video' && item.pdq !== undefined) ctx.addIssue({ code: 'custom', path: ['pdq'], message: 'a video has no PDQ list (send vpdq)' });
  if (item.pdq !== undefined && !PROTECT_LIMITS.pdqCounts.includes(item.pdq.length)) {
    ctx.addIssue({ code: 'custom', path: ['pdq'], message: 'an image has 1 PDQ hash or 8 (with its dihedral variants)' });
  }
});
export type ProtectItem = z.infer<typeof protectItemSchema>;

export const protectSubmissionRequestSchema = z.strictObject({
  /** altcha's solution to GET /api/help/v1/challenge (the help request's proof of work). */
  pow: powSolutionSchema,
  /** The language the person used (kept with the submission). */
  locale: z.enum(['ko', 'en']),
  items: z.array(protectItemSchema).min(1).max(PROTECT_LIMITS.items),
});
export type ProtectSubmissionRequest = z.input<typeof protectSubmissionRequestSchema>;

export const protectSubmissionResponseSchema = z.object({
  /** Shown once; neither can be recovered. */
  code: z.string(),
  pin: z.string(),
  /** Items stored (as sent). */
  items: z.number().int(),
  /** Hashes stored in all: each PDQ hash, each MD5, each vPDQ. */
  hashes: z.number().int(),
});
export type ProtectSubmissionResponse = z.infer<typeof protectSubmissionResponseSchema>;

/**
 * What the person sees with the code and PIN: per item, how many hashes and how many times
 * platforms' lookups matched them; never where. Items are in the order sent (`index` from 0).
 * `received` until the matchers have the item's hashes; the server counts a hash as `active` once
 * it is committed (every matcher follows the change log within seconds). A withdrawn submission
 * has no items left.
 */
export const protectStatusSchema = z.object({
  state: z.enum(['active', 'withdrawn']),
  createdAt: z.string(),
  items: z.array(z.object({
    index: z.number().int(),
    kind: z.enum(['image', 'video']),
    hashes: z.number().int(),
    state: z.enum(['received', 'active']),
    matches: z.number().int(),
  })),
});
export type ProtectStatus = z.infer<typeof protectStatusSchema>;

/** Withdrawal: every hash leaves the banks and every feed (as deletions); its key is destroyed. Again: `removed: 0`. */
export const protectWithdrawResponseSchema = z.object({
  state: z.literal('withdrawn'),
  /** Items removed by this call. */
  removed: z.number().int(),
});
export type ProtectWithdrawResponse = z.infer<typeof protectWithdrawResponseSchema>;
