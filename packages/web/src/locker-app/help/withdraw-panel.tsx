/**
 * Withdrawing the request, after a screen that says plainly what cannot be undone: everything sent
 * is destroyed, the centre cannot see it any more, the code stops working; the locker keeps its own.
 */
import { useEffect, useRef, useState } from 'react';
import { helpApi, type CaseAccess } from './help-api.js';
import type { HelpMessages } from './i18n/help-messages.js';

interface WithdrawPanelProps {
  readonly t: HelpMessages;
  readonly access: CaseAccess;
  /** Held by the status view, which shows only this screen while it is asked. */
  readonly confirming: boolean;
  readonly onConfirming: (confirming: boolean) => void;
  /** Back from the confirmation: the focus returns to the button that opened it. */
  readonly returning?: boolean;
  readonly onWithdrawn: () => void;
}

export function WithdrawPanel({ t, access, confirming, onConfirming, returning = false, onWithdrawn }: WithdrawPanelProps) {
  const w = t.withdraw;
  const [working, setWorking] = useState(false);
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  const show = (on: boolean) => {
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
        <button type="button" className="button danger-outline" autoFocus={returning} onClick={() => show(true)}>{w.start}</button>
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
