/**
 * A case's items as the person (or a counsellor) recorded them, in exhibit order: a file's facts and
 * its blurred thumbnail, a web record's address as text only (copied, never opened or loaded from
 * here), a message with its sender's number, and each item's own history with who made each entry.
 */
import type { CaseItem } from '@jikim/contracts';
import { useState, type ReactNode } from 'react';
import { formatBytes } from '../../locker-app/format.js';
import type { CaseMessages } from './case-messages.js';
import { CaseThumbnail } from './case-thumbnail.js';
import { itemsInOrder, whenText } from './case-view.js';

interface CaseItemsProps {
  readonly t: CaseMessages;
  readonly locale: 'ko' | 'en';
  readonly caseId: string;
  readonly items: readonly CaseItem[];
  readonly onViewOriginal: (item: CaseItem) => void;
  /** What a file still pending offers (sending it again), if anything. */
  readonly pending?: (item: CaseItem) => ReactNode;
}

const Fact = ({ label, children }: { readonly label: string; readonly children: ReactNode }) => (
  <div><dt>{label}</dt><dd>{children}</dd></div>
);

function CopyUrl({ t, url }: { readonly t: CaseMessages; readonly url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <code className="break-all case-url">{url}</code>
      <span className="case-copy">
        <button type="button" className="button small secondary" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => undefined)}>{t.page.copy}</button>
        {copied ? <span role="status">{t.page.copied}</span> : null}
      </span>
    </>
  );
}

function ItemEntry({ t, locale, caseId, entry, onViewOriginal, pending }: Omit<CaseItemsProps, 'items'> & { readonly entry: CaseItem }) {
  const p = t.page;
  const { item } = entry;
  return (
    <li className="case-item" id={`item-${entry.itemId}`} data-item-id={entry.itemId}>
      <h3>{p.exhibit(item.exhibitNumber)} · {item.title}</h3>
      <p className="console-facts">{p.addedBy[entry.addedBy]} · {whenText(entry.addedAt, locale)}</p>
      {item.file ? (
        <>
          {entry.hasThumbnail ? <CaseThumbnail t={t} caseId={caseId} itemId={entry.itemId} title={item.title} /> : <p className="hint">{t.preview.none}</p>}
          <dl className="case-facts">
            <Fact label={p.originalName}>{item.file.originalName}</Fact>
            <Fact label={p.mediaType}>{item.file.mediaType}</Fact>
            <Fact label={p.size}>{formatBytes(item.file.bytes, locale)}</Fact>
            <Fact label={p.sha256}><code className="break-all case-sha256">{item.file.sha256}</code></Fact>
            <Fact label={p.uploadState}><span className={`case-upload ${entry.upload}`}>{p.upload[entry.upload]}</span></Fact>
          </dl>
          {entry.upload === 'complete' ? (
            <div className="button-row">
              <button type="button" className="button small" aria-label={t.original.viewNamed(item.title)} onClick={() => onViewOriginal(entry)}>{t.original.view}</button>
            </div>
          ) : null}
          {entry.upload === 'pending' && pending ? pending(entry) : null}
        </>
      ) : null}
      {item.web ? (
        <dl className="case-facts">
          <Fact label={p.url}><CopyUrl t={t} url={item.web.url} /></Fact>
          {item.web.site ? <Fact label={p.site}>{item.web.site}</Fact> : null}
          {item.web.posterId ? <Fact label={p.posterId}>{item.web.posterId}</Fact> : null}
          {item.web.postedAt ? <Fact label={p.postedAt}>{whenText(item.web.postedAt, locale)}</Fact> : null}
          {item.web.seenAt ? <Fact label={p.seenAt}>{whenText(item.web.seenAt, locale)}</Fact> : null}
        </dl>
      ) : null}
      {item.web ? <p className="hint">{p.urlHint}</p> : null}
      {item.message ? (
        <dl className="case-facts">
          <Fact label={p.senderNumber}>{item.message.senderNumber}</Fact>
          {item.message.sentAt ? <Fact label={p.sentAt}>{whenText(item.message.sentAt, locale)}</Fact> : null}
          {item.message.text ? <Fact label={p.messageText}><span className="pre-wrap">{item.message.text}</span></Fact> : null}
        </dl>
      ) : null}
      {item.clue ? (
        <dl className="case-facts">
          {(['phoneModel', 'appearance', 'place', 'witnesses'] as const).map((k) => (item.clue?.[k] ? <Fact key={k} label={p.clue[k]}><span className="pre-wrap">{item.clue[k]}</span></Fact> : null))}
        </dl>
      ) : null}
      {item.description || item.occurredAt ? (
        <dl className="case-facts">
          {item.occurredAt ? <Fact label={p.occurredAt}>{whenText(item.occurredAt, locale)}</Fact> : null}
          {item.description ? <Fact label={p.description}><span className="pre-wrap">{item.description}</span></Fact> : null}
        </dl>
      ) : null}
      <details className="case-history">
        <summary>{p.itemHistory} ({item.history.length})</summary>
        <ol>
          {item.history.map((h, i) => (
            <li key={i}>
              <span className="case-when">{whenText(h.at, locale)}</span> · {h.actor ? p.actor[h.actor.kind] : p.actor.victim} · {h.summary}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

export function CaseItems({ t, locale, caseId, items, onViewOriginal, pending }: CaseItemsProps) {
  if (items.length === 0) return <p className="hint">{t.page.noItems}</p>;
  return (
    <ul className="case-items">
      {itemsInOrder(items).map((entry) => (
        <ItemEntry key={entry.itemId} t={t} locale={locale} caseId={caseId} entry={entry} onViewOriginal={onViewOriginal} {...(pending ? { pending } : {})} />
      ))}
    </ul>
  );
}
