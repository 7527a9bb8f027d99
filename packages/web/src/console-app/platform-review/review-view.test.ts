import type { ReviewItem } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { reviewEn } from './review-messages-en.js';
import { reviewKo } from './review-messages-ko.js';
import { appendPage, bankWords, feedbackWords, reviewPath } from './review-view.js';

const item = (id: number): ReviewItem => ({
  id, bank: 'JIKIM_UNREVIEWED', created_at: '2026-12-01T00:00:00.000Z', quarantined_at: '2026-12-02T00:00:00.000Z',
  feedback: { blocked: 0, not_blocked: 0, pending_review: 0, false_positive: 3 },
});

describe('platform feedback in words', () => {
  it('says every value with its own count, in StopNCII order, zeros included', () => {
    const counts = { blocked: 2, not_blocked: 0, pending_review: 1, false_positive: 3 };
    expect(feedbackWords(counts, reviewKo)).toBe('차단 2 · 차단 안 함 0 · 검토 중 1 · 오탐 3');
    expect(feedbackWords(counts, reviewEn)).toBe('Blocked 2 · Not blocked 0 · Pending review 1 · False positive 3');
    expect(feedbackWords({ blocked: 0, not_blocked: 7, pending_review: 0, false_positive: 0 }, reviewEn)).toBe('Blocked 0 · Not blocked 7 · Pending review 0 · False positive 0');
  });

  it('names the victims’ banks in words with the name platforms see, and other banks by name only', () => {
    expect(bankWords('JIKIM_UNREVIEWED', reviewKo)).toBe('스스로 보낸 해시 목록(검토 전) (JIKIM_UNREVIEWED)');
    expect(bankWords('JIKIM_CONFIRMED', reviewEn)).toBe('Confirmed bank (JIKIM_CONFIRMED)');
    expect(bankWords('PLATFORM_A_OWN', reviewEn)).toBe('PLATFORM_A_OWN');
  });
});

describe('review pages', () => {
  it('asks for the first page without a cursor and the next with the server’s cursor', () => {
    expect(reviewPath(null)).toBe('/platform/review');
    expect(reviewPath('4182')).toBe('/platform/review?cursor=4182');
  });

  it('appends a next page after what is shown, never listing an id twice', () => {
    const shown = [item(3), item(9)];
    expect(appendPage(shown, [item(9), item(14), item(20)]).map((c) => c.id)).toEqual([3, 9, 14, 20]);
    expect(appendPage([], [item(5)]).map((c) => c.id)).toEqual([5]);
  });
});
