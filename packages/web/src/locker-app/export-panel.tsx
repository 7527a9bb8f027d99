/** "Make a package for the police": the PDF report, or the whole evidence bundle. */
import type { Locale } from '@jikim/guide';
import { useState } from 'react';
import type { EvidenceItem } from '@jikim/case';
import { bundleFileName, downloadBlob, saveBundle, type LockerStore } from '@jikim/device';
import { useLockerUi } from './locker-context.js';
import { makeBundle, makeReport, newCaseReference, reportFileName } from './make-package.js';

export function ExportPanel({ store, items }: { store: LockerStore; items: readonly EvidenceItem[] }) {
  const { t, locale, fontUrls, setBusy } = useLockerUi();
  const e = t.exportPanel;
  const [caseReference, setCaseReference] = useState(() => newCaseReference(new Date()));
  const [language, setLanguage] = useState<Locale>(locale);
  const [blur, setBlur] = useState(true);
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);

  const run = async (what: 'pdf' | 'bundle') => {
    if (items.length === 0) return setStatus(e.empty);
    setWorking(true);
    setBusy(true);
    setStatus(e.working);
    const now = new Date();
    const options = { caseReference: caseReference.trim() || newCaseReference(now), locale: language, blurThumbnails: blur, fontUrls };
    try {
      if (what === 'pdf') {
        const { pdf } = await makeReport(store, items, options, now);
        const name = reportFileName(now);
        downloadBlob(new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), name);
        setStatus(t.savedAs(name));
      } else {
        // Straight to disk where the browser offers a save dialog (it must open within the click);
        // automated browsers cannot answer one, so they take the download path.
        const name = bundleFileName(now);
        const saved = await saveBundle(() => makeBundle(store, items, options, now), name, { usePicker: !navigator.webdriver });
        setStatus(saved === 'saved' ? t.savedAs(name) : '');
      }
    } catch {
      setStatus(e.failed);
    } finally {
      setWorking(false);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{e.title}</h2>
      <p>{e.lead}</p>
      <p className="warning-note">{t.savedOutside}</p>
      <div className="field">
        <label htmlFor="case-reference">{e.caseReference}</label>
        <input id="case-reference" value={caseReference} maxLength={40} onChange={(ev) => setCaseReference(ev.target.value)} aria-describedby="case-reference-hint" autoComplete="off" />
        <p id="case-reference-hint" className="hint">{e.caseHint}</p>
      </div>
      <div className="field">
        <label htmlFor="report-language">{e.language}</label>
        <select id="report-language" value={language} onChange={(ev) => setLanguage(ev.target.value === 'en' ? 'en' : 'ko')}>
          <option value="ko" lang="ko">한국어</option>
          <option value="en" lang="en">English</option>
        </select>
      </div>
      <div className="option">
        <input type="checkbox" id="blur-thumbnails" checked={blur} onChange={(ev) => setBlur(ev.target.checked)} />
        <label htmlFor="blur-thumbnails">{e.blurThumbnails}</label>
      </div>
      <div className="button-row">
        <button type="button" className="button" disabled={working} onClick={() => void run('pdf')}>{e.pdf}</button>
        <button type="button" className="button" disabled={working} onClick={() => void run('bundle')}>{e.bundle}</button>
      </div>
      <p role="status" className="form-status">{status}</p>
    </section>
  );
}
