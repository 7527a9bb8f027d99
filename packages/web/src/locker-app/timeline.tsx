/** Everything in the locker, ordered by when it happened, with a filter by situation. */
import { useEffect, useState } from 'react';
import { evidenceTimeline, type EvidenceItem } from '@jikim/case';
import type { LockerLogEntry, LockerStore } from '@jikim/device';
import { formatWhen } from './format.js';
import { SCENARIO_IDS, scenarioFromForm } from './evidence-fields.js';
import { ItemCard } from './item-card.js';
import { useLockerUi } from './locker-context.js';

interface TimelineProps {
  readonly store: LockerStore;
  readonly items: readonly EvidenceItem[];
  readonly onChanged: () => Promise<void>;
  readonly onAdd: () => void;
}

export function Timeline({ store, items, onChanged, onAdd }: TimelineProps) {
  const { t, locale } = useLockerUi();
  const [filter, setFilter] = useState('');
  const [log, setLog] = useState<LockerLogEntry[]>([]);
  useEffect(() => void store.log().then(setLog), [store, items]);
  const scenario = scenarioFromForm(filter);
  const entries = evidenceTimeline(items, scenario ?? undefined);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t.timeline.title} <span className="count">({t.timeline.count(entries.length)})</span></h2>
      <div className="field inline-field">
        <label htmlFor="timeline-filter">{t.timeline.filter}</label>
        <select id="timeline-filter" value={filter} onChange={(e) => setFilter(e.target.value)}>
          <option value="">{t.scenarios.all}</option>
          {SCENARIO_IDS.map((id) => <option key={id} value={id}>{t.scenarios[id]}</option>)}
        </select>
      </div>
      <div className="button-row"><button type="button" className="button" onClick={onAdd}>{t.add.title}</button></div>
      {entries.length === 0 ? <p>{t.timeline.empty}</p> : (
        <ol className="timeline">
          {entries.map(({ item, state, when }) => (
            <li key={item.id}><ItemCard store={store} item={item} state={state} when={when} onChanged={onChanged} /></li>
          ))}
        </ol>
      )}
      {log.length > 0 ? (
        <details className="history">
          <summary>{t.timeline.lockerHistory} ({log.length})</summary>
          <ol>{log.map((entry, n) => <li key={n}><time dateTime={entry.at}>{formatWhen(entry.at, locale)}</time> · {t.timeline.itemRemoved}</li>)}</ol>
        </details>
      ) : null}
    </section>
  );
}
