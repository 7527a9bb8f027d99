import { describe, expect, it } from 'vitest';
import { printableText } from '../pdf/printable-text.js';
import { formatBytes, formatTotalSize } from './report-numbers.js';
import { reportText } from './report-text.js';
import { seoulDay } from '../time/seoul-day.js';
import { formatInstant, formatWhen, periodOf } from './report-time.js';

const ko = reportText('ko');
const en = reportText('en');
const latinAndHangul = (codePoint: number) => codePoint < 0x250 || (codePoint >= 0xac00 && codePoint <= 0xd7a3);

describe('printableText', () => {
  it('composes decomposed Hangul and keeps what the font can draw', () => {
    expect(printableText('증거 사진'.normalize('NFD'), latinAndHangul)).toBe('증거 사진');
  });

  it('writes runs of characters the font lacks as code points, keeping spaces and newlines', () => {
    expect(printableText('ok 😢❤️\nשלום עולם', latinAndHangul)).toBe('ok [U+1F622 U+2764 U+FE0F]\n[U+05E9 U+05DC U+05D5 U+05DD] [U+05E2 U+05D5 U+05DC U+05DD]');
  });

  it('turns CR LF and tabs into what the layout expects', () => {
    expect(printableText('a\r\nb\rc\td', latinAndHangul)).toBe('a\nb\nc    d');
  });
});

describe('report times', () => {
  it('shows instants in Korea time with the zone named, whatever zone they were stored in', () => {
    expect(formatInstant('2026-11-28T15:30:05Z', ko)).toBe('2026-11-29 00:30:05 KST');
    expect(formatInstant('2026-11-28T15:30:05.250+09:00', en)).toBe('2026-11-28 15:30:05 KST');
  });

  it('keeps a date entered without a time as entered, and says so', () => {
    expect(formatWhen('2026-10-03', ko)).toBe('2026-10-03 (날짜만 기록)');
    expect(formatWhen('2026-10-03', en)).toBe('2026-10-03 (date only)');
  });

  it('gives the period from the first to the last Korean calendar day', () => {
    expect(seoulDay('2026-10-31T16:00:00Z')).toBe('2026-11-01');
    expect(periodOf(['2026-11-20', '2026-10-31T16:00:00Z', '2026-10-05'], ko)).toBe('2026-10-05 ~ 2026-11-20');
    expect(periodOf(['2026-10-05'], en)).toBe('2026-10-05');
    expect(periodOf([], en)).toBeNull();
  });
});

describe('report sizes', () => {
  it('gives the exact byte count, and a rounded one from 1 KB', () => {
    expect(formatBytes(0, ko)).toBe('0바이트');
    expect(formatBytes(1_482_331, ko)).toBe('1,482,331바이트 (1.4 MB)');
    expect(formatBytes(734_002, en)).toBe('734,002 bytes (717 KB)');
    expect(formatTotalSize(512)).toBe('512 B');
    expect(formatTotalSize(3 * 1024 ** 3)).toBe('3.0 GB');
  });
});
