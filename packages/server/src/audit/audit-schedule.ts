/**
 * The daily audit task: rows past the two-year retention are purged (the chain kept verifiable),
 * then the head is anchored. Once a day after the last anchor in the file (a minute after start if
 * that is already more than a day ago), and an hour later again if anchoring failed.
 */
import type { AnchorLog } from './audit-anchor.js';
import { readAnchorFile } from './audit-anchor.js';
import type { AuditService } from './audit-log.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_MS = 60 * 1000;
const RETRY_MS = 60 * 60 * 1000;

export interface AnchorSchedule {
  stop(): void;
}

export interface ScheduleOptions {
  readonly anchorFile: string;
  readonly log: AnchorLog & { error(facts: object, message: string): void };
  readonly now?: () => number;
  readonly firstMs?: number;
  readonly everyMs?: number;
}

/**
 * Two years and a day before `now`: the database refuses to purge anything younger than two years
 * by its own clock, and the day's margin keeps a clock a little apart from refusing the whole run.
 */
export function retentionCutoff(now: Date): Date {
  const cutoff = new Date(now.getTime() - DAY_MS);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 2);
  return cutoff;
}

function errorFacts(error: unknown): object {
  return { err: { type: error instanceof Error ? error.name : 'unknown', code: (error as { code?: unknown } | null)?.code } };
}

export function startAnchorSchedule(audit: Pick<AuditService, 'anchor' | 'purge'>, options: ScheduleOptions): AnchorSchedule {
  const now = options.now ?? Date.now;
  const every = options.everyMs ?? DAY_MS;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void tick(), Math.max(0, ms));
    timer.unref();
  };
  const tick = async () => {
    await audit.purge(retentionCutoff(new Date(now()))).catch((error: unknown) => options.log.error(errorFacts(error), 'audit retention purge failed'));
    await audit.anchor().then(
      () => schedule(every),
      (error: unknown) => {
        options.log.error(errorFacts(error), 'audit anchor failed');
        schedule(Math.min(RETRY_MS, every));
      },
    );
  };

  void lastAnchorTime(options.anchorFile).then((last) => {
    const due = last === undefined ? 0 : last + every - now();
    schedule(Math.max(options.firstMs ?? FIRST_MS, due));
  });
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

async function lastAnchorTime(file: string): Promise<number | undefined> {
  const lines = await readAnchorFile(file, false).catch(() => undefined);
  let last: number | undefined;
  for (const entry of lines ?? []) {
    if (!('anchor' in entry)) continue;
    const time = Date.parse(entry.anchor.at);
    if (Number.isFinite(time) && (last === undefined || time > last)) last = time;
  }
  return last;
}
