import type { Stats } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { statsEn } from './stats-messages-en.js';
import { statsKo } from './stats-messages-ko.js';
import { barOf, countSections, countText, presetPeriod, seoulToday, statsQuery, validPeriod, wrapLabel } from './stats-view.js';

const stats: Stats = {
  from: '2026-01-01',
  to: '2026-12-02',
  cases: {
    total: 12,
    byScenario: [{ key: 'threat', count: 7 }, { key: 'dissemination', count: '<5' }, { key: 'synthesis', count: 0 }],
    byArrival: [{ key: 'walk_in', count: '<5' }, { key: 'phone', count: 9 }],
  },
  requests: {
    total: 30,
    bySiteType: [{ key: 'webhard', count: 20 }, { key: 'new-kind', count: 10 }],
    byOperator: [{ key: 'naver', name: 'Naver', count: 25 }, { key: 'centre:abcdefgh', name: 'Our forum', count: '<5' }],
    byOutcome: [{ key: 'removed', count: 18 }, { key: 'no_answer', count: 6 }],
  },
  removalDays: [{ key: 'naver', name: 'Naver', removed: 18, median: 3, p90: 11 }],
  referrals: { byKind: [{ key: 'police', count: '<5' }, { key: 'centre', count: 5 }] },
};

describe('the tables from a Stats object', () => {
  it('names each row of each section in the page’s language, with its own count', () => {
    const en = countSections(stats, statsEn);
    expect(en.map((s) => s.id)).toEqual(['scenario', 'arrival', 'siteType', 'operator', 'outcome', 'referral']);
    expect(en[0]?.rows).toEqual([
      { key: 'threat', label: 'Threats to share', count: 7 },
      { key: 'dissemination', label: 'Sharing without consent', count: '<5' },
      { key: 'synthesis', label: 'Edited images and deepfakes', count: 0 },
    ]);
    expect(en[1]?.rows).toEqual([{ key: 'walk_in', label: 'Walked in', count: '<5' }, { key: 'phone', label: 'Phone', count: 9 }]);
    expect(en[3]?.rows).toEqual([{ key: 'naver', label: 'Naver', count: 25 }, { key: 'centre:abcdefgh', label: 'Our forum', count: '<5' }]);
    expect(en[5]?.rows.map((r) => [r.label, r.count])).toEqual([['Police', '<5'], ['Transfer to another centre', 5]]);
    const ko = countSections(stats, statsKo);
    expect(ko[4]?.rows.map((r) => r.label)).toEqual(['삭제됨', '14일 넘게 답 없음']);
  });
  it('keeps a key it has no name for, rather than dropping the row', () => {
    expect(countSections(stats, statsEn)[2]?.rows[1]).toEqual({ key: 'new-kind', label: 'new-kind', count: 10 });
  });
});

describe('a count below 5', () => {
  it('reads "< 5" and is drawn as an empty bar, never as its number', () => {
    expect(countText('<5', 'ko')).toBe('< 5');
    expect(countText('<5', 'en')).toBe('< 5');
    expect(barOf('<5')).toEqual({ value: 5, suppressed: true });
  });
  it('shows other counts as they are, grouped', () => {
    expect(countText(0, 'en')).toBe('0');
    expect(countText(12_345, 'en')).toBe('12,345');
    expect(countText(12_345, 'ko')).toBe('12,345');
    expect(barOf(7)).toEqual({ value: 7, suppressed: false });
  });
});

describe('periods', () => {
  it('knows today in Korea, not in UTC', () => {
    expect(seoulToday(new Date('2026-12-31T15:30:00Z'))).toBe('2027-01-01');
    expect(seoulToday(new Date('2026-12-31T14:30:00Z'))).toBe('2026-12-31');
  });
  it('works out this year, last year and the last 30 days (today included)', () => {
    expect(presetPeriod('thisYear', '2026-12-02')).toEqual({ from: '2026-01-01', to: '2026-12-02' });
    expect(presetPeriod('lastYear', '2026-12-02')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('last30', '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });
  it('refuses an empty date or an end before the start, and builds the query', () => {
    expect(validPeriod({ from: '2026-02-01', to: '2026-01-31' })).toBe(false);
    expect(validPeriod({ from: '', to: '2026-01-31' })).toBe(false);
    expect(validPeriod({ from: '2026-01-31', to: '2026-01-31' })).toBe(true);
    expect(statsQuery({ from: '2026-01-01', to: '2026-12-31' }, 'en')).toBe('from=2026-01-01&to=2026-12-31&locale=en');
  });
});

describe('chart labels on a phone', () => {
  it('wraps at spaces and cuts long words', () => {
    expect(wrapLabel('Referred by another organisation', 14)).toEqual(['Referred by', 'another', 'organisation']);
    expect(wrapLabel('방송통신심의위원회 심의', 6)).toEqual(['방송통신심의', '위원회 심의']);
    expect(wrapLabel('Phone', 14)).toEqual(['Phone']);
  });
});

describe('the statistics words', () => {
  const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v).map((s) => `${k}.${s}`) : [k])).sort();
  it('have the same keys in Korean and English', () => {
    expect(keys(statsKo)).toEqual(keys(statsEn));
  });
});
