/**
 * Where a help request stands, read with its code and PIN: the status in words, what was sent and
 * whether each file arrived, the messages oldest first, a reply box, and withdrawal. The locker and
 * the status page for another device (help-status/) both show it.
 */
import type { HelpStatus } from '@jikim/contracts';
import type { Locale } from '@jikim/guide';
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { formatBytes } from '../format.js';
import { helpApi, HelpApiError, type CaseAccess } from './help-api.js';
import type { HelpMessages } from './i18n/help-messages.js';
import { shortSha256 } from './help-format.js';
import { WithdrawPanel } from './withdraw-panel.js';
import { CaseConsents } from './case-consents.js';
import { CaseTakedowns } from './case-takedowns.js';
import { caseUrlsOf } from './case-takedowns-view.js';

const TAGS: Record<Locale, string> = { ko: 'ko-KR', en: 'en-GB' };
const when = (iso: string, locale: Locale) => new Date(iso).toLocaleString(TAGS[locale], { dateStyle: 'long', timeStyle: 'short' });

interface StatusViewProps {
  readonly t: HelpMessages;
  readonly locale: Locale;
  readonly access: CaseAccess;
  /** Changes when something was added, so the status is read again. */
  readonly revision?: number;
  /** The locker's own part (adding items, the uploads); the status page has none. */
  readonly children?: ReactNode;
  /** The locker's "share my takedown records" (issue 13), given the case's addresses and a reload. */
  readonly shareTakedowns?: (caseUrls: readonly string[], onShared: () => Promise<void>) => ReactNode;
  readonly onUnauthorized?: () => void;
  readonly onWithdrawn: () => void;
}

export function StatusView({ t, locale, access, revision = 0, children, shareTakedowns, onUnauthorized, onWithdrawn }: StatusViewProps) {
  const s = t.status;
  const [status, setStatus] = useState<HelpStatus | null>(null);
  const [loadError, setLoadError] = useState('');
  const [reply, setReply] = useState('');
  const [replyError, setReplyError] = useState('');
  const [replyNote, setReplyNote] = useState('');
  const [sending, setSending] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [returning, setReturning] = useState(false);
  const confirm = (on: boolean) => {
    setConfirming(on);
    setReturning(!on);
  };

  const load = useCallback(async () => {
    try {
      setStatus(await helpApi.status(access, locale));
      setLoadError('');
    } catch (failure) {
      if (failure instanceof HelpApiError && failure.failure === 'unauthorized' && onUnauthorized) onUnauthorized();
      else setLoadError(s.loadFailed);
    }
  }, [access, locale, onUnauthorized, s.loadFailed]);
  useEffect(() => void load(), [load, revision]);

  const sendReply = async (event: FormEvent) => {
    event.preventDefault();
    if (!reply.trim()) return setReplyError(s.replyEmpty);
    setSending(true);
    setReplyError('');
    try {
      await helpApi.reply(access, reply.trim());
      setReply('');
      setReplyNote(s.replySent);
      await load();
    } catch {
      setReplyError(t.sending.failed);
    } finally {
      setSending(false);
    }
  };

  const withdraw = <WithdrawPanel t={t} access={access} confirming={confirming} onConfirming={confirm} returning={returning} onWithdrawn={onWithdrawn} />;
  if (confirming) return withdraw;
  const messages = [...(status?.messages ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <div className="help-status">
      <p role="alert" className="form-error">{loadError}</p>
      {status ? (
        <>
          <p className="help-status-line"><span className="label">{s.statusLabel}: </span><span data-status={status.status}>{s.states[status.status]}</span></p>
          <p className="hint">{s.sentOn(when(status.createdAt, locale))}</p>
          <h3>{s.itemsTitle}</h3>
          {status.items.length === 0 ? <p>{s.noItems}</p> : (
            <ul className="help-status-items">
              {status.items.map((item) => (
                <li key={item.itemId} data-item-id={item.itemId} data-upload={item.upload ?? 'none'}>
                  <span className="label" dir="auto">{item.title}</span>
                  {item.sha256 ? <> <code className="sha256">{shortSha256(item.sha256)}…</code></> : null}
                  {item.bytes === undefined ? null : <> <span className="hint">{formatBytes(item.bytes, locale)}</span></>}
                  {item.upload ? <><br /><span className={item.upload === 'refused' ? 'form-error' : 'hint'}>{s.upload[item.upload]}</span></> : null}
                </li>
              ))}
            </ul>
          )}
          <h3>{s.messagesTitle}</h3>
          {messages.length === 0 ? <p>{s.noMessages}</p> : (
            <ol className="help-messages">
              {messages.map((m) => (
                <li key={m.id} className={`help-message from-${m.from}`}>
                  <p className="help-message-meta"><span className="label">{m.from === 'you' ? s.you : s.centre}</span> · <time dateTime={m.at}>{when(m.at, locale)}</time></p>
                  <p className="help-message-text" dir="auto">{m.text}</p>
                </li>
              ))}
            </ol>
          )}
          {status.status === 'withdrawn' || status.status === 'closed' ? null : (
            <form className="help-reply" onSubmit={(e) => void sendReply(e)} noValidate>
              <div className="field">
                <label htmlFor="help-reply">{s.reply}</label>
                <textarea
                  id="help-reply"
                  value={reply}
                  rows={4}
                  maxLength={10_000}
                  onChange={(e) => {
                    setReply(e.target.value);
                    setReplyNote('');
                  }}
                  aria-invalid={replyError ? true : undefined}
                  aria-describedby={`help-reply-hint${replyError ? ' help-reply-error' : ''}`}
                />
                <p id="help-reply-hint" className="hint">{s.replyHint}</p>
                {replyError ? <p id="help-reply-error" className="form-error">{replyError}</p> : null}
              </div>
              <p role="status" className="form-status">{replyNote}</p>
              <div className="button-row">
                <button type="submit" className="button" disabled={sending}>{s.sendReply}</button>
                <button type="button" className="button button-secondary" onClick={() => void load()}>{s.refresh}</button>
              </div>
            </form>
          )}
          {status.status === 'withdrawn' ? null : (
            <>
              <CaseTakedowns t={t.caseWork.takedowns} locale={locale} takedowns={status.takedowns} />
              {shareTakedowns?.(caseUrlsOf(status.takedowns), load)}
              <CaseConsents t={t.caseWork.consents} locale={locale} access={access} consents={status.consents} since={status.consentsSince} onChanged={load} />
            </>
          )}
          {children}
          {status.status === 'withdrawn' ? null : withdraw}
        </>
      ) : loadError ? null : <p>…</p>}
    </div>
  );
}
