/** Drop or choose a bundle: every file is re-hashed here, on the device, against its manifest. */
import type { VerifyReport } from '@jikim/evidence';
import { useState, type DragEvent } from 'react';
import { useLockerUi } from './locker-context.js';
import { VerifyReportView } from './verify-report-view.js';

export function VerifyPanel() {
  const { t, setBusy } = useLockerUi();
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [status, setStatus] = useState('');

  const check = async (file: File | undefined) => {
    if (!file) return;
    setReport(null);
    setStatus(t.verify.working);
    setBusy(true);
    try {
      // The zip reader is fetched only now, when a bundle is checked.
      const { verifyBundleBlob } = await import('../bundle/verify-bundle-blob.js');
      setReport(await verifyBundleBlob(file));
      setStatus('');
    } finally {
      setBusy(false);
    }
  };
  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void check(event.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="verify-title" onDragOver={(e) => e.preventDefault()} onDrop={drop} className="drop-zone">
      <h2 id="verify-title">{t.verify.title}</h2>
      <p>{t.verify.lead}</p>
      <div className="field">
        <label htmlFor="verify-file">{t.verify.choose}</label>
        <input id="verify-file" type="file" accept=".zip,application/zip" onChange={(e) => void check(e.target.files?.[0])} />
      </div>
      <p role="status" className="form-status">{status}</p>
      {report ? <VerifyReportView report={report} /> : null}
    </section>
  );
}
