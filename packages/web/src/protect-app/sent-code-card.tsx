/**
 * The code and PIN, shown once, large, with copy buttons and how to keep them; neither can be
 * recovered. The locker puts its own way of keeping them (in the locker) in place of the advice.
 */
import { useState, type ReactNode, type Ref } from 'react';
import { formatPin } from '../locker-app/help/help-format.js';
import type { ProtectMessages } from './i18n/protect-messages.js';
import type { SentSubmission } from './review-step.js';

interface SentCodeCardProps {
  readonly t: ProtectMessages['done'];
  readonly sent: SentSubmission;
  readonly heading: Ref<HTMLHeadingElement>;
  readonly onDone: () => void;
  /** The last button's words; "I have written them down" unless given. */
  readonly doneLabel?: string;
  /** Shown under the code and PIN instead of the advice on writing them down (the locker keeps them). */
  readonly children?: ReactNode;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function SentCodeCard({ t, sent, heading, onDone, doneLabel, children }: SentCodeCardProps) {
  const [copied, setCopied] = useState('');
  const copyAndSay = async (text: string) => setCopied((await copy(text)) ? t.copied : t.copyFailed);
  return (
    <div className="protect-sent">
      <h2 id="protect-step-title" ref={heading} tabIndex={-1}>{t.title}</h2>
      <p>{t.lead(sent.items, sent.hashes)}</p>
      <dl className="help-code">
        <dt>{t.code}</dt>
        <dd>
          <code id="protect-code" translate="no">{sent.code}</code>
          <button type="button" className="button button-secondary small" onClick={() => void copyAndSay(sent.code)}>{t.copyCode}</button>
        </dd>
        <dt>{t.pin}</dt>
        <dd>
          <code id="protect-pin" translate="no">{formatPin(sent.pin)}</code>
          <button type="button" className="button button-secondary small" onClick={() => void copyAndSay(sent.pin)}>{t.copyPin}</button>
        </dd>
      </dl>
      <p role="status" className="form-status">{copied}</p>
      {children}
      <p className="warning-note" role="note">{t.warning}</p>
      {children ? null : (
        <>
          <h3>{t.keepTitle}</h3>
          <ul>{t.keep.map((line) => <li key={line}>{line}</li>)}</ul>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onDone}>{doneLabel ?? t.written}</button>
      </div>
    </div>
  );
}
