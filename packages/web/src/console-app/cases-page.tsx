/** The counsellor's case list: open cases, newest first; for now usually empty. */
import type { CaseListResponse } from '@jikim/contracts';
import { useEffect, useState } from 'react';
import { api } from './console-api.js';
import type { PageProps } from './page-props.js';
import { useHeadingFocus } from './use-heading-focus.js';
import { Notice } from './form-field.js';
import { failureText } from './failure-text.js';
import { seoulDateTime } from './seoul-time.js';

export function CasesPage({ t, locale, onFailure }: PageProps) {
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [cases, setCases] = useState<CaseListResponse['cases'] | undefined>();
  const [problem, setProblem] = useState('');
  useEffect(() => {
    void api<CaseListResponse>('GET', '/cases').then((r) => (r.ok ? setCases(r.value.cases) : onFailure(r) || setProblem(failureText(t, r))));
  }, [t, onFailure]);
  return (
    <section aria-labelledby="cases-title">
      <h1 id="cases-title" ref={heading} tabIndex={-1}>{t.cases.title}</h1>
      <Notice text={problem} kind="error" />
      {cases === undefined && !problem ? <p>{t.loading}</p> : null}
      {cases?.length === 0 ? (
        <div className="console-empty">
          <p className="lead">{t.cases.empty}</p>
          <p className="hint">{t.cases.emptyHint}</p>
        </div>
      ) : null}
      {cases && cases.length > 0 ? (
        <ul className="console-list">
          {cases.map((c) => (
            <li key={c.id} className="console-card">
              <p className="label"><code>{c.id}</code> · {t.cases.status[c.status] ?? c.status}{c.assignedToMe ? ` · ${t.cases.mine}` : ''}</p>
              <p className="hint">{t.cases.opened}: {seoulDateTime(c.createdAt, locale)}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
