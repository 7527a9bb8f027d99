import { describe, expect, it } from 'vitest';
import { formatDay, today } from './plan-state.js';

describe('the plan’s date', () => {
  it('is the device’s day, written in the page’s language', () => {
    expect(today(new Date(2026, 2, 5, 23, 59))).toBe('2026-03-05');
    expect(formatDay('2026-03-05', 'ko')).toBe('2026년 3월 5일');
    expect(formatDay('2026-03-05', 'en')).toBe('5 March 2026');
  });
});
