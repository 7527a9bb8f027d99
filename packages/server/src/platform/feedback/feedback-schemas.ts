/**
 * The shapes of platform feedback and of the admins' review of quarantined contents (issue 14) live in
 * `@jikim/contracts` (`platform-review.ts`), so the console's review page uses the same ones.
 */
export {
  contentFeedbackSchema, contentIdParamsSchema, FEEDBACK_BATCH_MAX, FEEDBACK_VALUES, feedbackCountsSchema, feedbackRequestSchema,
  feedbackResponseSchema, reviewDecisionSchema, reviewItemSchema, reviewPageSchema, reviewQuerySchema,
  type FeedbackCounts, type FeedbackRequest, type FeedbackValue,
} from '@jikim/contracts';
