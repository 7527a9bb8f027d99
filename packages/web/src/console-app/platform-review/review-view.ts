/** How the review page and the hash-protection panel put platform feedback and banks into words: pure, tested without a browser. */
import { FEEDBACK_VALUES, type FeedbackCounts, type ReviewItem } from '@jikim/contracts';
import type { ReviewMessages } from './review-messages.js';

/** Each value with its count ("오탐 3"), in StopNCII's order, zeros included. */
export function feedbackParts(counts: FeedbackCounts, m: Pick<ReviewMessages, 'feedback'>): string[] {
  return FEEDBACK_VALUES.map((value) => `${m.feedback[value]} ${counts[value]}`);
}

/** "차단 2 · 차단 안 함 0 · 검토 중 1 · 오탐 3". */
export function feedbackWords(counts: FeedbackCounts, m: Pick<ReviewMessages, 'feedback'>): string {
  return feedbackParts(counts, m).join(' · ');
}

/** A victims' bank in words with its name (what platforms see); any other bank by its name. */
export function bankWords(bank: string, m: Pick<ReviewMessages, 'banks'>): string {
  return bank === 'JIKIM_CONFIRMED' || bank === 'JIKIM_UNREVIEWED' ? `${m.banks[bank]} (${bank})` : bank;
}

/** The review list after a next page arrives: ids already shown are not listed twice. */
export function appendPage(shown: readonly ReviewItem[], page: readonly ReviewItem[]): ReviewItem[] {
  const seen = new Set(shown.map((c) => c.id));
  return [...shown, ...page.filter((c) => !seen.has(c.id))];
}

/** The review path for a page: the first without a cursor, the next with the server's `next_cursor`. */
export function reviewPath(cursor: string | null): string {
  return cursor === null ? '/platform/review' : `/platform/review?cursor=${encodeURIComponent(cursor)}`;
}
