/** Platform feedback and the admins' review of what it quarantined (issue 14): both route sets. */
import type { FastifyInstance } from 'fastify';
import type { AuditLog } from '../../audit/audit-port.js';
import type { Db } from '../../db/database.js';
import type { PlatformBankStore } from '../banks/bank-store.js';
import type { PlatformRouteDeps } from '../platform-lookup.js';
import { registerFeedbackRoute } from './feedback.routes.js';
import { feedbackStore } from './feedback-store.js';
import { registerReviewRoutes } from './review.routes.js';

export function registerPlatformFeedback(app: FastifyInstance, routes: PlatformRouteDeps, deps: { readonly db: Db; readonly store: PlatformBankStore; readonly audit: AuditLog }): void {
  const feedback = feedbackStore({ db: deps.db.kysely, store: deps.store, audit: deps.audit, now: routes.now });
  registerFeedbackRoute(app, routes, feedback);
  registerReviewRoutes(app, { feedback, store: deps.store, audit: deps.audit });
}
