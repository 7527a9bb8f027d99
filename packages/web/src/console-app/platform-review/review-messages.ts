/** The words of the admins' review page and of platform feedback (Korean and English sets). */
import type { FeedbackValue } from '@jikim/contracts';
import type { ConsoleLocale } from '../i18n/index.js';
import { reviewEn } from './review-messages-en.js';
import { reviewKo } from './review-messages-ko.js';

export interface ReviewMessages {
  readonly title: string;
  /** One plain sentence: what quarantine is. */
  readonly intro: string;
  readonly loading: string;
  readonly failed: (requestId: string) => string;
  readonly forbidden: string;
  readonly empty: string;
  readonly content: (id: number) => string;
  readonly bank: string;
  /** The victims' banks in words; other banks show their name. */
  readonly banks: Readonly<Record<'JIKIM_CONFIRMED' | 'JIKIM_UNREVIEWED', string>>;
  readonly added: string;
  readonly quarantinedAt: string;
  readonly feedbackTitle: string;
  /** StopNCII's feedback values, each as a platform's answer. */
  readonly feedback: Readonly<Record<FeedbackValue, string>>;
  readonly release: string;
  readonly remove: string;
  readonly releaseConfirm: (id: number) => string;
  readonly removeConfirm: (id: number) => string;
  readonly confirm: string;
  readonly cancel: string;
  readonly released: (id: number) => string;
  readonly removed: (id: number) => string;
  /** Someone else decided first. */
  readonly gone: (id: number) => string;
  readonly more: string;
  readonly shown: (n: number) => string;
}

export const reviewMessages = (locale: ConsoleLocale): ReviewMessages => (locale === 'en' ? reviewEn : reviewKo);
