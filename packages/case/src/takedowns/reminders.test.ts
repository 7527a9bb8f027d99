import { describe, expect, it } from 'vitest';
import { reminders } from './reminders.js';
import { seoulDaysBetween } from '../time/seoul-day.js';
import type { TakedownRequest } from './takedown.js';
import { newTakedown, recordStatus } from './takedown.js';
import { VICTIM } from '../events/actor.js';

const t = (iso: string) => new Date(iso);
/** Sent at 00:30 on 1 November in Korea, which is still 31 October in UTC. */
const SENT = '2026-11-01T00:30:00+09:00';

const request = (id: string, reportedAt = SENT): TakedownRequest =>
  newTakedown({ id, url: `https://example.com/${id}`, channel: 'site-report', method: 'email', reportedAt: t(reportedAt), by: VICTIM });

/** 23:59 KST on the day `n` calendar days after 1 November. */
const endOfDay = (n: number) => t(`2026-11-${String(1 + n).padStart(2, '0')}T23:59:00+09:00`);
/** 00:00 KST on that day. */
const startOfDay = (n: number) => t(`2026-11-${String(1 + n).padStart(2, '0')}T00:00:00+09:00`);

const ids = (list: readonly { request: TakedownRequest }[]) => list.map((r) => r.request.id);

describe('counting days in Korea', () => {
  it('counts calendar days in Korea time, not UTC dates and not 24-hour periods', () => {
    expect(seoulDaysBetween(SENT, t('2026-11-07T23:59:00+09:00'))).toBe(6);
    expect(seoulDaysBetween(SENT, t('2026-11-08T00:00:00+09:00'))).toBe(7);
    // By UTC dates (31 Oct → 7 Nov) this instant would already be 7 days.
    expect(t('2026-11-07T14:59:00Z').toISOString().slice(0, 10)).toBe('2026-11-07');
    expect(seoulDaysBetween(SENT, t('2026-11-07T14:59:00Z'))).toBe(6);
    expect(seoulDaysBetween('2026-11-01T23:59:00+09:00', t('2026-11-02T00:01:00+09:00'))).toBe(1);
  });
});

describe('reminders with an injected clock', () => {
  const waiting = [request('a')];

  it.each([
    [6, endOfDay(6), [], []],
    [7, startOfDay(7), ['a'], []],
    [13, endOfDay(13), ['a'], []],
    [14, startOfDay(14), [], ['a']],
    [15, startOfDay(15), [], ['a']],
  ])('day %i: no answer after 7 → %j, after 14 → %j', (days, now, seven, fourteen) => {
    const r = reminders(waiting, now);
    expect(ids(r.noAnswer7)).toEqual(seven);
    expect(ids(r.noAnswer14)).toEqual(fourteen);
    for (const item of [...r.noAnswer7, ...r.noAnswer14]) expect(item.days).toBe(days);
    expect(r.recheck).toEqual([]);
  });

  it('does not remind on day 6 even when the UTC date says 7', () => {
    expect(reminders(waiting, t('2026-11-07T14:59:00Z')).noAnswer7).toEqual([]);
  });

  it('counts from the last request: a follow-up restarts the clock', () => {
    const followed = recordStatus(request('a'), 'requested', t('2026-11-10T09:00:00+09:00'), VICTIM);
    expect(ids(reminders([followed], startOfDay(15)).noAnswer7)).toEqual([]);
    expect(ids(reminders([followed], t('2026-11-17T00:00:00+09:00')).noAnswer7)).toEqual(['a']);
  });

  it('an answer of any kind ends the no-answer reminder', () => {
    for (const status of ['acknowledged', 'refused', 'removed'] as const) {
      const answered = recordStatus(request('a'), status, t('2026-11-03T09:00:00+09:00'), VICTIM);
      const r = reminders([answered], startOfDay(15));
      expect([...r.noAnswer7, ...r.noAnswer14]).toEqual([]);
    }
  });

  it('asks to re-check a removal from 7 days after it, and a reappeared page at once', () => {
    const removed = recordStatus(request('r'), 'removed', t('2026-11-05T20:00:00+09:00'), VICTIM);
    expect(reminders([removed], endOfDay(10)).recheck).toEqual([]);
    expect(reminders([removed], startOfDay(11)).recheck).toEqual([{ request: removed, since: '2026-11-05T11:00:00.000Z', days: 7, reason: 'removed' }]);
    const checked = recordStatus(removed, 'removed', t('2026-11-12T09:00:00+09:00'), VICTIM, { response: 'still gone' });
    expect(reminders([checked], startOfDay(15)).recheck).toEqual([]);
    const back = recordStatus(removed, 'reappeared', t('2026-11-06T09:00:00+09:00'), VICTIM);
    expect(reminders([back], t('2026-11-06T09:00:00+09:00')).recheck).toMatchObject([{ reason: 'reappeared', days: 0 }]);
  });

  it('lists the longest waiting first and leaves out what needs nothing', () => {
    const list = [request('new', '2026-11-05T09:00:00+09:00'), request('old'), request('fresh', '2026-11-12T09:00:00+09:00')];
    expect(ids(reminders(list, startOfDay(12)).noAnswer7)).toEqual(['old', 'new']);
  });
});
