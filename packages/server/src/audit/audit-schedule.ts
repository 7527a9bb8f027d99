/**
 * The daily anchor: once a day after the last anchor in the file (a minute after start if that is
 * already more than a day ago), and an hour later again if writing failed.
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

export function startAnchorSchedule(audit: Pick<AuditService, 'anchor'>, options: ScheduleOptions): AnchorSchedule {
  const now = options.now ?? Date.now;
  const every = options.everyMs ?? DAY_MS;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(tick, Math.max(0, ms));
    timer.unref();
  };
  const tick = () => {
    audit.anchor().then(
      () => schedule(every),
      (error: unknown) => {
        options.log.error({ err: { type: error instanceof Error ? error.name : 'unknown', code: (error as { code?: unknown }).code } }, 'audit anchor failed');
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
