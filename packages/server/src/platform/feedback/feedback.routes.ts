/**
 * `POST /api/platform/v1/feedback` [feedback]: a platform's latest value (StopNCII's blocked,
 * not_blocked, pending_review, false_positive) for up to 1,000 contents of the banks its key may
 * match (its own and the victims'). All or nothing: one content it may not report, or that is not
 * in the bank named, makes the whole request 404 and records nothing (a per-item answer would tell
 * a stranger which ids exist). Audited with counts only.
 */
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import { requireScope } from '../keys/platform-auth.js';
import { callerOf, type PlatformRouteDeps } from '../platform-lookup.js';
import { feedbackRequestSchema, feedbackResponseSchema, type FeedbackValue } from './feedback-schemas.js';
import type { ContentRef, FeedbackStore } from './feedback-store.js';

const TAGS = ['Platform'];

export function registerFeedbackRoute(app: FastifyInstance, deps: PlatformRouteDeps, feedback: FeedbackStore): void {
  apiRoute(app, {
    method: 'POST', url: '/api/platform/v1/feedback', summary: 'Report what the platform did with matched contents', tags: TAGS, security: 'platform-key',
    body: feedbackRequestSchema, preHandler: requireScope(deps.auth, 'feedback', 'native'),
    responses: { 200: { description: 'How many contents the feedback was recorded for', schema: feedbackResponseSchema } },
  }, async ({ body }, request) => {
    const caller = callerOf(request);
    const banks = await deps.access.matchable(caller);
    const found = await feedback.contents([...new Set(body.items.map((item) => item.bank_content_id))]);
    const items = new Map<number, { content: ContentRef; value: FeedbackValue }>();
    for (const item of body.items) {
      const content = found.get(item.bank_content_id);
      if (!content || content.bank !== item.bank || !banks.has(item.bank)) throw Object.assign(new Error('no such content'), { statusCode: 404 });
      items.delete(content.id);
      items.set(content.id, { content, value: item.value });
    }
    const recorded = await feedback.record(caller.platformId, items);
    await deps.auth.audit(caller, 'feedback', { items: body.items.length, contents: recorded });
    return { recorded };
  });
}
