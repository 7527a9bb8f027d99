import { seoulDay, seoulDaysBetween } from '@jikim/case';
import { describe, expect, it } from 'vitest';
import { medianAndP90, nearestRank } from './percentile.js';
import { seoulDayNumber, seoulDaysFromTo, seoulPeriod } from './seoul-period.js';
import { suppress } from './suppress.js';

describe('suppress', () => {
  it('keeps 0, hides 1 to 4, shows 5 and more', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 1234].map(suppress)).toEqual([0, '<5', '<5', '<5', '<5', 5, 6, 1234]);
  });
  it('refuses what is not a count', () => {
    expect(() => suppress(-1)).toThrow(RangeError);
    expect(() => suppress(2.5)).toThrow(RangeError);
  });
});

describe('median and p90 (nearest rank)', () => {
  it('takes the value at rank ceil(p × n)', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(nearestRank(ten, 50)).toBe(5);
    expect(nearestRank(ten, 90)).toBe(9);
    expect(nearestRank([7], 90)).toBe(7);
  });
  it('sorts first and answers with observed values', () => {
    expect(medianAndP90([30, 1, 4, 2, 3])).toEqual({ median: 3, p90: 30 });
    expect(medianAndP90([5, 1, 9, 3, 7, 2, 8, 4, 6, 10, 11])).toEqual({ median: 6, p90: 10 });
    expect(medianAndP90([0, 0, 0, 0, 100, 100])).toEqual({ median: 0, p90: 100 });
  });
  it('says nothing with fewer than five values', () => {
    expect(medianAndP90([1, 2, 3, 4])).toEqual({ median: null, p90: null });
    expect(medianAndP90([])).toEqual({ median: null, p90: null });
  });
});

describe('Seoul-day periods', () => {
  it('runs from the start of the first Korean day to the start of the day after the last', () => {
    expect(seoulPeriod('2027-01-01', '2027-01-31')).toEqual({ start: '2026-12-31T15:00:00.000Z', end: '2027-01-31T15:00:00.000Z' });
    expect(seoulPeriod('2026-03-05', '2026-03-05')).toEqual({ start: '2026-03-04T15:00:00.000Z', end: '2026-03-05T15:00:00.000Z' });
  });
  it('puts 2026-12-31T15:30Z in 2027 (Korea) and 14:59Z in 2026', () => {
    const y2027 = seoulPeriod('2027-01-01', '2027-12-31');
    const y2026 = seoulPeriod('2026-01-01', '2026-12-31');
    const inside = (p: { start: string; end: string }, at: string) => at >= p.start && at < p.end;
    expect(inside(y2027, '2026-12-31T15:30:00.000Z')).toBe(true);
    expect(inside(y2026, '2026-12-31T15:30:00.000Z')).toBe(false);
    expect(inside(y2026, '2026-12-31T14:59:59.999Z')).toBe(true);
    expect(inside(y2027, '2026-12-31T14:59:59.999Z')).toBe(false);
  });
  it('counts Seoul calendar days as @jikim/case does', () => {
    const instants = ['2026-12-31T14:59:59.999Z', '2026-12-31T15:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-06-15T23:10:00.000Z', '2028-02-29T16:00:00.000Z'];
    for (const a of instants) {
      expect(new Date((seoulDayNumber(a)) * 86_400_000).toISOString().slice(0, 10)).toBe(seoulDay(a));
      for (const b of instants) expect(seoulDaysFromTo(a, b)).toBe(seoulDaysBetween(a, b));
    }
    // 23:30 in Korea to 00:30 the next day is one day, though only an hour.
    expect(seoulDaysFromTo('2026-05-01T14:30:00.000Z', '2026-05-01T15:30:00.000Z')).toBe(1);
  });
});
