import { describe, expect, it } from 'vitest';
import { isDateOnly, seoulDay, seoulDayAfter, seoulDaysBetween, seoulDayStart, seoulParts } from './seoul-day.js';

describe('the Seoul day, the one "today"', () => {
  it('is the calendar date in Korea, not in UTC', () => {
    // 23:30 UTC on 27 November is 08:30 on 28 November in Korea.
    expect(seoulDay(new Date('2026-11-27T23:30:00Z'))).toBe('2026-11-28');
    expect(seoulDay('2026-11-27T14:59:59Z')).toBe('2026-11-27');
    expect(seoulDay('2026-11-27T15:00:00Z')).toBe('2026-11-28');
    expect(seoulDay('2026-11-28T00:10:00+09:00')).toBe('2026-11-28');
  });

  it('keeps a date given without a time as it was given', () => {
    expect(isDateOnly('2026-11-28')).toBe(true);
    expect(isDateOnly('2026-11-28T00:00:00Z')).toBe(false);
    expect(seoulDay('2026-11-28')).toBe('2026-11-28');
    expect(seoulDayStart('2026-11-28')).toBe('2026-11-28T00:00:00+09:00');
  });

  it('counts and adds whole calendar days in Korea, across months and years', () => {
    expect(seoulDaysBetween('2026-11-27T23:30:00Z', '2026-12-05T14:00:00Z')).toBe(7);
    expect(seoulDayAfter(new Date('2026-11-27T23:30:00Z'), 7)).toBe('2026-12-05');
    expect(seoulDayAfter('2026-12-30T16:00:00Z', 2)).toBe('2027-01-02');
  });

  it('gives the wall-clock time in Korea, or nothing for what is not an instant', () => {
    expect(seoulParts('2026-11-28T12:04:05Z')).toEqual({ date: '2026-11-28', time: '21:04:05' });
    expect(seoulParts('not a date')).toBeNull();
  });
});
