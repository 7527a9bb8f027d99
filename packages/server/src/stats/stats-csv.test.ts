import type { Stats } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { statsCsv } from './stats-csv.js';

const stats: Stats = {
  from: '2026-01-01', to: '2026-12-31',
  cases: { total: 12, byScenario: [{ key: 'threat', count: '<5' }, { key: 'synthesis', count: 8 }], byArrival: [{ key: 'phone', count: 12 }] },
  requests: {
    total: 40,
    bySiteType: [{ key: 'adult', count: 0 }],
    byOperator: [
      { key: 'centre:abcdefgh', name: '=HYPERLINK("http://x")', count: 30 },
      { key: 'centre:ijklmnop', name: '+1 tab\tname, "quoted"', count: '<5' },
      { key: 'centre:qrstuvwx', name: '@SUM(A1)', count: 5 },
      { key: 'centre:yzabcdef', name: '-2', count: 5 },
      { key: 'centre:ghijklmn', name: '\rcr', count: 5 },
    ],
    byOutcome: [{ key: 'removed', count: 25 }],
  },
  removalDays: [{ key: 'naver', name: '네이버', removed: 25, median: 3, p90: 11 }, { key: 'other', name: '목록에 없는 곳', removed: '<5', median: null, p90: null }],
  referrals: { byKind: [{ key: 'police', count: '<5' }] },
};

describe('the figures as CSV', () => {
  const csv = statsCsv(stats, 'en');
  const lines = csv.split('\r\n');

  it('starts with a BOM and the header, every cell quoted', () => {
    expect(csv.startsWith('\uFEFF"section","key","name","count","median_days","p90_days"\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes each row from its own input', () => {
    expect(lines).toContain('"cases","total","Cases (all)","12","",""');
    expect(lines).toContain('"cases_by_scenario","threat","Threats to share","<5","",""');
    expect(lines).toContain('"removal_days","naver","네이버","25","3","11"');
    expect(lines).toContain('"removal_days","other","목록에 없는 곳","<5","",""');
    expect(lines).toContain('"referrals_by_kind","police","Police","<5","",""');
    expect(statsCsv(stats, 'ko').split('\r\n')).toContain('"cases_by_scenario","threat","유포 협박","<5","",""');
  });

  it('makes formula cells inert with a leading apostrophe', () => {
    expect(lines).toContain(`"requests_by_operator","centre:abcdefgh","'=HYPERLINK(""http://x"")","30","",""`);
    expect(csv).toContain(`"'+1 tab\tname, ""quoted"""`);
    expect(csv).toContain(`"'@SUM(A1)"`);
    expect(csv).toContain(`"'-2"`);
    expect(csv).toContain(`"'\rcr"`);
    // No quoted cell anywhere starts with a formula character.
    expect(csv.slice(1).match(/(^|,)"[=+\-@\t\r]/gmu)).toBeNull();
  });
});
