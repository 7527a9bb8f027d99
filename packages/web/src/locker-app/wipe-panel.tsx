import { useState } from 'react';
import { LockerStore, savedThisSession, WipeBlockedError } from '@jikim/device';
import { postLockerSignal } from './locker-channel.js';
import { forgetIdleMinutes } from './idle-lock.js';
import { useLockerUi } from './locker-context.js';

/** "Wipe everything": the database and its keys in one step, after an explicit confirmation. */
export function WipePanel({ onWiped, beforeWipe }: { onWiped: () => void; beforeWipe?: () => void }) {
  const { t } = useLockerUi();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [blocked, setBlocked] = useState(false);

  const wipe = async () => {
    setWorking(true);
    // Every other tab closes the locker first, so the deletion is not held up by a window still showing it.
    postLockerSignal({ type: 'wipe' });
    beforeWipe?.();
    forgetIdleMinutes();
    try {
      await LockerStore.wipe();
    } catch (error) {
      if (!(error instanceof WipeBlockedError)) throw error;
      setBlocked(true);
      setWorking(false);
      return;
    }
    setWorking(false);
    onWiped();
  };

  return (
    <section aria-labelledby="wipe-title" className="danger-zone">
      <h2 id="wipe-title">{t.wipe.title}</h2>
      <p>{t.wipe.lead}</p>
      {blocked ? <p role="alert" className="warning-note">{t.wipe.blocked}</p> : null}
      {confirming ? (
        <div role="alertdialog" aria-labelledby="wipe-confirm-title" aria-describedby="wipe-confirm-body" className="confirm-box">
          <p id="wipe-confirm-title" className="label">{t.wipe.confirmTitle}</p>
          <p id="wipe-confirm-body">{t.wipe.confirmBody} {t.wipe.outside}</p>
          {savedThisSession().length > 0 ? <p className="warning-note">{t.wipe.savedHere(savedThisSession().join(', '))}</p> : null}
          <div className="button-row">
            <button type="button" className="button danger" disabled={working} onClick={() => void wipe()}>{t.wipe.confirm}</button>
            <button type="button" className="button button-secondary" autoFocus onClick={() => setConfirming(false)}>{t.wipe.cancel}</button>
          </div>
        </div>
      ) : (
        <button type="button" className="button danger-outline" onClick={() => setConfirming(true)}>{t.wipe.start}</button>
      )}
    </section>
  );
}
