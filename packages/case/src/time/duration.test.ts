import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration.js';

describe('formatDuration', () => {
  it('says a length to the second in the person\'s language', () => {
    expect(formatDuration(3.021, 'ko')).toBe('3초');
    expect(formatDuration(3.021, 'en')).toBe('3 s');
    expect(formatDuration(125.4, 'ko')).toBe('2분 5초');
    expect(formatDuration(125.4, 'en')).toBe('2 min 5 s');
    expect(formatDuration(3725.2, 'ko')).toBe('1시간 2분 5초');
    expect(formatDuration(3605, 'en')).toBe('1 h 0 min 5 s');
    expect(formatDuration(59.6, 'ko')).toBe('1분 0초');
  });

  it('never rounds a short recording down to nothing', () => {
    expect(formatDuration(0.3, 'ko')).toBe('1초 미만');
    expect(formatDuration(0.3, 'en')).toBe('under 1 s');
    expect(formatDuration(0, 'en')).toBe('0 s');
  });
});
