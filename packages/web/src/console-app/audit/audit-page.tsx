/**
 * The auditor's page in the console: the audit log filtered, paged (newest first) and
 * downloadable as CSV, with a check of the whole chain. The console shell renders it for the
 * `auditor` role and passes the session's CSRF token (only "anchor now" changes anything).
 */
import { AUDIT_ACTOR_KINDS, type AuditEntry, type AuditVerification } from '@jikim/contracts';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { fetchEntries, fetchVerification, postAnchor, type ApiFailure } from './audit-api.js';
import { auditMessages, type AuditMessages } from './audit-messages.js';
import { seoulTime } from '../seoul-time.js';
import { csvUrl, detailText, EMPTY_FILTER, entriesUrl, type AuditFilterForm } from './audit-query.js';

export interface AuditPageProps {
  readonly lang: 'ko' | 'en';
  /** The session's CSRF token; without it the page only reads. */
  readonly csrfToken?: string;
}

function failureText(t: AuditMessages, failure: ApiFailure): string {
  return failure.failed === 'other' ? t.errors.other(failure.requestId) : t.errors[failure.failed];
}

export function AuditPage(props: AuditPageProps): React.JSX.Element {
  const t = auditMessages[props.lang];
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_FILTER);
  const [applied, setApplied] = useState<AuditFilterForm>(EMPTY_FILTER);
  const [entries, setEntries] = useState<readonly AuditEntry[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');

  const load = useCallback(async (filter: AuditFilterForm, before?: number) => {
    setLoading(true);
    setError('');
    const result = await fetchEntries(entriesUrl(filter, before));
    setLoading(false);
    if ('failed' in result) {
      setError(failureText(t, result));
      return;
    }
    setEntries((shown) => (before === undefined ? result.ok.entries : [...shown, ...result.ok.entries]));
    setNextBefore(result.ok.nextBefore);
  }, [t]);

  useEffect(() => {
    void load(applied);
  }, [applied, load]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied({ ...form });
  };
  const clear = () => {
    setForm(EMPTY_FILTER);
    setApplied(EMPTY_FILTER);
  };

  return (
    <section className="audit-page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <AuditFilters t={t} form={form} onChange={setForm} onSubmit={submit} onClear={clear} />
      <p className="audit-csv">
        <a className="button" href={csvUrl(applied)} download>{t.downloadCsv}</a>
        <span className="hint">{t.csvHint}</span>
      </p>
      <p className="form-error" role="alert">{error}</p>
      <AuditTable t={t} lang={props.lang} entries={entries} />
      <p className="form-status" role="status" aria-live="polite">
        {loading ? t.loading : entries.length === 0 && !error ? t.empty : t.shown(entries.length)}
      </p>
      {nextBefore !== null && !loading ? (
        <p className="button-row">
          <button type="button" className="button" onClick={() => void load(applied, nextBefore)}>{t.older}</button>
        </p>
      ) : null}
      <AuditIntegrity t={t} csrfToken={props.csrfToken} />
    </section>
  );
}

function AuditFilters(props: {
  t: AuditMessages;
  form: AuditFilterForm;
  onChange: (form: AuditFilterForm) => void;
  onSubmit: (event: FormEvent) => void;
  onClear: () => void;
}): React.JSX.Element {
  const { t, form, onChange } = props;
  const id = useId();
  const set = (key: keyof AuditFilterForm) => (event: { target: { value: string } }) => onChange({ ...form, [key]: event.target.value });
  const text = (key: 'actor' | 'action' | 'caseId', label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {hint ? <span className="hint" id={`${id}-${key}-hint`}>{hint}</span> : null}
      <input id={`${id}-${key}`} value={form[key]} onChange={set(key)} maxLength={200} autoComplete="off" spellCheck={false}
        {...(hint ? { 'aria-describedby': `${id}-${key}-hint` } : {})} />
    </div>
  );
  return (
    <form className="audit-filters" onSubmit={props.onSubmit} role="search">
      <fieldset>
        <legend>{props.t.filters}</legend>
        <div className="audit-filter-grid">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t.from}</label>
            <input id={`${id}-from`} type="date" value={form.fromDay} onChange={set('fromDay')} aria-describedby={`${id}-dates`} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t.to}</label>
            <input id={`${id}-to`} type="date" value={form.toDay} onChange={set('toDay')} aria-describedby={`${id}-dates`} />
          </div>
          <p className="hint audit-dates-hint" id={`${id}-dates`}>{t.datesHint}</p>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t.actorKind}</label>
            <select id={`${id}-kind`} value={form.actorKind} onChange={set('actorKind')}>
              <option value="">{t.anyActorKind}</option>
              {AUDIT_ACTOR_KINDS.map((kind) => <option key={kind} value={kind}>{t.actorKinds[kind]}</option>)}
            </select>
          </div>
          {text('actor', t.actor, t.actorHint)}
          {text('action', t.action, t.actionHint)}
          {text('caseId', t.caseId)}
        </div>
        <p className="button-row">
          <button type="submit" className="button">{t.apply}</button>
          <button type="button" className="button danger-outline" onClick={props.onClear}>{t.clear}</button>
        </p>
      </fieldset>
    </form>
  );
}

function AuditTable(props: { t: AuditMessages; lang: 'ko' | 'en'; entries: readonly AuditEntry[] }): React.JSX.Element | null {
  const { t, lang, entries } = props;
  if (entries.length === 0) return null;
  const c = t.columns;
  return (
    <div className="audit-table-scroll" role="region" aria-label={t.title} tabIndex={0}>
      <table className="verify-table audit-table">
        <caption className="visually-hidden">{t.title}</caption>
        <thead>
          <tr>
            <th scope="col">{c.seq}</th>
            <th scope="col">{c.at} ({t.timeZone})</th>
            <th scope="col">{c.actor}</th>
            <th scope="col">{c.action}</th>
            <th scope="col">{c.caseId}</th>
            <th scope="col">{c.subject}</th>
            <th scope="col">{c.reason}</th>
            <th scope="col">{c.detail}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td data-label={c.seq}>{entry.seq}</td>
              <td data-label={c.at}><time dateTime={entry.at}>{seoulTime(entry.at, lang)}</time></td>
              <td data-label={c.actor}>
                <span>
                  {t.actorKinds[entry.actorKind]}
                  {entry.actorId ? <> <span className="break-all">{entry.actorId}</span></> : null}
                  {entry.sessionId ? <span className="hint audit-session">({t.session} <span className="break-all">{entry.sessionId}</span>)</span> : null}
                </span>
              </td>
              <td data-label={c.action}><code>{entry.action}</code></td>
              <td data-label={c.caseId} className="break-all">{entry.caseId ?? ''}</td>
              <td data-label={c.subject} className="break-all">{entry.subjectStaffId ?? ''}</td>
              <td data-label={c.reason} className="audit-reason">{entry.reason ?? ''}</td>
              <td data-label={c.detail}>{detailText(entry.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditIntegrity(props: { t: AuditMessages; csrfToken: string | undefined }): React.JSX.Element {
  const { t, csrfToken } = props;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ text: string; bad: boolean } | null>(null);

  const verify = async () => {
    setBusy(true);
    setResult(null);
    const response = await fetchVerification();
    setBusy(false);
    if ('failed' in response) return setResult({ text: failureText(t, response), bad: true });
    setResult(verificationText(t, response.ok));
  };
  const anchor = async (token: string) => {
    setBusy(true);
    const response = await postAnchor(token);
    setBusy(false);
    setResult('failed' in response ? { text: failureText(t, response), bad: true } : { text: t.anchored(response.ok.seq), bad: false });
  };

  return (
    <section className="panel audit-integrity" aria-labelledby="audit-integrity-title">
      <h2 id="audit-integrity-title">{t.integrity}</h2>
      <p className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void verify()}>{busy ? t.verifying : t.verify}</button>
        {csrfToken ? <button type="button" className="button" disabled={busy} onClick={() => void anchor(csrfToken)}>{t.anchorNow}</button> : null}
      </p>
      <p className={result ? `verify-result ${result.bad ? 'bad' : 'ok'}` : 'form-status'} role="status" aria-live="polite">{result?.text ?? ''}</p>
    </section>
  );
}

function verificationText(t: AuditMessages, v: AuditVerification): { text: string; bad: boolean } {
  if (v.problem) return { text: `${t.tampered(v.problem.seq)} ${v.problem.reason}`, bad: true };
  return { text: v.anchorFileFound ? t.verified(v.rows, v.anchorsChecked) : `${t.verified(v.rows, v.anchorsChecked)} ${t.noAnchorFile}`, bad: !v.anchorFileFound };
}
