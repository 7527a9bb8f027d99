import type { Migration } from 'kysely';
import * as appMeta from './2026-11-28-app-meta.js';
import * as auditLog from './2026-12-02-audit-log.js';
import * as dataAtRest from './2026-12-02-data-at-rest.js';
import * as staffAccounts from './2026-12-03-staff-accounts.js';
import * as destroyedCaseCounts from './2026-12-04-destroyed-case-counts.js';
import * as caseContents from './2026-12-05-case-contents.js';
import * as caseWork from './2026-12-06-case-work.js';
import * as statsIndexes from './2026-12-07-stats-indexes.js';
import * as platform from './2026-12-08-platform.js';
import * as platformFeedback from './2026-12-09-platform-feedback.js';
import * as targetHosts from './2026-12-10-target-hosts.js';
import * as caseProtection from './2026-12-11-case-protection.js';

/** Every migration in order. Names sort by date, so the migrator applies them as listed. */
export const migrations: Readonly<Record<string, Migration>> = {
  '2026-11-28-app-meta': appMeta,
  '2026-12-02-audit-log': auditLog,
  '2026-12-02-data-at-rest': dataAtRest,
  '2026-12-03-staff-accounts': staffAccounts,
  '2026-12-04-destroyed-case-counts': destroyedCaseCounts,
  '2026-12-05-case-contents': caseContents,
  '2026-12-06-case-work': caseWork,
  '2026-12-07-stats-indexes': statsIndexes,
  '2026-12-08-platform': platform,
  '2026-12-09-platform-feedback': platformFeedback,
  '2026-12-10-target-hosts': targetHosts,
  '2026-12-11-case-protection': caseProtection,
};
