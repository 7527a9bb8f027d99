/**
 * In the locker only: sharing chosen records of the locker's takedown tracker with the centre. Nothing
 * is chosen at first; a review lists exactly what goes (each address, where it was reported, its
 * status) before anything is sent, and afterwards what was sent. The locker keeps its own records.
 */
import type { LockerStore } from '@jikim/device';
import type { Locale } from '@jikim/guide';
import { useEffect, useRef, useState } from 'react';
import { channelById } from '../letter-form.js';
import { helpApi, type CaseAccess } from './help-api.js';
import type { CaseWorkMessages } from './i18n/help-messages.js';
import { shareableRecords, shareRequest, type ShareableRecord } from './share-takedowns-choice.js';

interface ShareTakedownsProps {
  readonly t: CaseWorkMessages['share'];
  readonly locale: Locale;
  readonly store: LockerStore;
  readonly access: CaseAccess;
  /** The addresses the case lists now (the status view's). */
  readonly caseUrls: readonly string[];
  readonly onShared: () => Promise<void>;
}

export function ShareTakedowns({ t, locale, store, access, caseUrls, onShared }: ShareTakedownsProps) {
  const [records, setRecords] = useState<ShareableRecord[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [step, setStep] = useState<'choose' | 'review'>('choose');
  const [sent, setSent] = useState<readonly ShareableRecord[]>([]);
  const [error, setError] = useState('');
  const [working, setWorking] = useState(false);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const urlsKey = caseUrls.join('\n');
  useEffect(() => {
    void store.takedowns().then((all) => setRecords(shareableRecords(all, urlsKey ? urlsKey.split('\n') : [])), () => setRecords([]));
  }, [store, urlsKey]);
  useEffect(() => {
    if (step === 'review') reviewHeading.current?.focus();
  }, [step]);

  if (records === null) return null;
  const where = (r: ShareableRecord) => channelById(r.request.channel)?.name[locale] ?? r.request.channel;
  const picked = records.filter((r) => r.shareable && chosen.includes(r.request.id));
  const facts = (r: ShareableRecord) => `${where(r)} · ${t.methods[r.request.method]} · ${t.statusLabel}: ${t.statuses[r.status]}`;

  const send = async () => {
    setWorking(true);
    setError('');
    try {
      await helpApi.shareTakedowns(access, shareRequest(records, chosen));
      setSent(picked);
      setChosen([]);
      setStep('choose');
      await onShared();
    } catch {
      setError(t.failed);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className="share-takedowns" aria-labelledby="share-takedowns-title">
      <h3 id="share-takedowns-title">{t.title}</h3>
      <p className="hint">{t.lead}</p>
      <div role="status" className="form-status">
        {sent.length > 0 ? (
          <div className="panel">
            <p>{t.sent(sent.length)}</p>
            <ul className="share-takedowns-sent">{sent.map((r) => <li key={r.request.id} className="break-all" dir="ltr">{r.request.url}</li>)}</ul>
          </div>
        ) : null}
      </div>
      {records.length === 0 ? <p>{t.empty}</p> : step === 'review' ? (
        <div className="confirm-box" role="group" aria-labelledby="share-review-title">
          <h4 id="share-review-title" ref={reviewHeading} tabIndex={-1}>{t.reviewTitle}</h4>
          <p>{t.reviewLead(picked.length)}</p>
          <ul className="help-status-list share-takedowns-review">
            {picked.map((r) => (
              <li key={r.request.id} data-takedown-id={r.request.id}>
                <span className="label break-all" dir="ltr">{r.request.url}</span><br />
                <span className="hint"><span dir="auto">{where(r)}</span> · {t.methods[r.request.method]} · {t.statusLabel}: {t.statuses[r.status]}</span>
              </li>
            ))}
          </ul>
          <p role="alert" className="form-error">{error}</p>
          <p className="form-status">{working ? t.sending : ''}</p>
          <div className="button-row">
            <button type="button" className="button" disabled={working} onClick={() => void send()}>{t.send}</button>
            <button type="button" className="button button-secondary" disabled={working} onClick={() => setStep('choose')}>{t.back}</button>
          </div>
        </div>
      ) : (
        <form noValidate onSubmit={(e) => {
          e.preventDefault();
          if (picked.length === 0) return setError(t.chooseFirst);
          setError('');
          setSent([]);
          setStep('review');
        }}>
          <fieldset className="help-items" aria-describedby={`share-count${error ? ' share-error' : ''}`}>
            <legend className="label">{t.legend}</legend>
            {records.map((r) => {
              const id = `share-${r.request.id}`;
              return (
                <div className="option help-item" key={r.request.id}>
                  <input type="checkbox" id={id} checked={chosen.includes(r.request.id)} disabled={!r.shareable} aria-describedby={`${id}-facts`}
                    onChange={(e) => setChosen(e.target.checked ? [...chosen, r.request.id] : chosen.filter((x) => x !== r.request.id))} />
                  <label htmlFor={id} className="break-all" dir="ltr">{r.request.url}</label>
                  <p id={`${id}-facts`} className="hint">
                    {facts(r)}
                    {r.shareable ? null : <><br />{t.notShareable}</>}
                    {r.alreadyListed ? <><br />{t.alreadyListed}</> : null}
                  </p>
                </div>
              );
            })}
            <p id="share-count" className="hint" aria-live="polite">{picked.length === 0 ? t.none : t.chosen(picked.length)}</p>
            {error ? <p id="share-error" className="form-error" role="alert">{error}</p> : null}
          </fieldset>
          <button type="submit" className="button button-secondary">{t.review}</button>
        </form>
      )}
    </section>
  );
}
