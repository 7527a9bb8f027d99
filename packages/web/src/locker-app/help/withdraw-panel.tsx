/**
 * Withdrawing the request, after a screen that says plainly what cannot be undone: everything sent
 * is destroyed, the centre cannot see it any more, the code stops working; the locker keeps its own.
 */
import { useState } from 'react';
import { useFocusHeading } from './focus-heading.js';
import { helpApi, type CaseAccess } from './help-api.js';
import type { HelpMessages } from './i18n/help-messages.js';

interface WithdrawPanelProps {
  readonly t: HelpMessages;
  readonly access: CaseAccess;
  readonly onConfirming: (confirming: boolean) => void;
  readonly onWithdrawn: () => void;
}

export function WithdrawPanel({ t, access, onConfirming, onWithdrawn }: WithdrawPanelProps) {
  const w = t.withdraw;
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState('');
  const heading = useFocusHeading<HTMLHeadingElement>(confirming);
  const show = (on: boolean) => {
    setConfirming(on);
    onConfirming(on);
    setError('');
  };
  const withdraw = async () => {
    setWorking(true);
    try {
      await helpApi.withdraw(access);
      onWithdrawn();
    } catch {
      setError(w.failed);
      setWorking(false);
    }
  };
  if (!confirming) {
    return (
      <div className="button-row">
        <button type="button" className="button danger-outline" onClick={() => show(true)}>{w.start}</button>
      </div>
    );
  }
  return (
    <div className="confirm-box help-withdraw" role="group" aria-labelledby="help-withdraw-title">
      <h3 id="help-withdraw-title" ref={heading} tabIndex={-1}>{w.title}</h3>
      <p className="label">{w.lead}</p>
      <ul>{w.gone.map((line) => <li key={line}>{line}</li>)}</ul>
      <p>{w.stays}</p>
      <p role="alert" className="form-error">{error}</p>
      <p role="status" className="form-status">{working ? w.working : ''}</p>
      <div className="button-row">
        <button type="button" className="button danger" disabled={working} onClick={() => void withdraw()}>{w.confirm}</button>
        <button type="button" className="button button-secondary" disabled={working} onClick={() => show(false)}>{w.cancel}</button>
      </div>
    </div>
  );
}
