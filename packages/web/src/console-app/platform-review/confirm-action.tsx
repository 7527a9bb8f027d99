/**
 * A button whose action is asked about first: it opens a small confirmation in place (focus on
 * "Cancel", Escape cancels) and only "confirm" calls the action. Focus returns to the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

interface ConfirmActionProps {
  readonly label: string;
  /** A name for the button read with its label, e.g. "Remove content 12". */
  readonly accessibleName?: string;
  readonly question: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly danger?: boolean;
  readonly disabled?: boolean;
  readonly onConfirm: () => Promise<void>;
}

export function ConfirmAction({ label, accessibleName, question, confirm, cancel, danger = false, disabled = false, onConfirm }: ConfirmActionProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelButton.current?.focus();
  }, [asking]);

  function close() {
    setAsking(false);
    requestAnimationFrame(() => opener.current?.focus());
  }
  async function confirmed() {
    setBusy(true);
    await onConfirm();
    setBusy(false);
    setAsking(false);
  }
  const escapeCancels = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };

  if (!asking) {
    return (
      <button type="button" ref={opener} className={`button small ${danger ? 'danger-outline' : 'secondary'}`} disabled={disabled}
        aria-label={accessibleName} onClick={() => setAsking(true)}>{label}</button>
    );
  }
  return (
    <div className="confirm-box" role="alertdialog" aria-labelledby={`${id}-q`} onKeyDown={escapeCancels}>
      <p id={`${id}-q`}>{question}</p>
      <div className="button-row">
        <button type="button" className={`button ${danger ? 'danger' : ''}`} disabled={busy} onClick={() => void confirmed()}>{confirm}</button>
        <button type="button" className="button secondary" ref={cancelButton} disabled={busy} onClick={close}>{cancel}</button>
      </div>
    </div>
  );
}
