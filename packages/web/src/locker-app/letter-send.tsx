/**
 * Where and how to send the letter, from the directory, and "I sent it": one tap records a
 * deletion request per address in the tracker, so the letter and the tracker are one flow.
 */
import { useState } from 'react';
import type { LockerStore } from '@jikim/device';
import { newTakedown, type TakedownMethod, VICTIM } from '@jikim/case';
import { letterRoutes, OTHER_SERVICE } from './letter-form.js';
import { useLockerUi } from './locker-context.js';

interface LetterSendProps {
  readonly store: LockerStore;
  readonly channelId: string;
  /** The service's name as typed, when it is not in the directory. */
  readonly otherName: string;
  readonly urls: readonly string[];
  readonly onSent: () => Promise<void>;
  readonly onShowTracker: () => void;
}

export function LetterSend({ store, channelId, otherName, urls, onSent, onShowTracker }: LetterSendProps) {
  const { t, locale } = useLockerUi();
  const l = t.letter;
  const routes = letterRoutes(channelId);
  const [method, setMethod] = useState<TakedownMethod>(routes[0]?.kind ?? 'form');
  const [recorded, setRecorded] = useState(0);
  const [error, setError] = useState('');

  const record = async () => {
    try {
      const now = new Date();
      const channel = channelId === OTHER_SERVICE ? otherName.trim() || l.other : channelId;
      for (const url of urls) await store.saveTakedown(newTakedown({ id: crypto.randomUUID(), url, channel, method, reportedAt: now, by: VICTIM }));
      setRecorded(urls.length);
      setError('');
      await onSent();
    } catch {
      setError(t.tracker.failed);
    }
  };

  return (
    <div className="panel letter-send">
      <h3>{l.whereTitle}</h3>
      {routes.length === 0 ? <p>{l.noRoute}</p> : (
        <ul className="route-list">
          {routes.map((route) => (
            <li key={`${route.kind}:${route.address ?? ''}`}>
              <span className="label">{t.tracker.methods[route.kind]}</span>
              {route.kind === 'form' && route.address ? <> · <a href={route.address} rel="noreferrer" className="break-all">{l.openForm}</a></> : null}
              {route.kind === 'email' && route.address ? <> · <a href={`mailto:${route.address}`} className="break-all">{route.address}</a></> : null}
              {route.kind === 'phone' && route.phone ? <> · <a href={`tel:${route.phone.tel}`}>{route.phone.display}</a></> : null}
              {route.steps ? <p className="hint">{route.steps[locale]}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {recorded > 0 ? (
        <>
          <p role="status" className="form-status">{l.recorded(recorded)}</p>
          <button type="button" className="button button-secondary" onClick={onShowTracker}>{l.showTracker}</button>
        </>
      ) : (
        <div className="inline-field">
          <label htmlFor="sent-method">{l.sentBy}</label>
          <select id="sent-method" value={method} onChange={(e) => setMethod(e.target.value as TakedownMethod)}>
            {(routes.length > 0 ? [...new Set(routes.map((r) => r.kind))] : (['form', 'email', 'in-app', 'other'] as const)).map((m) => (
              <option key={m} value={m}>{t.tracker.methods[m]}</option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => void record()}>{l.iSentIt}</button>
        </div>
      )}
      <p role="alert" className="form-error">{error}</p>
    </div>
  );
}
