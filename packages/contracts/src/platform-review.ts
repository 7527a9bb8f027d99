/**
 * The shapes of platform feedback and of the admins' review of quarantined contents (issue 14).
 *
 *   POST /api/platform/v1/feedback                        [feedback] ← feedbackRequestSchema → { recorded }
 *   GET  /api/console/v1/platform/review?cursor           [admin]    → reviewPageSchema
 *   POST /api/console/v1/platform/review/:id              [admin]    ← reviewDecisionSchema
 *   GET  /api/console/v1/platform/contents/:id/feedback   [staff]    → contentFeedbackSchema
 */
import { bankNameSchema } from './platform.js';
import * as z from 'zod';

/** StopNCII's platform feedback values. */
export const FEEDBACK_VALUES = ['blocked', 'not_blocked', 'pending_review', 'false_positive'] as const;
export type FeedbackValue = (typeof FEEDBACK_VALUES)[number];
export const FEEDBACK_BATCH_MAX = 1000;

export const feedbackRequestSchema = z.object({
  items: z.array(z.object({
    bank: bankNameSchema,
    bank_content_id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    value: z.enum(FEEDBACK_VALUES),
  })).min(1).max(FEEDBACK_BATCH_MAX),
});
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

export const feedbackResponseSchema = z.object({
  /** Distinct contents whose feedback from this platform is now the value sent. */
  recorded: z.number().int(),
});

/** How many platforms' latest value is each value. */
export const feedbackCountsSchema = z.object({
  blocked: z.number().int(),
  not_blocked: z.number().int(),
  pending_review: z.number().int(),
  false_positive: z.number().int(),
});
export type FeedbackCounts = z.infer<typeof feedbackCountsSchema>;

export const contentIdParamsSchema = z.object({ id: z.string().regex(/^\d{1,16}$/).transform(Number) });

export const contentFeedbackSchema = z.object({ id: z.number().int(), bank: z.string(), feedback: feedbackCountsSchema });

export const reviewItemSchema = z.object({
  id: z.number().int(),
  bank: z.string(),
  created_at: z.string(),
  quarantined_at: z.string(),
  feedback: feedbackCountsSchema,
});
export const reviewPageSchema = z.object({ contents: z.array(reviewItemSchema), next_cursor: z.string().nullable() });
export const reviewQuerySchema = z.object({ cursor: z.string().regex(/^\d{1,16}$/).optional() });
export const reviewDecisionSchema = z.object({ decision: z.enum(['release', 'remove']) });
export type ReviewItem = z.infer<typeof reviewItemSchema>;
export type ReviewPage = z.infer<typeof reviewPageSchema>;
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>['decision'];
