/**
 * The code and PIN after sending from the locker: shown large with copy buttons, as on /protect, and
 * "Keep this code and PIN in my locker", checked — they were sealed in the locker as they arrived,
 * so an idle lock cannot lose them; unchecking takes them out again (what was sent, and when, stays).
 */
import { useState, type Ref } from 'react';
import { formatPin } from '../help/help-format.js';
import type { ProtectMessages } from '../../protect-app/i18n/index.js';
import type { SentSubmission } from '../../protect-app/review-step.js';
import type { LockerProtectMessages } from './i18n/index.js';

interface LockerSentCardProps {
  readonly t: LockerProtectMessages;
  readonly done: ProtectMessages['done'];
  readonly sent: SentSubmission;
  readonly heading: Ref<HTMLHeadingElement>;
  /** Whether the code and PIN are in the locker now; null until the first save settles. */
  readonly kept: boolean | null;
  readonly keepFailed: boolean;
  readonly onKeep: (keep: boolean) => void;
  readonly onDone: () => void;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function LockerSentCard({ t, done, sent, heading, kept, keepFailed, onKeep, onDone }: LockerSentCardProps) {
  const [copied, setCopied] = useState('');
  const copyAndSay = async (text: string) => setCopied((await copy(text)) ? done.copied : done.copyFailed);
  return (
    <div className="protect-sent">
      <h2 id="protect-step-title" ref={heading} tabIndex={-1}>{done.title}</h2>
      <p>{done.lead(sent.items, sent.hashes)}</p>
      <dl className="help-code">
        <dt>{done.code}</dt>
        <dd>
          <code id="protect-code" translate="no">{sent.code}</code>
          <button type="button" className="button button-secondary small" onClick={() => void copyAndSay(sent.code)}>{done.copyCode}</button>
        </dd>
        <dt>{done.pin}</dt>
        <dd>
          <code id="protect-pin" translate="no">{formatPin(sent.pin)}</code>
          <button type="button" className="button button-secondary small" onClick={() => void copyAndSay(sent.pin)}>{done.copyPin}</button>
        </dd>
      </dl>
      <p role="status" className="form-status">{copied}</p>
      <div className="option protect-keep">
        <input type="checkbox" id="protect-keep" checked={kept ?? true} disabled={kept === null || keepFailed} aria-describedby="protect-keep-hint"
          onChange={(e) => onKeep(e.target.checked)} />
        <label htmlFor="protect-keep">{t.keep}</label>
        <p id="protect-keep-hint" className="hint">{t.keepHint}</p>
      </div>
      <p role="status" className="form-status">{keepFailed ? '' : kept === true ? t.kept : kept === false ? t.notKept : ''}</p>
      {keepFailed ? <p role="alert" className="warning-note">{t.keepFailed}</p> : null}
      <p className="warning-note" role="note">{done.warning}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onDone}>{t.done}</button>
      </div>
    </div>
  );
}
