/**
 * The chosen items being fingerprinted on the device, each blurred with its progress and Cancel (the
 * protect page's own card); "Review what will be sent" once every one is done.
 */
import type { Locale } from '@jikim/guide';
import { useState, type Ref } from 'react';
import { allSettled, type ChosenItem } from '../../protect-app/chosen-items.js';
import { ChosenFileCard } from '../../protect-app/chosen-file-card.js';
import type { ProtectMessages } from '../../protect-app/i18n/index.js';
import type { Hashing } from '../../protect-app/use-hashing.js';
import type { LockerProtectMessages } from './i18n/index.js';

interface HashingStepProps {
  readonly t: LockerProtectMessages;
  readonly p: ProtectMessages;
  readonly locale: Locale;
  readonly heading: Ref<HTMLHeadingElement>;
  readonly hashing: Hashing;
  readonly labelOf: (item: ChosenItem) => string;
  /** Answers false when there is nothing to send. */
  readonly onReview: () => boolean;
  readonly onStartOver: () => void;
}

export function HashingStep({ t, p, locale, heading, hashing, labelOf, onReview, onStartOver }: HashingStepProps) {
  const [notice, setNotice] = useState('');
  const { items } = hashing.chosen;
  const review = () => {
    if (!allSettled(hashing.chosen)) return setNotice(p.choose.waitForHashing);
    setNotice(items.length > 0 && onReview() ? '' : p.choose.nothingToSend);
  };
  return (
    <>
      <h2 id="protect-step-title" ref={heading} tabIndex={-1}>{t.hashingTitle}</h2>
      <p>{t.hashingLead}</p>
      <ul className="protect-files">
        {items.map((item) => (
          <ChosenFileCard key={item.id} t={p.item} locale={locale} item={item} label={labelOf(item)} preview={hashing.previews[item.id]} onRemove={() => hashing.remove(item)} />
        ))}
      </ul>
      <p role="status" className="visually-hidden">{hashing.announcement}</p>
      <p role="alert" className="form-error">{notice}</p>
      <div className="button-row">
        {items.length > 0 ? <button type="button" className="button" onClick={review}>{p.choose.review}</button> : null}
        <button type="button" className="button button-secondary" onClick={onStartOver}>{t.startOver}</button>
      </div>
    </>
  );
}
