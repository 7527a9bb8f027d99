/**
 * "Check or withdraw" from the locker: the submissions sent from it, newest first; one whose code and
 * PIN are kept opens its status (the protect page's own view, with "Withdraw all") without typing them.
 */
import type { ProtectStatus } from '@jikim/contracts';
import type { Locale } from '@jikim/guide';
import type { LockerStore } from '@jikim/device';
import { useEffect, useRef, useState } from 'react';
import type { ProtectMessages } from '../../protect-app/i18n/index.js';
import { protectApi, ProtectApiError } from '../../protect-app/protect-api.js';
import { SubmissionStatus } from '../../protect-app/submission-status.js';
import { formatWhen } from '../format.js';
import type { LockerProtectMessages } from './i18n/index.js';
import { markWithdrawn, setAccess, type KeptSubmission, type ProtectRecord } from './protect-record.js';
import { updateProtectRecord } from './protect-store.js';

interface KeptSubmissionsProps {
  readonly t: LockerProtectMessages;
  readonly p: ProtectMessages;
  readonly locale: Locale;
  readonly store: LockerStore;
  readonly record: ProtectRecord;
}

export function KeptSubmissions({ t, p, locale, store, record }: KeptSubmissionsProps) {
  const [open, setOpen] = useState<{ id: string; status: ProtectStatus } | null>(null);
  const [working, setWorking] = useState<string | null>(null);
  const [error, setError] = useState<{ id: string; text: string; unauthorized: boolean } | null>(null);
  const [said, setSaid] = useState('');
  const statusHeading = useRef<HTMLHeadingElement>(null);
  // Opening a status, and its change to withdrawn, move the focus to the status's heading.
  const screen = open ? `${open.id}:${open.status.state}` : null;
  useEffect(() => {
    if (screen) statusHeading.current?.focus();
  }, [screen]);
  if (record.submissions.length === 0) return null;

  const check = async (s: KeptSubmission) => {
    if (!s.access) return;
    setWorking(s.id);
    setError(null);
    setSaid('');
    try {
      const status = await protectApi.status(s.access);
      setOpen({ id: s.id, status });
      if (status.state === 'withdrawn' && !s.withdrawnAt) await updateProtectRecord(store, (r) => markWithdrawn(r, s.id, new Date()));
    } catch (failure) {
      const unauthorized = failure instanceof ProtectApiError && failure.failure === 'unauthorized';
      const busy = failure instanceof ProtectApiError && failure.failure === 'busy';
      setError({ id: s.id, text: unauthorized ? p.check.wrong : busy ? p.check.tooMany : p.check.failed, unauthorized });
    } finally {
      setWorking(null);
    }
  };
  const forget = async (s: KeptSubmission) => {
    await updateProtectRecord(store, (r) => setAccess(r, s.id, null));
    setError(null);
    setSaid(t.forgotten);
  };

  const newestFirst = [...record.submissions].reverse();
  return (
    <section aria-labelledby="protect-kept-title" className="protect-check protect-kept">
      <h2 id="protect-kept-title">{t.keptTitle}</h2>
      <p>{t.keptLead}</p>
      <p role="status" className="form-status">{said}</p>
      <ul className="help-status-list">
        {newestFirst.map((s) => (
          <li key={s.id} data-submission={s.id}>
            <p className="label">{t.keptEntry(formatWhen(s.sentAt, locale), s.photos, s.videos)}</p>
            {s.withdrawnAt ? <p className="hint">{t.withdrawnOn(formatWhen(s.withdrawnAt, locale))}</p> : null}
            {s.access ? null : <p className="hint">{t.noCode}</p>}
            {error?.id === s.id ? <p role="alert" className="form-error">{error.text}</p> : null}
            {open?.id === s.id && s.access ? (
              <SubmissionStatus t={p} locale={locale} access={s.access} status={open.status} heading={statusHeading} error="" working={working === s.id}
                onRefresh={() => void check(s)} onClose={() => setOpen(null)} onWithdrawn={() => void check(s)} />
            ) : s.access ? (
              <div className="button-row">
                <button type="button" className="button button-secondary" disabled={working !== null} onClick={() => void check(s)}>
                  {working === s.id ? t.checking : t.checkOrWithdraw}
                </button>
                {error?.id === s.id && error.unauthorized ? (
                  <button type="button" className="button button-secondary" onClick={() => void forget(s)}>{t.forget}</button>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
