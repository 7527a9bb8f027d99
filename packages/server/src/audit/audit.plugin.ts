/**
 * How the rest of the server reaches the audit log: `app.audit.append(event, trx?)` (or
 * `request.server.audit` in a handler). Built once in `build()`; the daily anchor runs while the
 * server listens.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { AnchorLog } from './audit-anchor.js';
import type { AuditService } from './audit-log.js';
import { startAnchorSchedule, type AnchorSchedule } from './audit-schedule.js';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Append one row per staff read or write of case data, admin action and victim withdrawal:
     * `await app.audit.append({ actor, action: 'case.read', caseId }, trx)`. Pass the transaction
     * of the change it records. Ids, actions and reasons only; never personal data.
     * Rows past two years are purged by the daily anchor task (`app.audit.purge(cutoff)`).
     */
    readonly audit: AuditService;
  }
}

export function registerAuditLog(app: FastifyInstance, audit: AuditService, anchorFile: string): void {
  app.decorate('audit', audit);
  let schedule: AnchorSchedule | undefined;
  app.addHook('onListen', async () => {
    schedule ??= startAnchorSchedule(audit, { anchorFile, log: app.log });
  });
  app.addHook('onClose', async () => schedule?.stop());
}

/**
 * Anchors are logged at info level even when LOG_LEVEL is quieter (warn by default): the log is
 * the anchor's second copy outside the database. Only `silent` silences them.
 */
export function anchorLogger(log: FastifyBaseLogger, level: Config['logLevel']): AnchorLog {
  const quieter = level === 'warn' || level === 'error' || level === 'fatal';
  return quieter ? log.child({}, { level: 'info' }) : log;
}
