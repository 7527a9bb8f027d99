/**
 * Pruning the change log behind the feed (called by the retention job, hourly, once across servers):
 * rows older than FEED_HORIZON_DAYS go, but never the newest one, since the next seq is numbered
 * after it (bank-write.ts). A feed cursor older than what is kept is then stale, and a matcher whose
 * snapshot is older rebuilds from the tables (matcher.ts); running matchers follow within seconds.
 */
import type { Db } from '../../db/database.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes the rows older than `horizonDays` (except the newest); returns how many went. */
export async function pruneSignalChanges(db: Db, now: Date, horizonDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - horizonDays * DAY_MS).toISOString();
  const bound = await db.kysely.selectFrom('signal_changes')
    .select((eb) => [eb.fn.max('seq').as('last'), eb.fn.max(eb.case().when('at', '<', cutoff).then(eb.ref('seq')).end()).as('old')])
    .executeTakeFirst();
  if (bound?.last === null || bound?.last === undefined || bound.old === null || bound.old === undefined) return 0;
  // A prefix of the log, so what is kept has no gap even if two servers' clocks disagree.
  const upTo = Math.min(Number(bound.old), Number(bound.last) - 1);
  const result = await db.kysely.deleteFrom('signal_changes').where('seq', '<=', upTo).executeTakeFirst();
  return Number(result.numDeletedRows);
}
