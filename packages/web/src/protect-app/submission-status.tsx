/**
 * A submission's status, with the code and PIN typed in: per item its fingerprints, whether the
 * matchers have them, and how many times platforms' lookups matched them (never where); then
 * "Withdraw all".
 */
import type { ProtectStatus } from '@jikim/contracts';
import type { Locale } from '@jikim/guide';
import { useState, type Ref } from 'react';
import { formatWhen } from '../locker-app/format.js';
import type { ProtectMessages } from './i18n/protect-messages.js';
import type { ProtectAccess } from './protect-api.js';
import { numberByKind } from './status-labels.js';
import { WithdrawConfirm } from './withdraw-confirm.js';

interface SubmissionStatusProps {
  readonly t: ProtectMessages;
  readonly locale: Locale;
  readonly access: ProtectAccess;
  readonly status: ProtectStatus;
  readonly heading: Ref<HTMLHeadingElement>;
  /** A refresh that failed. */
  readonly error: string;
  readonly working: boolean;
  readonly onRefresh: () => void;
  readonly onClose: () => void;
  readonly onWithdrawn: () => void;
}

export function SubmissionStatus({ t, locale, access, status, heading, error, working, onRefresh, onClose, onWithdrawn }: SubmissionStatusProps) {
  const c = t.check;
  const [confirming, setConfirming] = useState(false);
  const [returning, setReturning] = useState(false);
  const withdrawn = status.state === 'withdrawn';
  return (
    <section aria-labelledby="protect-status-title" className="protect-status">
      <h3 id="protect-status-title" ref={heading} tabIndex={-1}>{c.statusTitle}</h3>
      <p className="hint">{c.sentOn(formatWhen(status.createdAt, locale))}</p>
      <p role="status" className={withdrawn ? 'panel protect-state' : 'protect-state'} data-state={status.state}><strong>{withdrawn ? c.withdrawn : c.active}</strong></p>
      <p role="alert" className="form-error">{error}</p>
      {status.items.length > 0 ? (
        <>
          <ul className="help-status-list protect-status-items">
            {numberByKind(status.items).map((item) => (
              <li key={item.index}>
                <p className="label">{t.item.label[item.kind](item.n)}</p>
                <p>{c.fingerprints(item.hashes)} · {c.itemState[item.state]} · <strong>{c.matches(item.matches)}</strong></p>
              </li>
            ))}
          </ul>
          <p className="hint">{c.neverWhere}</p>
        </>
      ) : null}
      {confirming ? (
        <WithdrawConfirm t={t.withdraw} access={access} onCancel={() => { setConfirming(false); setReturning(true); }} onWithdrawn={() => { setConfirming(false); onWithdrawn(); }} />
      ) : (
        <div className="button-row">
          {withdrawn ? null : <button type="button" className="button danger-outline" autoFocus={returning} onClick={() => setConfirming(true)}>{t.withdraw.start}</button>}
          <button type="button" className="button button-secondary" disabled={working} onClick={onRefresh}>{c.refresh}</button>
          <button type="button" className="button button-secondary" onClick={onClose}>{c.close}</button>
        </div>
      )}
    </section>
  );
}
