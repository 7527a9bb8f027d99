/** One deletion request: where and how, its status now, its history, and "record a new status". */
import { useState, type FormEvent } from 'react';
import type { LockerStore } from '@jikim/device';
import { currentStatus, NEXT_STATUSES, recordStatus, type TakedownRequest, type TakedownStatus, VICTIM } from '@jikim/case';
import { formatWhen } from './format.js';
import { channelById } from './letter-form.js';
import { useLockerUi } from './locker-context.js';

export function TakedownCard({ store, request, onChanged }: { store: LockerStore; request: TakedownRequest; onChanged: () => Promise<void> }) {
  const { t, locale } = useLockerUi();
  const k = t.tracker;
  const [error, setError] = useState('');
  const status = currentStatus(request);
  const next = NEXT_STATUSES[status];
  const channel = channelById(request.channel)?.name[locale] ?? request.channel;

  const record = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const reference = String(data.get('reference') ?? '').trim();
    const response = String(data.get('response') ?? '').trim();
    try {
      const updated = recordStatus(request, String(data.get('status')) as TakedownStatus, new Date(), VICTIM, {
        ...(reference ? { reference } : {}), ...(response ? { response } : {}),
      });
      await store.saveTakedown(updated);
      form.reset();
      setError('');
      await onChanged();
    } catch {
      setError(k.failed);
    }
  };

  return (
    <article className="evidence-card" aria-labelledby={`takedown-${request.id}`} data-takedown-id={request.id}>
      <h3 id={`takedown-${request.id}`} className="break-all">{request.url}</h3>
      <p className="evidence-kind">{channel} · {k.methods[request.method]} · {formatWhen(request.reportedAt, locale)}</p>
      <p><span className="label">{k.current}:</span> <span className="takedown-status">{k.statuses[status]}</span></p>
      <details className="history">
        <summary>{k.history} ({request.events.length})</summary>
        <ol>
          {request.events.map((e, n) => (
            <li key={n}>
              <time dateTime={e.at}>{formatWhen(e.at, locale)}</time> · {k.statuses[e.status]}
              {e.reference ? ` · ${e.reference}` : ''}{e.response ? ` · ${e.response}` : ''}
            </li>
          ))}
        </ol>
      </details>
      {/* Keyed by the history's length: after a new status, the choices and their default start from it. */}
      <form className="inline-form" key={request.events.length} onSubmit={(e) => void record(e)}>
        <div className="field">
          <label htmlFor={`status-${request.id}`}>{k.recordAs}</label>
          <select id={`status-${request.id}`} name="status" defaultValue={next[0]}>
            {next.map((s) => <option key={s} value={s}>{k.statuses[s]}</option>)}
          </select>
        </div>
        <div className="field"><label htmlFor={`ref-${request.id}`}>{k.reference}</label><input id={`ref-${request.id}`} name="reference" autoComplete="off" /></div>
        <div className="field"><label htmlFor={`resp-${request.id}`}>{k.response}</label><input id={`resp-${request.id}`} name="response" autoComplete="off" /></div>
        <p role="alert" className="form-error">{error}</p>
        <button type="submit" className="button button-secondary small">{k.record}</button>
      </form>
    </article>
  );
}
