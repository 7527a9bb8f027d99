import { describe, expect, it } from 'vitest';
import type { TakedownRequest, TakedownStatus } from './takedown.js';
import { currentStatus, newTakedown, NEXT_STATUSES, recordStatus, referencesOf, TAKEDOWN_STATUSES, TakedownHistoryError } from './takedown.js';
import { VICTIM } from '../events/actor.js';

const t = (iso: string) => new Date(iso);

const base = () => newTakedown({
  id: 't1',
  url: ' https://example.com/board/123?x=1 ',
  channel: '게시판 신고'.normalize('NFD'),
  method: 'form',
  reportedAt: t('2026-11-01T10:00:00+09:00'),
  reference: 'A-1', by: VICTIM,
});

/** A request whose status is `status`, reached by a valid path. */
function at(status: TakedownStatus): TakedownRequest {
  const start = base();
  const path: Record<TakedownStatus, TakedownStatus[]> = {
    requested: [],
    acknowledged: ['acknowledged'],
    removed: ['removed'],
    refused: ['refused'],
    reappeared: ['removed', 'reappeared'],
  };
  return path[status].reduce((r, s, i) => recordStatus(r, s, t(`2026-11-0${i + 2}T10:00:00+09:00`), VICTIM), start);
}

describe('a new takedown request', () => {
  it('starts as "requested" at the time it was reported, with its reference, text in NFC and the URL as recorded', () => {
    const r = base();
    expect(r.url).toBe('https://example.com/board/123?x=1');
    expect(r.channel).toBe('게시판 신고'.normalize('NFC'));
    expect(r.reportedAt).toBe('2026-11-01T01:00:00.000Z');
    expect(r.events).toEqual([{ at: '2026-11-01T01:00:00.000Z', status: 'requested', reference: 'A-1', actor: { kind: 'victim' } }]);
    expect(currentStatus(r)).toBe('requested');
  });

  it.each([
    ['javascript:alert(1)'], ['file:///etc/passwd'], ['not a url'], [''],
  ])('refuses the address %j', (url) => {
    expect(() => newTakedown({ id: 'x', url, channel: 'c', method: 'email', reportedAt: t('2026-11-01T00:00:00Z'), by: VICTIM })).toThrow(TakedownHistoryError);
  });

  it('refuses an empty channel and an invalid date', () => {
    expect(() => newTakedown({ id: 'x', url: 'https://a.example/', channel: '  ', method: 'email', reportedAt: t('2026-11-01T00:00:00Z'), by: VICTIM })).toThrow(TakedownHistoryError);
    expect(() => newTakedown({ id: 'x', url: 'https://a.example/', channel: 'c', method: 'email', reportedAt: new Date('nope'), by: VICTIM })).toThrow(TakedownHistoryError);
  });
});

describe('recording a status', () => {
  const allowed = TAKEDOWN_STATUSES.flatMap((from) => NEXT_STATUSES[from].map((to) => [from, to] as const));
  const refused = TAKEDOWN_STATUSES.flatMap((from) => TAKEDOWN_STATUSES.filter((to) => !NEXT_STATUSES[from].includes(to)).map((to) => [from, to] as const));

  it('allows exactly the documented transitions', () => {
    expect(refused).toEqual([
      ['requested', 'reappeared'],
      ['acknowledged', 'reappeared'],
      ['removed', 'requested'], ['removed', 'acknowledged'], ['removed', 'refused'],
      ['refused', 'acknowledged'], ['refused', 'refused'], ['refused', 'reappeared'],
      ['reappeared', 'acknowledged'], ['reappeared', 'refused'], ['reappeared', 'reappeared'],
    ]);
  });

  it.each(allowed)('%s → %s is recorded', (from, to) => {
    const before = at(from);
    const after = recordStatus(before, to, t('2026-11-20T09:00:00+09:00'), VICTIM, { reference: 'R-9', response: '  처리했습니다  '.normalize('NFD') });
    expect(currentStatus(after)).toBe(to);
    expect(after.events.at(-1)).toEqual({ at: '2026-11-20T00:00:00.000Z', status: to, reference: 'R-9', response: '처리했습니다', actor: { kind: 'victim' } });
  });

  it.each(refused)('%s → %s is refused', (from, to) => {
    expect(() => recordStatus(at(from), to, t('2026-11-20T09:00:00+09:00'), VICTIM)).toThrow(TakedownHistoryError);
  });

  it('is append-only: earlier events are unchanged and the original request is not modified', () => {
    const r0 = base();
    const snapshot = structuredClone(r0);
    const r1 = recordStatus(r0, 'acknowledged', t('2026-11-02T10:00:00+09:00'), VICTIM, { reference: 'B-2' });
    const r2 = recordStatus(r1, 'removed', t('2026-11-05T10:00:00+09:00'), VICTIM);
    expect(r0).toEqual(snapshot);
    expect(r2.events.slice(0, 2)).toEqual(r1.events);
    expect(r2.events[0]).toBe(r0.events[0]);
    expect(r2.events.map((e) => e.status)).toEqual(['requested', 'acknowledged', 'removed']);
    expect(referencesOf(r2)).toEqual(['A-1', 'B-2']);
  });

  it('refuses time going backwards but allows the same instant', () => {
    const r1 = recordStatus(base(), 'acknowledged', t('2026-11-02T10:00:00+09:00'), VICTIM);
    expect(() => recordStatus(r1, 'removed', t('2026-11-02T09:59:59+09:00'), VICTIM)).toThrow(/before/);
    expect(currentStatus(recordStatus(r1, 'removed', t('2026-11-02T01:00:00Z'), VICTIM))).toBe('removed');
  });

  it('drops empty details instead of storing blanks', () => {
    const r = recordStatus(base(), 'refused', t('2026-11-02T00:00:00Z'), VICTIM, { reference: '  ', response: '' });
    expect(r.events.at(-1)).toEqual({ at: '2026-11-02T00:00:00.000Z', status: 'refused', actor: { kind: 'victim' } });
  });
});
