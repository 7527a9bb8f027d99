import { describe, expect, it } from 'vitest';
import { VICTIM } from '../events/actor.js';
import {
  appendEvidenceEvent, currentEvidence, EvidenceHistoryError, evidenceTimeline, newEvidenceItem,
} from './evidence-item.js';

const t = (iso: string) => new Date(iso);

describe('evidence items', () => {
  const web = newEvidenceItem('w1', 'web', 'dissemination', {
    title: '게시물',
    web: { url: 'https://example.com/board/123?x=1', site: '커뮤니티', posterId: 'user_99', postedAt: '2026-11-20T10:00:00+09:00' },
  }, t('2026-11-27T01:00:00Z'), VICTIM);

  it('keeps every change as a new event and derives what the item says now', () => {
    const described = appendEvidenceEvent(web, 'described', { description: '친구가 알려 줌 😢 ‏שלום‏' }, t('2026-11-27T02:00:00Z'), VICTIM);
    const corrected = appendEvidenceEvent(described, 'corrected', { web: { posterId: 'user_98' } }, t('2026-11-27T03:00:00Z'), VICTIM);
    expect(corrected.events.map((e) => e.action)).toEqual(['added', 'described', 'corrected']);
    expect(corrected.events[0]).toEqual(web.events[0]);
    const now = currentEvidence(corrected);
    expect(now.web).toEqual({ url: 'https://example.com/board/123?x=1', site: '커뮤니티', posterId: 'user_98', postedAt: '2026-11-20T10:00:00+09:00' });
    expect(now.description).toBe('친구가 알려 줌 😢 ‏שלום‏');
    expect([now.addedAt, now.updatedAt]).toEqual(['2026-11-27T01:00:00.000Z', '2026-11-27T03:00:00.000Z']);
    expect(() => appendEvidenceEvent(corrected, 'corrected', {}, t('2026-11-27T02:30:00Z'), VICTIM)).toThrow(EvidenceHistoryError);
  });

  it('normalises Korean text to NFC', () => {
    const nfd = '협박 문자'.normalize('NFD');
    const item = newEvidenceItem('m1', 'message', 'threat', { title: nfd, message: { senderNumber: '010-1234-5678', text: nfd } }, t('2026-11-27T00:00:00Z'), VICTIM);
    const state = currentEvidence(item);
    expect(state.title).toBe('협박 문자'.normalize('NFC'));
    expect(state.message?.text).toBe('협박 문자'.normalize('NFC'));
  });

  it.each([
    [{ web: { url: 'javascript:alert(1)' } }],
    [{ web: { url: 'file:///etc/passwd' } }],
    [{ message: { senderNumber: '엄마' } }],
    [{ occurredAt: 'yesterday' }],
    [{ title: 'x'.repeat(201) }],
  ])('refuses %j', (fields) => {
    expect(() => newEvidenceItem('x', 'note', null, fields, t('2026-11-27T00:00:00Z'), VICTIM)).toThrow();
  });

  it('orders the timeline by when things happened and filters by scenario', () => {
    const threat = newEvidenceItem('m2', 'message', 'threat', { message: { senderNumber: '+82 10-9999-0000', sentAt: '2026-11-21T09:00:00Z' } }, t('2026-11-27T05:00:00Z'), VICTIM);
    const clue = newEvidenceItem('c1', 'clue', 'illegal-shooting', { occurredAt: '2026-11-19T18:30:00+09:00', clue: { phoneModel: '검은색 아이폰' } }, t('2026-11-27T06:00:00Z'), VICTIM);
    const note = newEvidenceItem('n1', 'note', null, { title: '메모' }, t('2026-11-27T07:00:00Z'), VICTIM);
    expect(evidenceTimeline([note, threat, web, clue]).map((e) => e.item.id)).toEqual(['c1', 'w1', 'm2', 'n1']);
    expect(evidenceTimeline([note, threat, web, clue], 'threat').map((e) => e.item.id)).toEqual(['m2']);
    // 09:00 in Seoul is 00:00 UTC: earlier than 01:00 UTC although it sorts later as text.
    const seoul = newEvidenceItem('a', 'note', null, { occurredAt: '2026-11-22T09:00:00+09:00' }, t('2026-11-27T00:00:00Z'), VICTIM);
    const utc = newEvidenceItem('b', 'note', null, { occurredAt: '2026-11-22T01:00:00Z' }, t('2026-11-27T00:00:00Z'), VICTIM);
    expect(evidenceTimeline([utc, seoul]).map((e) => e.item.id)).toEqual(['a', 'b']);
  });
});
