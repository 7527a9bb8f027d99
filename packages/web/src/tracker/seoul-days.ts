/**
 * Days as a person in Korea counts them: by the calendar date in Korea time, not by 24-hour
 * periods and not by the UTC date. A request sent at 00:30 on 1 November (KST) is "7 days old" on
 * 8 November all day, although in UTC it was sent on 31 October.
 */
import { seoulDate } from '../report/report-time.js';

const MS_PER_DAY = 86_400_000;

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN) / MS_PER_DAY;
}

/** The calendar day in Korea (YYYY-MM-DD) of an instant. */
export function seoulDay(at: string | Date): string {
  return seoulDate(typeof at === 'string' ? at : at.toISOString());
}

/** Whole calendar days in Korea from `from` to `to` (0 on the same day, negative if `to` is earlier). */
export function seoulDaysBetween(from: string | Date, to: string | Date): number {
  return dayNumber(seoulDay(to)) - dayNumber(seoulDay(from));
}
