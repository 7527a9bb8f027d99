/**
 * Times in the report: every instant in Korea time (Asia/Seoul) with the zone named; a date a
 * person entered without a time stays exactly as entered.
 */
import type { ReportText } from './report-text.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/u;

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

function seoulParts(iso: string): { date: string; time: string } | null {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const part = Object.fromEntries(seoul.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}:${part.second}` };
}

/** `2026-11-28 21:04:05 KST` for an instant. */
export function formatInstant(iso: string, t: ReportText): string {
  const parts = seoulParts(iso);
  return parts ? `${parts.date} ${parts.time} ${t.zone}` : iso;
}

/** An instant as above, or a date-only value as entered, marked as such. */
export function formatWhen(value: string, t: ReportText): string {
  return DATE_ONLY.test(value) ? `${value} ${t.dateOnly}` : formatInstant(value, t);
}

/** The calendar day in Korea (YYYY-MM-DD) of an instant, or a date-only value as entered. */
export function seoulDate(value: string): string {
  if (DATE_ONLY.test(value)) return value;
  return seoulParts(value)?.date ?? value;
}

/** First and last day among the values, or null when there are none. */
export function periodOf(values: readonly string[], t: ReportText): string | null {
  const days = values.map(seoulDate).sort();
  const first = days[0];
  const last = days[days.length - 1];
  return first && last ? t.period(first, last) : null;
}
