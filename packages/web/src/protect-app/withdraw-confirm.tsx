/**
 * "Withdraw all", after a screen that says plainly what it does: every fingerprint leaves Jikim's
 * lists and platforms are told to stop blocking with them; copies already removed stay removed.
 */
import { useEffect, useRef, useState } from 'react';
import type { ProtectMessages } from './i18n/protect-messages.js';
import { protectApi, type ProtectAccess } from './protect-api.js';

interface WithdrawConfirmProps {
  readonly t: ProtectMessages['withdraw'];
  readonly access: ProtectAccess;
  readonly onCancel: () => void;
  readonly onWithdrawn: () => void;
}

export function WithdrawConfirm({ t, access, onCancel, onWithdrawn }: WithdrawConfirmProps) {
  const [working, setWorking] = useState(false);
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const withdraw = async () => {
    setWorking(true);
    setError('');
    try {
      await protectApi.withdraw(access);
      onWithdrawn();
    } catch {
      setError(t.failed);
      setWorking(false);
    }
  };
  return (
    <div className="confirm-box protect-withdraw" role="group" aria-labelledby="protect-withdraw-title">
      <h3 id="protect-withdraw-title" ref={heading} tabIndex={-1}>{t.title}</h3>
      <p className="label">{t.lead}</p>
      <ul>{t.what.map((line) => <li key={line}>{line}</li>)}</ul>
      <p>{t.stays}</p>
      <p role="alert" className="form-error">{error}</p>
      <p role="status" className="form-status">{working ? t.working : ''}</p>
      <div className="button-row">
        <button type="button" className="button danger" disabled={working} onClick={() => void withdraw()}>{t.confirm}</button>
        <button type="button" className="button button-secondary" disabled={working} onClick={onCancel}>{t.cancel}</button>
      </div>
    </div>
  );
}
