/**
 * The case list: four views as tabs (new in arrival order, mine, waiting for the person, closed),
 * each row with how to reach the person before anything else. In "new", rows can be selected and
 * marked as junk together (a flood clears in one step). Rows are plain markup: 200 stay quick.
 */
import type { CaseSummary } from '@jikim/contracts';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { failureText } from '../failure-text.js';
import { Notice } from '../form-field.js';
import type { PageProps } from '../page-props.js';
import { seoulDateTime } from '../seoul-time.js';
import { useHeadingFocus } from '../use-heading-focus.js';
import { caseApi } from './case-api.js';
import { CASE_TABS, junkable, shortCaseId, toggled, type CaseTab } from './case-view.js';
import { ContactCard } from './contact-card.js';

type Lists = Partial<Record<CaseTab, readonly CaseSummary[]>>;

interface CaseListProps extends PageProps {
  readonly tab: CaseTab;
  readonly onTab: (tab: CaseTab) => void;
  readonly onOpen: (id: string) => void;
  readonly onNew: () => void;
}

export function CaseList({ t, locale, onFailure, tab, onTab, onOpen, onNew }: CaseListProps) {
  const c = t.cases;
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const [lists, setLists] = useState<Lists>({});
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const junkButton = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    const results = await Promise.all(CASE_TABS.map((view) => caseApi.list(view)));
    const next: Lists = {};
    for (const [i, r] of results.entries()) {
      if (r.ok) next[CASE_TABS[i] ?? 'new'] = r.value.cases;
      else if (!onFailure(r)) setProblem(failureText(t, r));
    }
    setLists(next);
  }, [onFailure, t]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
  }, [confirming]);

  const cases = lists[tab];
  const loaded = CASE_TABS.every((view) => lists[view] !== undefined);
  const allEmpty = loaded && CASE_TABS.every((view) => lists[view]?.length === 0);
  const selectable = tab === 'new';
  const candidates = selectable ? (cases ?? []).filter(junkable).map((x) => x.id) : [];
  const chosen = candidates.filter((id) => selected.has(id));

  async function junk() {
    setBusy(true);
    setProblem('');
    const r = await caseApi.junk(chosen);
    setBusy(false);
    setConfirming(false);
    if (!r.ok) {
      if (!onFailure(r)) setProblem(failureText(t, r));
      return;
    }
    setSelected(new Set());
    setStatus(c.junkDone(r.value.destroyed));
    heading.current?.focus();
    await load();
  }
  function cancel() {
    setConfirming(false);
    junkButton.current?.focus();
  }
  const escapeCancels = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel();
  };

  return (
    <section aria-labelledby="cases-title">
      <h1 id="cases-title" ref={heading} tabIndex={-1}>{c.title}</h1>
      <div className="button-row">
        <button type="button" className="button small secondary" onClick={onNew}>{c.openCase}</button>
      </div>
      <Notice text={problem} kind="error" />
      <Notice text={status} kind="info" />
      <nav aria-label={c.tabsLabel} className="case-tabs">
        <ul>
          {CASE_TABS.map((view) => (
            <li key={view}>
              <button type="button" aria-current={view === tab ? 'page' : undefined} onClick={() => { setSelected(new Set()); setConfirming(false); onTab(view); void load(); }}>
                {c.tabs[view]}
                {lists[view] !== undefined ? <span className="case-count"> {lists[view].length}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="visually-hidden">{c.tabs[tab]}</h2>
      {!loaded && !problem ? <p>{t.loading}</p> : null}
      {allEmpty ? (
        <div className="console-empty">
          <p className="lead">{c.empty}</p>
          <p className="hint">{c.emptyHint}</p>
        </div>
      ) : null}
      {loaded && !allEmpty && cases?.length === 0 ? <p className="console-empty">{c.tabEmpty[tab]}</p> : null}

      {selectable && candidates.length > 0 ? (
        <div className="console-check case-select-all">
          <input type="checkbox" id="select-all" checked={chosen.length === candidates.length} onChange={() => setSelected(chosen.length === candidates.length ? new Set() : new Set(candidates))} />
          <label htmlFor="select-all">{c.selectAll(candidates.length)}</label>
        </div>
      ) : null}
      {selectable && chosen.length > 0 ? (
        <div className="case-bulk">
          <span role="status">{c.selected(chosen.length)}</span>
          {confirming ? (
            <div className="confirm-box" role="alertdialog" aria-labelledby="junk-confirm" onKeyDown={escapeCancels}>
              <p id="junk-confirm">{c.junkConfirm(chosen.length)}</p>
              <div className="button-row">
                <button className="button danger" type="button" disabled={busy} onClick={() => void junk()}>{c.confirm}</button>
                <button className="button secondary" type="button" ref={cancelButton} onClick={cancel}>{c.cancel}</button>
              </div>
            </div>
          ) : (
            <button type="button" className="button small danger-outline" ref={junkButton} onClick={() => setConfirming(true)}>{c.junk}</button>
          )}
        </div>
      ) : null}

      {cases && cases.length > 0 ? (
        <ul className="case-list">
          {cases.map((x) => (
            <li key={x.id} className={x.withdrawnAt ? 'case-row withdrawn' : 'case-row'} data-case-id={x.id}>
              {selectable && junkable(x) ? (
                <label className="case-select" htmlFor={`select-${x.id}`}>
                  <input type="checkbox" id={`select-${x.id}`} checked={selected.has(x.id)} onChange={() => setSelected((s) => toggled(s, x.id))} />
                  <span className="visually-hidden">{c.select(shortCaseId(x.id))}</span>
                </label>
              ) : null}
              <div className="case-row-body">
                <h3>
                  <button type="button" className="link-button case-open" onClick={() => onOpen(x.id)}>
                    <code>{shortCaseId(x.id)}</code> · {x.situation ? c.situation[x.situation] : c.status[x.status]}
                  </button>
                </h3>
                <p className="console-facts">
                  {x.withdrawnAt ? <strong className="case-badge withdrawn">{c.withdrawn(seoulDateTime(x.withdrawnAt, locale))}</strong> : <span className="case-badge">{c.status[x.status]}</span>}
                  {' '}{c.openedBy[x.openedBy]} · {seoulDateTime(x.createdAt, locale)} · {c.items(x.items)}
                  {x.assignedToMe ? ` · ${c.mine}` : ''}
                  {x.junk ? ` · ${c.junkMark}` : ''}
                </p>
                <ContactCard t={c} contact={x.contact} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
