import type { EvidenceItem } from '@jikim/evidence';
import { describe, expect, it } from 'vitest';
import { enteredTimes, occurredPeriod } from './report-cover.js';
import { reportText } from '../report/report-text.js';

const ko = reportText('ko');
const en = reportText('en');

/** An item added to the locker long after the events, so an added time would stand out. */
function item(id: string, fields: Partial<EvidenceItem>): EvidenceItem {
  return {
    id, exhibitNumber: 1, kind: 'note', title: id, addedAt: '2026-11-27T03:00:00Z',
    history: [{ at: '2026-11-27T03:00:00Z', action: 'added', summary: 'added' }], ...fields,
  };
}

describe('the cover\'s period of the events', () => {
  it('takes every time the person entered: happened, posted, seen and sent', () => {
    const web = item('web', { kind: 'web', web: { url: 'https://example.org/p/1', postedAt: '2026-10-05T22:14:00+09:00', seenAt: '2026-10-06' } });
    const message = item('message', { kind: 'message', message: { senderNumber: '010-1234-5678', sentAt: '2026-10-08T23:41:00+09:00' } });
    const clue = item('clue', { kind: 'clue', occurredAt: '2026-09-29T18:20:00+09:00' });
    expect(enteredTimes(web)).toEqual(['2026-10-05T22:14:00+09:00', '2026-10-06']);
    expect(enteredTimes(message)).toEqual(['2026-10-08T23:41:00+09:00']);
    expect(occurredPeriod([web, message, clue], ko)).toBe('2026-09-29 ~ 2026-10-08');
    expect(occurredPeriod([web, message, clue], en)).toBe('2026-09-29 to 2026-10-08');
  });

  it('is a web post\'s own dates when that is all there is, not the day it was kept', () => {
    const web = item('web', { kind: 'web', web: { url: 'https://example.org/p/1', postedAt: '2026-10-07' } });
    expect(occurredPeriod([web], en)).toBe('2026-10-07');
  });

  it('counts days in Korea, whatever zone a time was stored in', () => {
    const late = item('late', { occurredAt: '2026-10-31T16:00:00Z' });
    expect(occurredPeriod([late], ko)).toBe('2026-11-01');
  });

  it('says that no time was entered, never borrowing the times items were added', () => {
    const items = [item('a', {}), item('b', { kind: 'web', web: { url: 'https://example.org/p/2' } })];
    expect(occurredPeriod(items, ko)).toBe(ko.noDatesEntered);
    expect(occurredPeriod(items, en)).toBe(en.noDatesEntered);
    expect(occurredPeriod(items, en)).not.toContain('2026');
  });
});
