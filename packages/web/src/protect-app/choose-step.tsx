/**
 * The first step: choosing photos and videos. Hashing starts as soon as they are chosen (on the
 * device; nothing is sent), each file blurred with its progress and a Cancel button.
 */
import type { Locale } from '@jikim/guide';
import { useState, type ChangeEvent, type Ref } from 'react';
import { allSettled, type ChosenItem } from './chosen-items.js';
import { ChosenFileCard } from './chosen-file-card.js';
import type { ProtectMessages } from './i18n/protect-messages.js';
import { MAX_ITEMS } from './protect-limits.js';
import type { Hashing } from './use-hashing.js';

interface ChooseStepProps {
  readonly t: ProtectMessages;
  readonly locale: Locale;
  readonly heading: Ref<HTMLHeadingElement>;
  readonly hashing: Hashing;
  readonly labelOf: (item: ChosenItem) => string;
  readonly canHash: boolean;
  /** Answers false when there is nothing to send yet. */
  readonly onReview: () => boolean;
}

export function ChooseStep({ t, locale, heading, hashing, labelOf, canHash, onReview }: ChooseStepProps) {
  const c = t.choose;
  const [notice, setNotice] = useState('');
  const { items } = hashing.chosen;
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Emptied, so that choosing the same file again (after removing it) is seen as a change.
    event.target.value = '';
    if (files.length === 0) return;
    const refused = hashing.add(files);
    setNotice(refused > 0 ? c.tooMany(MAX_ITEMS) : '');
  };
  const review = () => {
    if (!allSettled(hashing.chosen) || items.length === 0) {
      setNotice(items.length === 0 ? c.nothingToSend : c.waitForHashing);
      return;
    }
    setNotice(onReview() ? '' : c.nothingToSend);
  };
  return (
    <>
      <h2 id="protect-step-title" ref={heading} tabIndex={-1}>{c.title}</h2>
      <p>{c.lead}</p>
      {canHash ? (
        <div className="field protect-choose">
          <label htmlFor="protect-files">{c.input}</label>
          <input id="protect-files" type="file" multiple accept="image/*,video/*" aria-describedby="protect-files-hint" onChange={choose} />
          <p id="protect-files-hint" className="hint">{c.hint}</p>
        </div>
      ) : <p className="warning-note">{c.unsupportedBrowser}</p>}
      {items.length > 0 ? (
        <>
          <h3>{c.listTitle}</h3>
          <ul className="protect-files">
            {items.map((item) => (
              <ChosenFileCard key={item.id} t={t.item} locale={locale} item={item} label={labelOf(item)} preview={hashing.previews[item.id]} onRemove={() => hashing.remove(item)} />
            ))}
          </ul>
        </>
      ) : null}
      <p role="status" className="visually-hidden">{hashing.announcement}</p>
      <p role="alert" className="form-error">{notice}</p>
      {items.length > 0 ? (
        <div className="button-row">
          <button type="button" className="button" onClick={review}>{c.review}</button>
        </div>
      ) : null}
    </>
  );
}
