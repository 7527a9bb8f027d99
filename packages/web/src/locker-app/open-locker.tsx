/** The open locker: add evidence, the timeline, the package for the police, checks, and wipe. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvidenceItem } from '../locker/evidence-item.js';
import type { LockerStore } from '../locker/locker-store.js';
import { AddEvidenceForm } from './add-evidence-form.js';
import { ExportPanel } from './export-panel.js';
import { IDLE_CHOICES, writeIdleMinutes } from './idle-lock.js';
import { ComplaintPanel } from './complaint-panel.js';
import { ImportPanel } from './import-panel.js';
import { LetterPanel } from './letter-panel.js';
import { useLockerUi } from './locker-context.js';
import { ThreatPanel } from './threat-panel.js';
import { Timeline } from './timeline.js';
import { TrackerPanel } from './tracker-panel.js';
import { webItemsWithUrl } from './letter-form.js';
import { currentEvidence } from '../locker/evidence-item.js';
import { VerifyPanel } from './verify-panel.js';
import { WipePanel } from './wipe-panel.js';

interface OpenLockerProps {
  readonly store: LockerStore;
  readonly idleMinutes: number;
  readonly onIdleMinutes: (minutes: number) => void;
  readonly onLock: () => void;
  readonly onWiped: () => void;
}

export function OpenLocker({ store, idleMinutes, onIdleMinutes, onLock, onWiped }: OpenLockerProps) {
  const { t } = useLockerUi();
  const [items, setItems] = useState<EvidenceItem[] | null>(null);
  const lockButton = useRef<HTMLButtonElement>(null);
  const refresh = useCallback(async () => setItems(await store.items()), [store]);
  useEffect(() => {
    void refresh();
    lockButton.current?.focus();
  }, [refresh]);

  return (
    <div className="locker-open">
      <div className="locker-bar">
        <button type="button" ref={lockButton} className="button button-secondary" onClick={onLock}>{t.lockNow}</button>
        <label className="inline-field">
          <span>{t.idle.label}</span>
          <select
            value={idleMinutes}
            onChange={(e) => {
              writeIdleMinutes(Number(e.target.value));
              onIdleMinutes(Number(e.target.value));
            }}
          >
            {IDLE_CHOICES.map((n) => <option key={n} value={n}>{t.idle.minutes(n)}</option>)}
          </select>
        </label>
      </div>
      <AddEvidenceForm store={store} onAdded={refresh} />
      {items ? <Timeline store={store} items={items} onChanged={refresh} /> : <p>{t.loading}</p>}
      <ThreatPanel items={items ?? []} />
      <ExportPanel store={store} items={items ?? []} />
      <LetterPanel items={items ?? []} />
      <ComplaintPanel items={items ?? []} />
      <TrackerPanel store={store} urls={webItemsWithUrl(items ?? []).flatMap((item) => currentEvidence(item).web?.url ?? [])} />
      <VerifyPanel />
      <ImportPanel store={store} onImported={refresh} />
      <WipePanel onWiped={onWiped} beforeWipe={() => store.lock()} />
    </div>
  );
}
