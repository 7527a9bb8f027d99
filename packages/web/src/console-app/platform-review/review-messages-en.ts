/** The review page and platform feedback, in English. */
import type { ReviewMessages } from './review-messages.js';

export const reviewEn: ReviewMessages = {
  title: 'Review',
  intro: 'When 3 platforms report a hash a person sent themselves as a false positive, it is “quarantined”: it is not matched until it is reviewed here. Hashes in the confirmed bank are never quarantined automatically.',
  loading: 'Loading what is waiting for review…',
  failed: (requestId) => `The list could not be loaded. Please try again.${requestId ? ` (request ${requestId})` : ''}`,
  forbidden: 'Only admins can see this.',
  empty: 'Nothing is waiting for review.',
  content: (id) => `Content ${id}`,
  bank: 'Bank',
  banks: { JIKIM_CONFIRMED: 'Confirmed bank', JIKIM_UNREVIEWED: 'Self-submitted bank (not reviewed)' },
  added: 'Added',
  quarantinedAt: 'Quarantined',
  feedbackTitle: 'Platform feedback',
  feedback: { blocked: 'Blocked', not_blocked: 'Not blocked', pending_review: 'Pending review', false_positive: 'False positive' },
  release: 'Release',
  remove: 'Remove',
  releaseConfirm: (id) => `Release content ${id}? Platforms will match it and can block with it again.`,
  removeConfirm: (id) => `Remove content ${id} from its bank? It leaves every platform’s matching, and this cannot be undone.`,
  confirm: 'Yes, do it',
  cancel: 'Cancel',
  released: (id) => `Content ${id} is matched again.`,
  removed: (id) => `Content ${id} was removed from its bank.`,
  gone: (id) => `Content ${id} was already reviewed and is no longer listed.`,
  more: 'Show more',
  shown: (n) => `${n} shown`,
};
