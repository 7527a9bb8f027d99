/**
 * Removing one item (say, a private photo chosen by mistake), after a confirmation that says what
 * it means: the file, its preview and its record are deleted from this device, and the locker's
 * history notes only that an item was removed.
 */
import { useState } from 'react';
import type { LockerStore } from '@jikim/device';
import { useLockerUi } from './locker-context.js';

interface RemoveItemProps {
  readonly store: LockerStore;
  readonly itemId: string;
  readonly title: string;
  readonly onCancel: () => void;
  readonly onRemoved: () => Promise<void>;
}

export function RemoveItem({ store, itemId, title, onCancel, onRemoved }: RemoveItemProps) {
  const { t } = useLockerUi();
  const r = t.remove;
  const [working, setWorking] = useState(false);
  const [error, setError] = useState('');
  const remove = async () => {
    setWorking(true);
    try {
      await store.deleteItem(itemId, new Date());
      await onRemoved();
    } catch {
      setError(r.failed);
      setWorking(false);
    }
  };
  return (
    <div role="alertdialog" aria-labelledby={`remove-title-${itemId}`} aria-describedby={`remove-body-${itemId}`} className="confirm-box">
      <p id={`remove-title-${itemId}`} className="label" dir="auto">{r.confirmTitle(title)}</p>
      <p id={`remove-body-${itemId}`}>{r.confirmBody}</p>
      <p role="alert" className="form-error">{error}</p>
      <div className="button-row">
        <button type="button" className="button danger" disabled={working} onClick={() => void remove()}>{r.confirm}</button>
        <button type="button" className="button button-secondary" autoFocus onClick={onCancel}>{r.cancel}</button>
      </div>
    </div>
  );
}
