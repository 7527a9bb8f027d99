/** The case's contents in the confirmed bank: which item, kind, hashes, matches, platforms' feedback, state, who added it; each removable after a confirmation. */
import type { CaseItem, ProtectedContent } from '@jikim/contracts';
import type { ConsoleLocale } from '../../i18n/index.js';
import { ConfirmAction } from '../../platform-review/confirm-action.js';
import { reviewMessages } from '../../platform-review/review-messages.js';
import { FeedbackWords } from '../../platform-review/feedback-words.js';
import { seoulDateTime } from '../../seoul-time.js';
import type { ProtectionMessages } from './protection-messages.js';
import { addedByWords, contentName } from './protection-view.js';

interface ProtectedListProps {
  readonly m: ProtectionMessages;
  readonly locale: ConsoleLocale;
  readonly meId: string;
  readonly contents: readonly ProtectedContent[];
  readonly items: readonly CaseItem[];
  readonly onRemove: (content: ProtectedContent, name: string) => Promise<void>;
}

export function ProtectedList({ m, locale, meId, contents, items, onRemove }: ProtectedListProps) {
  const words = reviewMessages(locale);
  if (contents.length === 0) return <p className="hint">{m.noneProtected}</p>;
  return (
    <ul className="hp-contents">
      {contents.map((content) => {
        const name = contentName(content, items, m);
        return (
          <li key={content.contentId} className="case-item hp-content" data-content-id={content.contentId} data-item-id={content.itemId}>
            <h4>{name}</h4>
            <dl className="case-facts">
              <div><dt>{m.facts.kind}</dt><dd>{m.kinds[content.kind]}</dd></div>
              <div><dt>{m.facts.signals}</dt><dd>{m.signals(content.signals)}</dd></div>
              <div><dt>{m.facts.matches}</dt><dd className="hp-matches">{m.matched(content.matches)}</dd></div>
              <div><dt>{m.facts.feedback}</dt><dd className="hp-feedback"><FeedbackWords counts={content.feedback} m={words} /></dd></div>
              <div><dt>{m.facts.state}</dt><dd>{content.quarantined ? <strong>{m.quarantined}</strong> : m.active}</dd></div>
              <div><dt>{m.facts.added}</dt><dd>{m.addedBy(addedByWords(content.addedBy, meId, m), seoulDateTime(content.createdAt, locale))}</dd></div>
            </dl>
            <div className="button-row">
              <ConfirmAction label={m.remove} accessibleName={`${m.remove}: ${name}`} question={m.removeConfirm(name)} confirm={m.confirm} cancel={m.cancel}
                danger onConfirm={() => onRemove(content, name)} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
