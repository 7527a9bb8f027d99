import type { VictimTakedown } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { caseUrlsOf, takedownRows } from './case-takedowns-view.js';
import { helpEn } from './i18n/help-en.js';
import { helpKo } from './i18n/help-ko.js';

const removed: VictimTakedown = {
  id: 'tgt_removed01',
  url: 'https://board.example/free/view?no=48213',
  operatorName: 'Board Example',
  status: 'removed',
  events: [
    { at: '2026-11-20T03:00:00.000Z', status: 'removed', by: 'platform', reference: 'R-77', response: 'The post was deleted.' },
    { at: '2026-11-18T01:00:00.000Z', status: 'requested', by: 'centre', reference: 'C-1' },
  ],
};
const found: VictimTakedown = { id: 'tgt_found0001', url: 'https://video.example/v/9', operatorName: '비디오 예시', status: 'found', events: [] };
const refused: VictimTakedown = {
  id: 'tgt_refused01', url: 'https://social.example/p/1', operatorName: 'Social', status: 'refused',
  events: [{ at: '2026-11-19T00:00:00.000Z', status: 'requested', by: 'you' }, { at: '2026-11-21T00:00:00.000Z', status: 'refused', by: 'platform', response: 'Not against our rules' }],
};

describe('the case takedowns the person reads', () => {
  it('gives each address its own site and status in plain words, in the case order', () => {
    const ko = takedownRows([removed, found, refused], helpKo.caseWork.takedowns);
    expect(ko.map((r) => [r.url, r.site, r.statusText])).toEqual([
      [removed.url, 'Board Example', '지워졌어요'],
      [found.url, '비디오 예시', '찾았어요 (아직 요청 전)'],
      [refused.url, 'Social', '사이트가 거절했어요'],
    ]);
    const en = takedownRows([refused, removed], helpEn.caseWork.takedowns);
    expect(en.map((r) => [r.id, r.statusText])).toEqual([[refused.id, 'The site refused'], [removed.id, 'Removed']]);
  });

  it('lists the history oldest first, saying who (you, the centre, the site) with the reference and the reply', () => {
    const [row] = takedownRows([removed], helpEn.caseWork.takedowns);
    expect(row?.history).toEqual([
      { at: '2026-11-18T01:00:00.000Z', statusText: 'Asked to remove', by: 'The centre', reference: 'C-1' },
      { at: '2026-11-20T03:00:00.000Z', statusText: 'Removed', by: 'The site', reference: 'R-77', response: 'The post was deleted.' },
    ]);
    const [mine] = takedownRows([refused], helpKo.caseWork.takedowns);
    expect(mine?.history.map((e) => e.by)).toEqual(['나', '사이트']);
  });

  it('names the site when it answered through the platform inbox', () => {
    const answered: VictimTakedown = { ...refused, events: [{ at: '2026-11-22T00:00:00.000Z', status: 'removed', by: 'platform', site: 'Example Video Co.' }] };
    expect(takedownRows([answered], helpKo.caseWork.takedowns)[0]?.history.map((e) => e.by)).toEqual(['사이트 (Example Video Co.)']);
    expect(takedownRows([answered], helpEn.caseWork.takedowns)[0]?.history.map((e) => e.by)).toEqual(['The site (Example Video Co.)']);
  });

  it('has its own words for every status in both languages', () => {
    for (const t of [helpKo.caseWork.takedowns, helpEn.caseWork.takedowns]) {
      const words = Object.values(t.statuses);
      expect(words).toHaveLength(6);
      expect(new Set(words).size).toBe(6);
    }
  });

  it('reads no takedowns from a server that sends none', () => {
    expect(takedownRows(undefined, helpKo.caseWork.takedowns)).toEqual([]);
    expect(caseUrlsOf(undefined)).toEqual([]);
    expect(caseUrlsOf([found, removed])).toEqual([found.url, removed.url]);
  });
});
