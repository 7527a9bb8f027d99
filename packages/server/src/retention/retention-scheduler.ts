/**
 * When the retention job runs: one interface, two ways. On PostgreSQL pg-boss (a cron schedule
 * that fires once across every server sharing the database); on SQLite a timer in the one server
 * process. Both run the job once soon after start, so a server that was down catches up.
 */
import PgBoss from 'pg-boss';

export interface RetentionScheduler {
  start(): Promise<void>;
  /** Stops scheduling and waits for a run in progress. */
  stop(): Promise<void>;
}

export interface SchedulerLog {
  error(details: object, message: string): void;
}

const HOUR_MS = 60 * 60 * 1000;
export const RETENTION_QUEUE = 'jikim-retention';

/** A timer in this process (SQLite): every `intervalMs` (an hour), never two runs at once. */
export function inProcessRetentionScheduler(
  run: () => Promise<unknown>,
  options: { readonly intervalMs?: number; readonly firstRunMs?: number; readonly log: SchedulerLog },
): RetentionScheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = run()
      .then(() => undefined, (error: unknown) => options.log.error({ err: { type: error instanceof Error ? error.name : 'unknown' } }, 'retention run failed'))
      .finally(() => { running = undefined; });
  };
  return {
    start: async () => {
      stopped = false;
      timer = setTimeout(function again() {
        tick();
        timer = setTimeout(again, options.intervalMs ?? HOUR_MS).unref();
      }, options.firstRunMs ?? 60_000).unref();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** pg-boss on the server's PostgreSQL database (its own schema, `pgboss`): hourly at minute 17. */
export function pgBossRetentionScheduler(
  connectionString: string,
  run: () => Promise<unknown>,
  options: { readonly cron?: string; readonly pollingIntervalSeconds?: number; readonly log: SchedulerLog },
): RetentionScheduler & { runSoon(): Promise<void> } {
  const boss = new PgBoss({ connectionString, max: 2, schedule: true, supervise: true });
  boss.on('error', (error) => options.log.error({ err: { type: error.name } }, 'pg-boss error'));
  return {
    start: async () => {
      await boss.start();
      await boss.createQueue(RETENTION_QUEUE, { name: RETENTION_QUEUE, policy: 'singleton', retryLimit: 3, retryDelay: 300 });
      await boss.schedule(RETENTION_QUEUE, options.cron ?? '17 * * * *');
      await boss.work(RETENTION_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 60 }, async () => {
        await run();
      });
      await boss.send(RETENTION_QUEUE, {});
    },
    runSoon: async () => {
      await boss.send(RETENTION_QUEUE, {});
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}
