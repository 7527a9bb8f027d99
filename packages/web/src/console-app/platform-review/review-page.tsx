/**
 * The admins' review page (issue 14): quarantined contents (never their hashes), each with its bank,
 * dates and platforms' feedback in words, and two decisions asked about first: release (it is
 * matched again) or remove (it leaves its bank and every index). Further pages by `next_cursor`.
 */
import type { ReviewDecision, ReviewItem, ReviewPage as ReviewPageBody } from '@jikim/contracts';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../console-api.js';
import { Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { seoulDateTime } from '../seoul-time.js';
import { useHeadingFocus } from '../use-heading-focus.js';
import { ConfirmAction } from './confirm-action.js';
import { reviewMessages } from './review-messages.js';
import { FeedbackWords } from './feedback-words.js';
import { appendPage, bankWords, reviewPath } from './review-view.js';

export function ReviewPage({ locale, onFailure }: PageProps) {
  const m = reviewMessages(locale);
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [contents, setContents] = useState<readonly ReviewItem[] | undefined>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (after: string | null, shown: readonly ReviewItem[]) => {
    setLoading(true);
    const r = await api<ReviewPageBody>('GET', reviewPath(after));
    setLoading(false);
    if (r.ok) {
      setContents(appendPage(shown, r.value.contents));
      setCursor(r.value.next_cursor);
    } else if (!onFailure(r)) {
      setProblem(r.status === 403 ? m.forbidden : m.failed(r.requestId));
    }
  }, [m, onFailure]);
  useEffect(() => void load(null, []), [load]);

  async function decide(item: ReviewItem, decision: ReviewDecision) {
    setProblem('');
    setStatus('');
    const r = await api<undefined>('POST', `/platform/review/${item.id}`, { decision });
    if (!r.ok && r.status !== 404) {
      if (!onFailure(r)) setProblem(r.status === 403 ? m.forbidden : m.failed(r.requestId));
      return;
    }
    setContents((now) => now?.filter((c) => c.id !== item.id));
    setStatus(!r.ok ? m.gone(item.id) : decision === 'release' ? m.released(item.id) : m.removed(item.id));
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="rv-title" className="rv-page">
      <h1 id="rv-title" ref={heading} tabIndex={-1}>{m.title}</h1>
      <p>{m.intro}</p>
      <Notice text={problem} kind="error" />
      <Notice text={status} kind="info" />
      {!contents && !problem ? <p role="status">{m.loading}</p> : null}
      {contents?.length === 0 ? <p className="console-empty">{m.empty}</p> : null}
      {contents && contents.length > 0 ? (
        <ul className="rv-list">
          {contents.map((item) => (
            <li key={item.id} className="case-item rv-item" data-content-id={item.id}>
              <h2 id={`rv-${item.id}`}>{m.content(item.id)}</h2>
              <dl className="case-facts">
                <div><dt>{m.bank}</dt><dd>{bankWords(item.bank, m)}</dd></div>
                <div><dt>{m.added}</dt><dd>{seoulDateTime(item.created_at, locale)}</dd></div>
                {item.quarantined_at ? <div><dt>{m.quarantinedAt}</dt><dd>{seoulDateTime(item.quarantined_at, locale)}</dd></div> : null}
                <div><dt>{m.feedbackTitle}</dt><dd className="rv-feedback"><FeedbackWords counts={item.feedback} m={m} /></dd></div>
              </dl>
              <div className="button-row">
                <ConfirmAction label={m.release} accessibleName={`${m.release}: ${m.content(item.id)}`} question={m.releaseConfirm(item.id)}
                  confirm={m.confirm} cancel={m.cancel} onConfirm={() => decide(item, 'release')} />
                <ConfirmAction label={m.remove} accessibleName={`${m.remove}: ${m.content(item.id)}`} question={m.removeConfirm(item.id)}
                  confirm={m.confirm} cancel={m.cancel} danger onConfirm={() => decide(item, 'remove')} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {contents && cursor !== null ? (
        <div className="button-row">
          <button type="button" className="button secondary" disabled={loading} onClick={() => void load(cursor, contents)}>{m.more}</button>
          <span className="hint">{m.shown(contents.length)}</span>
        </div>
      ) : null}
    </section>
  );
}
