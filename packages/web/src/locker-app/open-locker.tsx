/**
 * The open locker: a menu of sections (keep, evidence, for the police, removal, the tracker, the
 * complaint, threats, settings), one shown at a time. Every section stays mounted while hidden, so
 * moving between them never loses what was typed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { currentEvidence, type EvidenceItem } from '@jikim/case';
import type { LockerStore } from '@jikim/device';
import { AddEvidenceForm } from './add-evidence-form.js';
import { useAfterUnlock } from './after-unlock.js';
import { ChangePassphrase } from './change-passphrase.js';
import { ComplaintPanel } from './complaint-panel.js';
import { ExportPanel } from './export-panel.js';
import { ImportPanel } from './import-panel.js';
import { IdleChoice } from './idle-choice.js';
import { LetterPanel } from './letter-panel.js';
import { webItemsWithUrl } from './letter-form.js';
import { onLockerSignal, postLockerSignal } from './locker-channel.js';
import { IntegrityNotice } from './integrity-notice.js';
import { useLockerUi } from './locker-context.js';
import { LockerMenu } from './locker-menu.js';
import { isThreatRecord, menuOrder, rememberSection, sectionFromHash, type SectionId } from './locker-sections.js';
import { HelpSection } from './help/help-section.js';
import { ProtectSection } from './protect/protect-section.js';
import { ThreatPanel } from './threat-panel.js';
import { Timeline } from './timeline.js';
import { TrackerPanel } from './tracker-panel.js';
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
  const [revision, setRevision] = useState(0);
  const [chosen, setChosen] = useState<SectionId | null>(() => sectionFromHash(location.hash));
  // The section's heading takes the focus when the locker opens and whenever the menu changes the section.
  const focusOnShow = useRef(true);
  const [damaged, setDamaged] = useState(0);
  const refresh = useCallback(async () => {
    const [read, requests] = await Promise.all([store.readItems(), store.readTakedowns()]);
    setItems(read.items);
    setDamaged(read.damaged + requests.damaged);
    setRevision((n) => n + 1);
  }, [store]);
  useEffect(() => onLockerSignal((signal) => {
    if (signal.type === 'changed') void refresh();
  }), [refresh]);
  const changed = useCallback(async () => {
    await refresh();
    postLockerSignal({ type: 'changed' });
  }, [refresh]);
  useEffect(() => void refresh(), [refresh]);

  const root = useRef<HTMLDivElement>(null);
  const { notices, integrity } = useAfterUnlock(store, items !== null, root, (id) => setChosen(id));

  const list = items ?? [];
  // Where the locker opens, fixed once: "add" when it is empty, else the evidence.
  const section: SectionId = chosen ?? (items !== null && items.length === 0 ? 'add' : 'evidence');
  useEffect(() => {
    if (chosen === null && items !== null) setChosen(items.length === 0 ? 'add' : 'evidence');
  }, [chosen, items]);
  const hasThreats = list.some(isThreatRecord);
  const choose = (id: SectionId) => {
    focusOnShow.current = true;
    setChosen(id);
    rememberSection(id);
  };
  useEffect(() => {
    if (!focusOnShow.current || items === null) return;
    focusOnShow.current = false;
    const heading = document.querySelector<HTMLElement>(`#section-${section} h2`);
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [section, items]);

  const shown = (id: SectionId) => ({ id: `section-${id}`, className: 'locker-section', hidden: section !== id });
  return (
    <div className="locker-open" ref={root}>
      <div className="locker-bar">
        <button type="button" className="button button-secondary" onClick={onLock}>{t.lockNow}</button>
      </div>
      {notices.map((notice) => <p key={notice} role="status" className="locker-notice warning-note">{notice}</p>)}
      {damaged > 0 ? <p role="alert" className="warning-note damaged-note">{t.damaged(damaged)}</p> : null}
      {integrity ? <IntegrityNotice store={store} findings={integrity} /> : null}
      <LockerMenu order={menuOrder(list)} current={section} highlight={hasThreats ? 'threat' : null} onChoose={choose} />
      <div {...shown('add')}><AddEvidenceForm store={store} onAdded={changed} onShowEvidence={() => choose('evidence')} /></div>
      <div {...shown('evidence')}>
        {hasThreats ? (
          <div className="panel threat-callout">
            <p>{t.menu.threatCallout}</p>
            <button type="button" className="button" onClick={() => choose('threat')}>{t.menu.sections.threat}</button>
          </div>
        ) : null}
        {items ? <Timeline store={store} items={items} onChanged={changed} onAdd={() => choose('add')} /> : <p>{t.loading}</p>}
      </div>
      <div {...shown('police')}><ExportPanel store={store} items={list} /></div>
      <div {...shown('removal')}><LetterPanel items={list} store={store} onSent={changed} onShowTracker={() => choose('tracker')} /></div>
      <div {...shown('tracker')}>
        <TrackerPanel store={store} revision={revision} onChanged={changed} urls={webItemsWithUrl(list).flatMap((item) => currentEvidence(item).web?.url ?? [])} />
      </div>
      <div {...shown('protect')}><ProtectSection store={store} items={list} shown={section === 'protect'} /></div>
      <div {...shown('complaint')}><ComplaintPanel items={list} /></div>
      <div {...shown('threat')}><ThreatPanel items={list} /></div>
      <div {...shown('help')}><HelpSection store={store} items={list} /></div>
      <div {...shown('settings')}>
        <IdleChoice idleMinutes={idleMinutes} onIdleMinutes={onIdleMinutes} />
        <ChangePassphrase store={store} />
        <VerifyPanel />
        <ImportPanel store={store} onImported={changed} />
        <WipePanel onWiped={onWiped} beforeWipe={() => store.lock()} />
      </div>
    </div>
  );
}
