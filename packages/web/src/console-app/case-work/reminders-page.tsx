/**
 * The counsellor's home: targets with no answer after 7 and after 14 Korean days, and those to check
 * again, from their own cases or all. Each row links to its case, which opens here in the console.
 */
import type { RemindersView } from '@jikim/contracts';
import { useCallback, useEffect, useState } from 'react';
import { CasePage } from '../cases/case-page.js';
import { shortCaseId } from '../cases/case-view.js';
import { failureText } from '../failure-text.js';
import { Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { useHeadingFocus } from '../use-heading-focus.js';
import { caseWorkApi } from './case-work-api.js';
import { caseWorkMessages } from './case-work-messages.js';
import { shortUrl } from './short-url.js';

type Row = RemindersView['noAnswer7'][number] & { readonly reason?: 'removed' | 'reappeared' };

export function RemindersPage(props: PageProps) {
  const [open, setOpen] = useState<string | undefined>();
  if (open) return <CasePage key={open} {...props} caseId={open} onBack={() => setOpen(undefined)} />;
  return <ReminderLists {...props} onOpen={setOpen} />;
}

function ReminderLists({ t, locale, onFailure, onOpen }: PageProps & { readonly onOpen: (caseId: string) => void }) {
  const r = caseWorkMessages(locale).reminders;
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [view, setView] = useState<RemindersView | undefined>();
  const [problem, setProblem] = useState('');

  const load = useCallback(async () => {
    setView(undefined);
    const result = await caseWorkApi.reminders(scope);
    if (result.ok) setView(result.value);
    else if (!onFailure(result)) setProblem(failureText(t, result));
  }, [scope, onFailure, t]);
  useEffect(() => void load(), [load]);

  const list = (id: string, title: string, rows: readonly Row[]) => (
    <section aria-labelledby={id} className="cw-reminders" key={id}>
      <h2 id={id}>{title} <span className="cw-count">({rows.length})</span></h2>
      {rows.length === 0 ? <p className="hint">{r.empty}</p> : (
        <ul>
          {rows.map((row) => (
            <li key={`${row.caseId}-${row.targetId}`} className="cw-reminder" data-target-id={row.targetId}>
              <p><strong>{row.operatorName}</strong> · {r.days(row.days)}{row.reason ? ` · ${r.recheckReason[row.reason]}` : ''}</p>
              <p><code className="break-all" title={row.url}>{shortUrl(row.url)}</code></p>
              <button type="button" className="link-button" onClick={() => onOpen(row.caseId)}>{r.openCase(shortCaseId(row.caseId))}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <section aria-labelledby="cw-reminders-title">
      <h1 id="cw-reminders-title" ref={heading} tabIndex={-1}>{r.title}</h1>
      <p className="hint">{r.intro}</p>
      <nav aria-label={r.scope} className="case-tabs">
        <ul>
          {(['mine', 'all'] as const).map((s) => (
            <li key={s}><button type="button" aria-current={s === scope ? 'page' : undefined} onClick={() => setScope(s)}>{r[s]}</button></li>
          ))}
        </ul>
      </nav>
      <Notice text={problem} kind="error" />
      {!view && !problem ? <p>{r.loading}</p> : null}
      {view ? [
        list('cw-no-answer-7', r.noAnswer7, view.noAnswer7),
        list('cw-no-answer-14', r.noAnswer14, view.noAnswer14),
        list('cw-recheck', r.recheck, view.recheck),
      ] : null}
    </section>
  );
}
