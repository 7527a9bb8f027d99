/**
 * Drop or choose a bundle: every file is re-hashed here, on the device, against its manifest.
 * The check runs in a Web Worker (issue 10), so that the page — quick exit above all — stays
 * instant whatever the bundle holds; leaving the panel or choosing another bundle ends it.
 */
import type { VerifyReport } from '@jikim/evidence';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { reportForDisplay } from './verify-report-display.js';
import { useLockerUi } from './locker-context.js';
import { VerifyReportView } from './verify-report-view.js';

async function check(file: File, signal: AbortSignal): Promise<VerifyReport> {
  // Both are fetched only now, when a bundle is checked: the small worker client, and the zip
  // reader only where no worker can be made (then the check runs here, as before).
  const { verifyBundleInWorker, VerifyAbortedError, VERIFY_WORKER_URL } = await import('@jikim/device/verify-in-worker');
  if (VERIFY_WORKER_URL && typeof Worker !== 'undefined') {
    try {
      return await verifyBundleInWorker(file, { signal });
    } catch (error) {
      if (error instanceof VerifyAbortedError) throw error;
      // The worker started and failed: the bundle is not run again on the page's thread.
      return { ok: false, files: [], problems: [`The check could not be completed: ${error instanceof Error ? error.message : 'the worker stopped'}`] };
    }
  }
  const { verifyBundleBlob } = await import('@jikim/device/verify-bundle-blob');
  return verifyBundleBlob(file);
}

export function VerifyPanel() {
  const { t, setBusy } = useLockerUi();
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [status, setStatus] = useState('');
  const running = useRef<AbortController | null>(null);

  // Leaving the panel (or the locker locking) ends a check still running.
  useEffect(() => () => running.current?.abort(), []);

  const start = async (file: File | undefined) => {
    if (!file) return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setReport(null);
    setStatus(t.verify.working);
    setBusy(true);
    try {
      const checked = await check(file, controller.signal);
      if (controller.signal.aborted) return;
      setReport(reportForDisplay(checked));
      setStatus('');
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      if (running.current === controller) {
        running.current = null;
        setBusy(false);
      }
    }
  };
  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void start(event.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="verify-title" onDragOver={(e) => e.preventDefault()} onDrop={drop} className="drop-zone">
      <h2 id="verify-title">{t.verify.title}</h2>
      <p>{t.verify.lead}</p>
      <div className="field">
        <label htmlFor="verify-file">{t.verify.choose}</label>
        <input id="verify-file" type="file" accept=".zip,application/zip" onChange={(e) => void start(e.target.files?.[0])} />
      </div>
      <p role="status" className="form-status">{status}</p>
      {report ? <VerifyReportView report={report} /> : null}
    </section>
  );
}
