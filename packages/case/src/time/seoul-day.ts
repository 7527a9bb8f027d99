/**
 * Days and times as a person in Korea counts them, in one place: by the calendar date in Korea time
 * (Asia/Seoul), not by 24-hour periods and not by the UTC date. A request sent at 00:30 on
 * 1 November (KST) is "7 days old" on 8 November all day, although in UTC it was sent on 31 October.
 * "Today" anywhere in the domain is seoulDay(now).
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/u;
const MS_PER_DAY = 86_400_000;

const seoul = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Whether a value is a date a person gave without a time (YYYY-MM-DD). */
export const isDateOnly = (value: string): boolean => DATE_ONLY.test(value);

/** The date and wall-clock time in Korea of an instant, or null when it is not one. */
export function seoulParts(iso: string): { date: string; time: string } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const part = Object.fromEntries(seoul.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}:${part.second}` };
}

/** The calendar day in Korea (YYYY-MM-DD) of an instant; a date-only value stays as entered. */
export function seoulDay(at: string | Date): string {
  const value = typeof at === 'string' ? at : at.toISOString();
  if (isDateOnly(value)) return value;
  return seoulParts(value)?.date ?? value;
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN) / MS_PER_DAY;
}

/** Whole calendar days in Korea from `from` to `to` (0 on the same day, negative if `to` is earlier). */
export function seoulDaysBetween(from: string | Date, to: string | Date): number {
  return dayNumber(seoulDay(to)) - dayNumber(seoulDay(from));
}

/** The day `days` calendar days after the Korean day of `at` (YYYY-MM-DD). */
export function seoulDayAfter(at: string | Date, days: number): string {
  return new Date((dayNumber(seoulDay(at)) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The start of a Korean calendar day as an instant (`2026-11-01T00:00:00+09:00`). */
export const seoulDayStart = (isoDay: string): string => `${isoDay}T00:00:00+09:00`;
