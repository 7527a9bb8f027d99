/**
 * The retention job runs while the server listens (never in tests that only inject): pg-boss on
 * PostgreSQL, a timer on SQLite. docs/retention.md says what it destroys and what it keeps.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { CaseDestructionDeps } from './case-destruction.js';
import { pruneSignalChanges } from '../platform/feed/feed-prune.js';
import { runRetention } from './retention-job.js';
import { inProcessRetentionScheduler, pgBossRetentionScheduler, type RetentionScheduler } from './retention-scheduler.js';

export function retentionScheduler(
  db: Db,
  config: Pick<Config, 'database' | 'retentionDays' | 'feedHorizonDays'>,
  deps: Omit<CaseDestructionDeps, 'db'>,
  log: FastifyInstance['log'],
  now: () => Date = () => new Date(),
): RetentionScheduler {
  const run = async () => {
    const result = await runRetention({
      ...deps,
      db: db.kysely,
      retentionDays: config.retentionDays,
      now,
      onError: (caseId, error) => log.error({ caseId, err: { type: error instanceof Error ? error.name : 'unknown' } }, 'case destruction failed'),
    });
    if (result.destroyed.length > 0 || result.failed.length > 0) {
      log.info({ destroyed: result.destroyed.length, failed: result.failed.length }, 'retention run');
    }
    // The platform feed's change log past FEED_HORIZON_DAYS (platform/feed/feed-prune.ts).
    const pruned = await pruneSignalChanges(db, now(), config.feedHorizonDays);
    if (pruned > 0) log.info({ pruned }, 'signal change log pruned');
  };
  return config.database.dialect === 'postgres'
    ? pgBossRetentionScheduler(config.database.url, run, { log })
    : inProcessRetentionScheduler(run, { log });
}

export function registerRetention(app: FastifyInstance, scheduler: RetentionScheduler): void {
  app.addHook('onListen', () => scheduler.start());
  app.addHook('onClose', () => scheduler.stop());
}
