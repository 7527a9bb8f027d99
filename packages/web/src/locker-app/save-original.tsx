/**
 * "Save the original file", asked first: the copy is an ordinary file outside the locker, not
 * encrypted, that stays after a wipe. It is saved under a name that says nothing (file-<date>).
 */
import { useState } from 'react';
import { downloadBlob, extensionOf, savedFileName, type LockerStore } from '@jikim/device';
import type { EvidenceFile } from '@jikim/case';
import { useLockerUi } from './locker-context.js';

export function SaveOriginal({ store, itemId, file }: { store: LockerStore; itemId: string; file: EvidenceFile }) {
  const { t } = useLockerUi();
  const s = t.saveOriginal;
  const [asking, setAsking] = useState(false);
  const [saved, setSaved] = useState('');
  const save = async () => {
    const name = savedFileName(new Date(), extensionOf(file.name));
    downloadBlob(await store.readFile(itemId, file.mediaType), name);
    setAsking(false);
    setSaved(t.savedAs(name));
  };
  return (
    <>
      <button type="button" className="button button-secondary small" onClick={() => setAsking(true)}>{t.item.download}</button>
      {asking ? (
        <div role="alertdialog" aria-labelledby={`save-title-${itemId}`} aria-describedby={`save-body-${itemId}`} className="confirm-box save-original">
          <p id={`save-title-${itemId}`} className="label">{s.title}</p>
          <p id={`save-body-${itemId}`}>{s.body}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void save()}>{s.confirm}</button>
            <button type="button" className="button button-secondary" autoFocus onClick={() => setAsking(false)}>{s.cancel}</button>
          </div>
        </div>
      ) : null}
      {saved ? <p role="status" className="form-status">{saved}</p> : null}
    </>
  );
}
