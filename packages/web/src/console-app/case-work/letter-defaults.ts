/** A letter's defaults and the dates a counsellor types, counted in Korean calendar days. */
import { seoulDay, seoulDayAfter } from '@jikim/case';

/** A week after today in Korea: the day a letter asks for an answer by unless changed. */
export const defaultRespondBy = (now: Date): string => seoulDayAfter(now, 7);

/** Whether a reply-by day is after today in Korea (the contract asks for that). */
export const respondByValid = (day: string, now: Date): boolean => /^\d{4}-\d{2}-\d{2}$/u.test(day) && day > seoulDay(now);

/** Today in Korea, for a date field's default and its `max`. */
export const seoulToday = (now: Date): string => seoulDay(now);

/**
 * When a reply came, as the status request's `at`: nothing for today (the server's now), else noon in
 * Korea of that day; null for a day after today.
 */
export function replyAt(day: string, now: Date): string | undefined | null {
  const today = seoulDay(now);
  if (!day || day === today) return undefined;
  if (day > today) return null;
  return `${day}T12:00:00+09:00`;
}
