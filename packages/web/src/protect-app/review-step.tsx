/**
 * What will be sent, exactly: how many photos, videos and fingerprints, what is never sent, and
 * every value itself for whoever wants to look. Nothing goes before "Send"; then the proof of work
 * is solved (the help request's, decision 0016) and the fingerprints are posted.
 */
import type { Locale } from '@jikim/guide';
import { useState, type Ref } from 'react';
import { solveProofOfWork } from '../locker-app/help/proof-of-work.js';
import type { SendSummary } from './hashed-item.js';
import type { ProtectMessages } from './i18n/protect-messages.js';
import { protectApi, ProtectApiError } from './protect-api.js';

export interface SentSubmission {
  readonly code: string;
  readonly pin: string;
  readonly items: number;
  readonly hashes: number;
}

interface ReviewStepProps {
  readonly t: ProtectMessages;
  readonly locale: Locale;
  readonly heading: Ref<HTMLHeadingElement>;
  readonly summary: SendSummary;
  /** The label of each item sent, in order ("Photo 1"). */
  readonly labels: readonly string[];
  readonly onBack: () => void;
  readonly onSent: (sent: SentSubmission) => void;
}

export function ReviewStep({ t, locale, heading, summary, labels, onBack, onSent }: ReviewStepProps) {
  const r = t.review;
  const [phase, setPhase] = useState<'idle' | 'preparing' | 'sending'>('idle');
  const [error, setError] = useState('');
  const send = async () => {
    if (phase !== 'idle') return;
    setError('');
    setPhase('preparing');
    try {
      const pow = await solveProofOfWork(await protectApi.challenge());
      setPhase('sending');
      const response = await protectApi.submit({ pow, locale, items: [...summary.items] });
      onSent({ code: response.code, pin: response.pin, items: response.items, hashes: response.hashes });
    } catch (failure) {
      const kind = failure instanceof ProtectApiError ? failure.failure : 'failed';
      setError(kind === 'busy' ? r.busy : kind === 'offline' ? r.offline : r.failed);
      setPhase('idle');
    }
  };
  const working = phase !== 'idle';
  return (
    <>
      <h2 id="protect-step-title" ref={heading} tabIndex={-1}>{r.title}</h2>
      <p>{r.lead}</p>
      <dl className="protect-counts">
        <div><dt>{r.photos}</dt><dd>{r.count(summary.photos, 'photo')}</dd></div>
        <div><dt>{r.videos}</dt><dd>{r.count(summary.videos, 'video')}</dd></div>
        <div><dt>{r.fingerprints}</dt><dd>{r.count(summary.fingerprints, 'fingerprint')}</dd></div>
      </dl>
      {summary.skipped > 0 ? <p>{r.skipped(summary.skipped)}</p> : null}
      <p className="hint">{r.bankNote}</p>
      <h3>{r.neverTitle}</h3>
      <ul>{r.never.map((line) => <li key={line}>{line}</li>)}</ul>
      <details className="more-fields protect-values">
        <summary>{r.detailsSummary}</summary>
        {summary.items.map((item, i) => (
          <div key={`${item.md5}-${String(i)}`} className="protect-value">
            <h4>{labels[i]}</h4>
            <dl className="evidence-facts">
              <dt>{r.md5}</dt>
              <dd><code className="break-all">{item.md5}</code></dd>
              {item.pdq ? (
                <>
                  <dt>{r.pdq}</dt>
                  <dd><ul className="protect-hashes">{item.pdq.map((p, j) => <li key={String(j)}><code className="break-all">{p.hash}</code></li>)}</ul></dd>
                </>
              ) : null}
              {item.vpdq ? <><dt>{r.vpdq(item.vpdq.trim().split('\n').length)}</dt><dd><code className="break-all">{item.vpdq.split('\n')[0]}</code> …</dd></> : null}
            </dl>
          </div>
        ))}
      </details>
      <p role="alert" className="form-error">{error}</p>
      <p role="status" className="form-status">{phase === 'preparing' ? r.preparing : phase === 'sending' ? r.sending : ''}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={working} onClick={() => void send()}>{r.send}</button>
        <button type="button" className="button button-secondary" disabled={working} onClick={onBack}>{r.back}</button>
      </div>
    </>
  );
}
