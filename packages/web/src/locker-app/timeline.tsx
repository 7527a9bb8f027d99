/** Everything in the locker, ordered by when it happened, with a filter by situation. */
import { useState } from 'react';
import { evidenceTimeline, type EvidenceItem } from '../locker/evidence-item.js';
import type { LockerStore } from '../locker/locker-store.js';
import { SCENARIO_IDS, scenarioFromForm } from './evidence-fields.js';
import { ItemCard } from './item-card.js';
import { useLockerUi } from './locker-context.js';

export function Timeline({ store, items, onChanged }: { store: LockerStore; items: readonly EvidenceItem[]; onChanged: () => Promise<void> }) {
  const { t } = useLockerUi();
  const [filter, setFilter] = useState('');
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
      {entries.length === 0 ? <p>{t.timeline.empty}</p> : (
        <ol className="timeline">
          {entries.map(({ item, state, when }) => (
            <li key={item.id}><ItemCard store={store} item={item} state={state} when={when} onChanged={onChanged} /></li>
          ))}
        </ol>
      )}
    </section>
  );
}
