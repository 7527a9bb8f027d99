/** Platforms' feedback in words, each value kept on one line: "차단 2 · 차단 안 함 0 · 검토 중 1 · 오탐 3". */
import type { FeedbackCounts } from '@jikim/contracts';
import { Fragment } from 'react';
import type { ReviewMessages } from './review-messages.js';
import { feedbackParts } from './review-view.js';

export function FeedbackWords({ counts, m }: { readonly counts: FeedbackCounts; readonly m: Pick<ReviewMessages, 'feedback'> }) {
  return (
    <>
      {feedbackParts(counts, m).map((part, i) => (
        <Fragment key={part}>{i > 0 ? ' · ' : ''}<span className="fb-part">{part}</span></Fragment>
      ))}
    </>
  );
}
