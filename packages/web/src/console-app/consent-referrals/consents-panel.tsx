/**
 * The person's consents on the case page: each kind in plain words with where it stands now, when
 * and how it was recorded (in the locker, or by which counsellor), buttons to record a consent or a
 * withdrawal with a note of how it was said, and the earlier records folded away.
 */
import type { ConsentKind, ConsentState } from '@jikim/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { seoulDateTime } from '../seoul-time.js';
import { TextAreaField } from '../cases/text-area-field.js';
import type { ConsentReferralMessages } from './consent-referral-messages.js';
import { consentRows, recordsOf, type ConsentRecord } from './consent-view.js';

interface ConsentsPanelProps {
  readonly m: ConsentReferralMessages;
  readonly locale: 'ko' | 'en';
  readonly state: ConsentState;
  readonly busy: boolean;
  /** Saves one record; answers an error text, or '' once saved. */
  readonly onRecord: (kind: ConsentKind, granted: boolean, note: string) => Promise<string>;
}

export function ConsentsPanel({ m, locale, state, busy, onRecord }: ConsentsPanelProps) {
  const c = m.consents;
  const [open, setOpen] = useState<{ readonly kind: ConsentKind; readonly granted: boolean } | undefined>();
  const [error, setError] = useState('');
  const noteId = open ? `cr-note-${open.kind}` : '';
  useEffect(() => void (noteId && document.getElementById(noteId)?.focus()), [noteId, open]);

  const how = (r: ConsentRecord) => (r.how === 'locker'
    ? c.byLocker(seoulDateTime(r.at, locale))
    : c.byCounsellor(seoulDateTime(r.at, locale), r.actor.name ?? c.someone));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!open) return;
    const note = String(new FormData(event.currentTarget).get('note') ?? '').trim();
    if (!note) {
      setError(c.noteRequired);
      document.getElementById(noteId)?.focus();
      return;
    }
    const problem = await onRecord(open.kind, open.granted, note);
    setError(problem);
    if (!problem) setOpen(undefined);
  }

  return (
    <section aria-labelledby="cr-consents-title" className="cr-panel">
      <h2 id="cr-consents-title">{c.title}</h2>
      <p>{c.intro}</p>
      <ul className="cr-list">
        {consentRows(state).map(({ kind, standing, last }) => {
          const earlier = recordsOf(kind, state);
          const titleId = `cr-consent-${kind}`;
          return (
            <li key={kind} className={`cr-consent ${standing}`} data-consent-kind={kind} aria-labelledby={titleId}>
              <h3 id={titleId}>{c.kinds[kind].name}</h3>
              <p className="hint">{c.kinds[kind].explain}</p>
              <p><strong className={`cr-standing ${standing}`}>{c.standing[standing]}</strong>{last ? <span className="cr-how"> · {how(last)}</span> : null}</p>
              {last?.note ? <p className="cr-note pre-wrap">{last.note}</p> : null}
              {open?.kind === kind ? (
                <form className="console-form cr-form" onSubmit={(e) => void submit(e)} noValidate>
                  <TextAreaField label={open.granted ? c.noteGiven : c.noteWithdrawn} hint={c.noteHint} name="note" id={`cr-note-${kind}`} rows={2} maxLength={2_000} error={error || undefined} />
                  <div className="button-row">
                    <button type="submit" className="button small" disabled={busy}>{c.save}</button>
                    <button type="button" className="button small secondary" onClick={() => { setOpen(undefined); setError(''); }}>{c.cancel}</button>
                  </div>
                </form>
              ) : (
                <div className="button-row">
                  {standing !== 'given' ? <button type="button" className="button small" disabled={busy} aria-describedby={titleId} onClick={() => { setError(''); setOpen({ kind, granted: true }); }}>{c.record}</button> : null}
                  {standing === 'given' || standing === 'not_asked' ? (
                    <button type="button" className="button small secondary" disabled={busy} aria-describedby={titleId} onClick={() => { setError(''); setOpen({ kind, granted: false }); }}>
                      {standing === 'given' ? c.withdraw : c.refuse}
                    </button>
                  ) : null}
                </div>
              )}
              {earlier.length > 0 ? (
                <details className="case-history cr-history">
                  <summary>{c.history(earlier.length)}</summary>
                  <ol>
                    {earlier.map((r, i) => <li key={r.id}>{r.granted ? c.historyGiven : earlier.slice(0, i).some((e) => e.granted) ? c.historyWithdrawn : c.historyDeclined} · {how(r)}{r.note ? ` — ${r.note}` : ''}</li>)}
                  </ol>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
