/**
 * Times in the report: every instant in Korea time (Asia/Seoul) with the zone named; a date a
 * person entered without a time stays exactly as entered.
 */
import { isDateOnly, seoulDay, seoulParts } from '../time/seoul-day.js';
import type { ReportText } from './report-text.js';

/** `2026-11-28 21:04:05 KST` for an instant. */
export function formatInstant(iso: string, t: ReportText): string {
  const parts = seoulParts(iso);
  return parts ? `${parts.date} ${parts.time} ${t.zone}` : iso;
}

/** An instant as above, or a date-only value as entered, marked as such. */
export function formatWhen(value: string, t: ReportText): string {
  return isDateOnly(value) ? `${value} ${t.dateOnly}` : formatInstant(value, t);
}

/** First and last day among the values, or null when there are none. */
export function periodOf(values: readonly string[], t: ReportText): string | null {
  const days = values.map((value) => seoulDay(value)).sort();
  const first = days[0];
  const last = days[days.length - 1];
  return first && last ? t.period(first, last) : null;
}
