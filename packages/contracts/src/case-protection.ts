/**
 * Case hashes in the confirmed bank (issue 14): a counsellor puts the hashes of images and videos the
 * person shared with the centre into `JIKIM_CONFIRMED`, only with the case's `hash_protection`
 * consent given. The server hashes the shared originals itself (PDQ with its 8 dihedral hashes and MD5
 * for photos; MD5 and vPDQ for videos); the files are not copied and the hashes are sealed with the
 * case key. Withdrawing the consent, withdrawing the case or destroying it removes them from every
 * index and feed (deletes in the change log).
 *
 *   GET    /api/console/v1/cases/:id/protection                 [counsellor] → caseProtectionSchema
 *   POST   /api/console/v1/cases/:id/protection                 [counsellor] ← protectItemsRequestSchema → protectItemsResponseSchema
 *   DELETE /api/console/v1/cases/:id/protection/:contentId      [counsellor] → { removed: 0 | 1 }
 *
 * Errors: 409 `consent_missing` (no hash_protection consent), 400 `not_hashable` (an item that is not
 * a photo or a video, or one whose picture has too little detail: every PDQ quality < 50), 404.
 */
import * as z from 'zod';

const caseId = z.string().regex(/^[0-9a-hjkmnp-tv-z]{16}$/);

export const protectItemsRequestSchema = z.object({
  /** Items of the case (shared by the person, or attached by a counsellor) to hash. */
  itemIds: z.array(z.string().min(1).max(128)).min(1).max(100),
});
export type ProtectItemsRequest = z.infer<typeof protectItemsRequestSchema>;

/** The same feedback counts as `/api/console/v1/platform/contents/:id/feedback`. */
const feedbackCounts = z.object({
  blocked: z.number().int(),
  not_blocked: z.number().int(),
  pending_review: z.number().int(),
  false_positive: z.number().int(),
});

export const protectedContentSchema = z.object({
  /** The bank content id (what platforms see as `bank_content_id`). */
  contentId: z.number().int(),
  itemId: z.string(),
  kind: z.enum(['photo', 'video']),
  /** How many signals (photo: up to 8 PDQ + 1 MD5; video: 1 MD5 + 1 vPDQ). */
  signals: z.number().int(),
  /** Lookups that matched one of its signals. */
  matches: z.number().int(),
  feedback: feedbackCounts,
  quarantined: z.boolean(),
  createdAt: z.string(),
  /** Staff id of who added it. */
  addedBy: z.string(),
});
export type ProtectedContent = z.infer<typeof protectedContentSchema>;

export const caseProtectionSchema = z.object({
  /** Whether the case's hash_protection consent is given now. */
  consentGiven: z.boolean(),
  contents: z.array(protectedContentSchema),
});
export type CaseProtection = z.infer<typeof caseProtectionSchema>;

export const protectItemsResponseSchema = z.object({
  added: z.array(protectedContentSchema),
  /** Items already in the bank for this case (not added twice). */
  alreadyProtected: z.array(z.string()),
});

export const protectionParamsSchema = z.object({ id: caseId, contentId: z.string().regex(/^\d{1,16}$/).transform(Number) });
export const protectionRemovedSchema = z.object({ removed: z.number().int() });
