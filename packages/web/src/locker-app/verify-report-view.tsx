/** A per-file report of a bundle check, readable by a person. */
import type { VerifyReport } from '@jikim/evidence';
import { useLockerUi } from './locker-context.js';

export function VerifyReportView({ report }: { report: VerifyReport }) {
  const { t } = useLockerUi();
  const v = t.verify;
  return (
    <div className={report.ok ? 'verify-result ok' : 'verify-result bad'}>
      <p className="label">{report.ok ? v.ok : v.bad}</p>
      <table className="verify-table">
        <tbody>
          {report.files.map((file) => (
            <tr key={`${file.status}:${file.path}`} data-status={file.status}>
              <th scope="row" className="break-all">{file.path}</th>
              <td>{v.statuses[file.status]}{file.reason && file.status !== 'ok' ? ` — ${file.reason}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.problems.length > 0 ? (
        <>
          <p className="label">{v.problems}</p>
          <ul>{report.problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </>
      ) : null}
    </div>
  );
}
