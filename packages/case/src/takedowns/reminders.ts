/**
 * The reminder view: requests with no answer after 7 and after 14 days, and URLs to check again.
 * Days are calendar days in Korea (time/seoul-day.ts). The buckets do not overlap: a request waiting
 * 7 to 13 days is in noAnswer7, from 14 days on in noAnswer14.
 */
import { seoulDaysBetween } from '../time/seoul-day.js';
import type { TakedownRequest } from './takedown.js';
import { currentStatus } from './takedown.js';

export const NO_ANSWER_FIRST_DAYS = 7;
export const NO_ANSWER_SECOND_DAYS = 14;
/** A removed page is checked again a week after its removal (or its last re-check). */
export const RECHECK_AFTER_DAYS = 7;

export interface Reminder {
  readonly request: TakedownRequest;
  /** The event the reminder counts from: the last request, the last removal, or the reappearance. */
  readonly since: string;
  /** Whole calendar days in Korea since then. */
  readonly days: number;
}

export interface RecheckReminder extends Reminder {
  readonly reason: 'removed' | 'reappeared';
}

export interface Reminders {
  readonly noAnswer7: readonly Reminder[];
  readonly noAnswer14: readonly Reminder[];
  readonly recheck: readonly RecheckReminder[];
}

/** Which requests need a follow-up or a re-check at `now`, longest waiting first. */
export function reminders(requests: readonly TakedownRequest[], now: Date): Reminders {
  const noAnswer7: Reminder[] = [];
  const noAnswer14: Reminder[] = [];
  const recheck: RecheckReminder[] = [];
  for (const request of requests) {
    const last = request.events.at(-1);
    if (!last) continue;
    const status = currentStatus(request);
    const days = seoulDaysBetween(last.at, now);
    const reminder = { request, since: last.at, days };
    if (status === 'requested') {
      if (days >= NO_ANSWER_SECOND_DAYS) noAnswer14.push(reminder);
      else if (days >= NO_ANSWER_FIRST_DAYS) noAnswer7.push(reminder);
    } else if (status === 'removed' && days >= RECHECK_AFTER_DAYS) {
      recheck.push({ ...reminder, reason: 'removed' });
    } else if (status === 'reappeared') {
      recheck.push({ ...reminder, reason: 'reappeared' });
    }
  }
  const longestFirst = (a: Reminder, b: Reminder) => b.days - a.days || a.since.localeCompare(b.since) || a.request.id.localeCompare(b.request.id);
  return { noAnswer7: noAnswer7.sort(longestFirst), noAnswer14: noAnswer14.sort(longestFirst), recheck: recheck.sort(longestFirst) };
}
