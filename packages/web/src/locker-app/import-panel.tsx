/** Changing phones: a saved bundle is checked, then its items are brought into this locker. */
import type { VerifyReport } from '@jikim/evidence';
import { useState } from 'react';
import { reportForDisplay } from './verify-report-display.js';
import { LockerFullError, type LockerStore } from '@jikim/device';
import { useLockerUi } from './locker-context.js';
import { restorePreviews } from './restore-previews.js';
import { VerifyReportView } from './verify-report-view.js';

export function ImportPanel({ store, onImported }: { store: LockerStore; onImported: () => Promise<void> }) {
  const { t, setBusy } = useLockerUi();
  const [status, setStatus] = useState('');
  const [report, setReport] = useState<VerifyReport | null>(null);

  const bringIn = async (file: File | undefined) => {
    if (!file) return;
    setReport(null);
    setStatus(t.importPanel.working);
    setBusy(true);
    try {
      // The zip reader is fetched only now, when a bundle is brought in.
      const [{ importBundle }, { verifyBundleInWorker, VERIFY_WORKER_URL }] = await Promise.all([
        import('@jikim/device/import-bundle'), import('@jikim/device/verify-in-worker'),
      ]);
      // The check runs in the worker, as in the verify panel, so quick exit stays instant meanwhile.
      const result = await importBundle(file, store, new Date(), undefined, VERIFY_WORKER_URL ? (zip) => verifyBundleInWorker(zip) : undefined);
      if (result.ok) {
        await restorePreviews(store);
        setStatus(t.importPanel.done(result.imported));
        await onImported();
      } else {
        setStatus(t.importPanel.refused);
        // Names and reasons from the bundle, escaped as the verify panel shows them.
        setReport(reportForDisplay(result.report));
      }
    } catch (error) {
      setStatus(error instanceof LockerFullError ? t.add.full : t.importPanel.refused);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t.importPanel.title}</h2>
      <p>{t.importPanel.lead}</p>
      <div className="field">
        <label htmlFor="import-file">{t.importPanel.choose}</label>
        <input id="import-file" type="file" accept=".zip,application/zip" onChange={(e) => void bringIn(e.target.files?.[0])} />
      </div>
      <p role="status" className="form-status">{status}</p>
      {report ? <VerifyReportView report={report} /> : null}
    </section>
  );
}
