/**
 * The case-work routes of the console (issue 13): targets, letters and mail status, reminders, the
 * operator directory, and a case's hashes in the confirmed bank (issue 14), on the console's case
 * helpers. When SMTP_URL is set the mail server is checked once the app is ready (a warning if it
 * cannot be reached, never a stop).
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { AuditLog } from '../audit/audit-port.js';
import { consoleCases } from '../console/case-deps.js';
import type { Database } from '../db/schema.js';
import type { Kysely } from 'kysely';
import { createKeyedHash } from '../vault/keyed-hash.js';
import { caseWork } from './case-work-deps.js';
import { registerLetterRoutes } from './letters.routes.js';
import { createMailer } from './mailer.js';
import { registerOperatorRoutes } from './operators.routes.js';
import type { PlatformBankStore } from '../platform/banks/bank-store.js';
import { registerProtectionRoutes } from './protection/protection.routes.js';
import { registerReminderRoutes } from './reminders.routes.js';
import { registerTargetRoutes } from './targets.routes.js';

export function registerCaseWorkRoutes(app: FastifyInstance, deps: { db: Kysely<Database>; now: () => Date; audit: AuditLog; banks: PlatformBankStore }, mail: Config['mail']): void {
  const c = consoleCases({ db: deps.db, now: deps.now, audit: deps.audit, vault: app.vault, blobs: app.blobs, banks: deps.banks });
  const mailer = mail === null ? null : createMailer(mail);
  if (mailer !== null) {
    app.addHook('onReady', () => {
      void mailer.verify(app.log);
    });
    app.addHook('onClose', () => {
      mailer.close();
    });
  }
  const w = caseWork(c, createKeyedHash(c.deps.vault), mailer);
  registerTargetRoutes(app, w);
  registerLetterRoutes(app, w);
  registerReminderRoutes(app, w);
  registerOperatorRoutes(app, w);
  registerProtectionRoutes(app, c, deps.banks);
}
