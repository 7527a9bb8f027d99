import type { CaseEvent, CaseItem, CaseSummary } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { eventsInOrder, groupedCaseId, junkable, nextExhibitNumber, shortCaseId, toggled, whenText } from './case-view.js';
import { contactErrors } from './contact-errors.js';

const summary = (over: Partial<CaseSummary>): CaseSummary => ({
  id: 'abcd2345efgh6789', status: 'new', openedBy: 'victim_request', createdAt: '2026-12-01T00:00:00.000Z', assignedToMe: false,
  withdrawnAt: null, junk: false, situation: 'threat', arrival: 'online', contact: null, items: 0, ...over,
});
const event = (id: string, at: string): CaseEvent => ({ id, at, type: 'note', actor: { kind: 'system' }, text: id });
const item = (exhibitNumber: number): CaseItem => ({
  itemId: `i${exhibitNumber}`, addedBy: 'victim', addedAt: '2026-12-01T00:00:00.000Z', upload: 'none', hasThumbnail: false,
  item: { id: `i${exhibitNumber}`, exhibitNumber, kind: 'note', title: 't', addedAt: '2026-12-01T00:00:00.000Z', history: [{ at: '2026-12-01T00:00:00.000Z', action: 'added', summary: 'Added' }] },
});

describe('case view', () => {
  it('shortens and groups a case id', () => {
    expect(shortCaseId('abcd2345efgh6789')).toBe('abcd-2345');
    expect(groupedCaseId('abcd2345efgh6789')).toBe('abcd-2345-efgh-6789');
  });

  it('keeps a date-only value a date, and shows instants in Seoul', () => {
    expect(whenText('2026-11-30', 'en')).toBe('2026-11-30');
    // 15:30 UTC is half past midnight the next day in Seoul.
    expect(whenText('2026-11-30T15:30:00Z', 'en')).toMatch(/1 Dec 2026.*00:30/);
  });

  it('orders events oldest first, keeping the server order for the same instant', () => {
    const ordered = eventsInOrder([event('b', '2026-12-02T00:00:00Z'), event('a1', '2026-12-01T00:00:00Z'), event('a2', '2026-12-01T00:00:00Z')]);
    expect(ordered.map((e) => e.id)).toEqual(['a1', 'a2', 'b']);
  });

  it('numbers an attached item after the highest exhibit', () => {
    expect(nextExhibitNumber([])).toBe(1);
    expect(nextExhibitNumber([item(1), item(4), item(2)])).toBe(5);
  });

  it('lets only new, live, unjunked requests from the locker be marked as junk', () => {
    expect(junkable(summary({}))).toBe(true);
    expect(junkable(summary({ status: 'assigned' }))).toBe(false);
    expect(junkable(summary({ withdrawnAt: '2026-12-01T01:00:00Z' }))).toBe(false);
    expect(junkable(summary({ junk: true }))).toBe(false);
    expect(junkable(summary({ openedBy: 'counsellor' }))).toBe(false);
  });

  it('toggles a selection into a new set', () => {
    const first = new Set(['a']);
    const next = toggled(first, 'b');
    expect([...next]).toEqual(['a', 'b']);
    expect([...toggled(next, 'a')]).toEqual(['b']);
    expect([...first]).toEqual(['a']);
  });

  it('puts each contact problem under its field', () => {
    expect(contactErrors(['channels', 'phone'])).toEqual({ channels: true, phone: true });
    expect(contactErrors(['email'])).toEqual({ email: true });
    expect(contactErrors(['safeHours'])).toEqual({ other: true });
  });
});
