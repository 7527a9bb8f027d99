/**
 * The admins' review of quarantined contents (issue 14; server side only, no console page yet):
 * `GET /api/console/v1/platform/review?cursor` lists them (bank, id, dates, feedback counts per value,
 * never a hash); `POST /api/console/v1/platform/review/:id` `{decision}` releases one (it matches
 * again) or removes it (its signals leave every index). `GET /api/console/v1/platform/contents/:id/
 * feedback` gives one content's feedback counts (any staff role; the counsellor's view later).
 * Every read and decision is audited with the staff member.
 */
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../../api/api-route.js';
import type { AuditLog } from '../../audit/audit-port.js';
import { staffActor } from '../../console/case-deps.js';
import { requireStaff } from '../../staff/require-staff.js';
import type { PlatformBankStore } from '../banks/bank-store.js';
import {
  contentFeedbackSchema, contentIdParamsSchema, reviewDecisionSchema, reviewPageSchema, reviewQuerySchema,
} from './feedback-schemas.js';
import type { FeedbackStore } from './feedback-store.js';

const V1 = '/api/console/v1/platform';
const TAGS = ['console: platform review'];
export const REVIEW_PAGE_SIZE = 100;

export interface ReviewDeps {
  readonly feedback: FeedbackStore;
  readonly store: PlatformBankStore;
  readonly audit: AuditLog;
}

const notFound = () => Object.assign(new Error('no such content'), { statusCode: 404 });

export function registerReviewRoutes(app: FastifyInstance, deps: ReviewDeps): void {
  const admin = requireStaff('admin');

  apiRoute(app, {
    method: 'GET', url: `${V1}/review`, tags: TAGS, security: 'staff-session', preHandler: admin,
    summary: 'Quarantined contents awaiting review (never their hashes)', query: reviewQuerySchema,
    responses: { 200: { description: 'A page of quarantined contents, by id', schema: reviewPageSchema } },
  }, async ({ query }, request) => {
    const page = await deps.feedback.quarantined(query.cursor === undefined ? undefined : Number(query.cursor), REVIEW_PAGE_SIZE);
    const counts = await deps.feedback.counts(page.items.map((c) => c.id));
    await deps.audit.append({ actor: staffActor(request), action: 'platform.review.read', detail: { contents: page.items.length } });
    return {
      contents: page.items.map((c) => ({
        id: c.id, bank: c.bank, created_at: c.createdAt, quarantined_at: c.quarantinedAt ?? '', feedback: counts.get(c.id) ?? { blocked: 0, not_blocked: 0, pending_review: 0, false_positive: 0 },
      })),
      next_cursor: page.nextCursor,
    };
  });

  apiRoute(app, {
    method: 'POST', url: `${V1}/review/:id`, tags: TAGS, security: 'staff-session', preHandler: admin,
    summary: 'Release a quarantined content (it matches again) or remove it', params: contentIdParamsSchema, body: reviewDecisionSchema,
    responses: { 204: { description: 'Done' } },
  }, async ({ params, body }, request, reply) => {
    const content = (await deps.feedback.contents([params.id])).get(params.id);
    if (!content || content.quarantinedAt === null) throw notFound();
    if (body.decision === 'release') await deps.feedback.release(content);
    else await deps.store.deleteContent(content.bank, content.id);
    await deps.audit.append({ actor: staffActor(request), action: `platform.review.${body.decision}`, detail: { content_id: String(content.id) } });
    return reply.code(204).send();
  });

  apiRoute(app, {
    method: 'GET', url: `${V1}/contents/:id/feedback`, tags: TAGS, security: 'staff-session', preHandler: requireStaff('admin', 'counsellor'),
    summary: 'The feedback platforms reported for one content (counts per value)', params: contentIdParamsSchema,
    responses: { 200: { description: 'Counts per value', schema: contentFeedbackSchema } },
  }, async ({ params }, request) => {
    const content = (await deps.feedback.contents([params.id])).get(params.id);
    if (!content) throw notFound();
    const counts = (await deps.feedback.counts([content.id])).get(content.id);
    await deps.audit.append({ actor: staffActor(request), action: 'platform.feedback.read', detail: { content_id: String(content.id) } });
    return { id: content.id, bank: content.bank, feedback: counts ?? { blocked: 0, not_blocked: 0, pending_review: 0, false_positive: 0 } };
  });
}
