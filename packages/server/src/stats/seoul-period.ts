/**
 * A period of the figures as instants: Seoul calendar days `from`..`to` inclusive become
 * [start of `from` in Korea, start of the day after `to` in Korea), compared with the stored UTC
 * ISO timestamps. Korea has kept UTC+9 without daylight saving since 1988, so a Seoul day number
 * here is plain arithmetic (fast over hundreds of thousands of rows); it agrees with @jikim/case's
 * seoulDay (tested).
 */
import { seoulDayAfter, seoulDayStart } from '@jikim/case';

const KST_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

export interface SeoulPeriod {
  /** First instant of the period (UTC ISO, inclusive). */
  readonly start: string;
  /** First instant after it (UTC ISO, exclusive). */
  readonly end: string;
}

export const seoulInstant = (day: string): string => new Date(seoulDayStart(day)).toISOString();

export function seoulPeriod(from: string, to: string): SeoulPeriod {
  return { start: seoulInstant(from), end: seoulInstant(seoulDayAfter(to, 1)) };
}

/** The Seoul calendar day number (days since 1970-01-01 in Korea) of an ISO instant. */
export function seoulDayNumber(iso: string): number {
  return Math.floor((Date.parse(iso) + KST_MS) / DAY_MS);
}

/** Whole Seoul calendar days from one instant to another. */
export const seoulDaysFromTo = (from: string, to: string): number => seoulDayNumber(to) - seoulDayNumber(from);
