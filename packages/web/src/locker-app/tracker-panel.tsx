/** The takedown tracker: every deletion request on this device, what follows up, and new requests. */
import { reportingChannels } from '@jikim/guide';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { LockerStore } from '@jikim/device';
import { newTakedown, reminders, TAKEDOWN_METHODS, type Reminder, type TakedownMethod, type TakedownRequest, VICTIM } from '@jikim/case';
import { instantFromLocalInput, localInputFromInstant } from './format.js';
import { useLockerUi } from './locker-context.js';
import { DEFAULT_CHANNEL, OTHER_SERVICE } from './letter-form.js';
import { TakedownCard } from './takedown-card.js';

function ReminderList({ title, list, days }: { title: string; list: readonly Reminder[]; days: (n: number) => string }) {
  if (list.length === 0) return null;
  return (
    <>
      <p className="label">{title}</p>
      <ul className="reminder-list">{list.map((r) => <li key={r.request.id} className="break-all">{r.request.url} ({days(r.days)})</li>)}</ul>
    </>
  );
}

interface TrackerPanelProps {
  readonly store: LockerStore;
  /** Changes whenever the locker changes (here, in a letter, or in another tab): the list is read again. */
  readonly revision: number;
  readonly onChanged: () => Promise<void>;
  readonly urls: readonly string[];
}

export function TrackerPanel({ store, revision, onChanged, urls }: TrackerPanelProps) {
  const { t, locale } = useLockerUi();
  const k = t.tracker;
  const [channel, setChannel] = useState(DEFAULT_CHANNEL);
  const [requests, setRequests] = useState<TakedownRequest[]>([]);
  const [error, setError] = useState('');
  const refresh = useCallback(async () => setRequests((await store.takedowns()).sort((a, b) => Date.parse(a.reportedAt) - Date.parse(b.reportedAt) || a.id.localeCompare(b.id))), [store]);
  useEffect(() => void refresh(), [refresh, revision]);
  const due = reminders(requests, new Date());
  const nothingDue = due.noAnswer7.length + due.noAnswer14.length + due.recheck.length === 0;

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    try {
      const reference = value('reference');
      const request = newTakedown({
        id: crypto.randomUUID(),
        url: value('url'),
        channel: channel === OTHER_SERVICE ? value('other') : channel,
        method: value('method') as TakedownMethod,
        reportedAt: new Date(instantFromLocalInput(value('reportedAt')) ?? Date.now()),
        ...(reference ? { reference } : {}), by: VICTIM,
      });
      await store.saveTakedown(request);
      // The next address is often reported the same way: keep where, how and when; clear what was this one's.
      for (const name of ['url', 'reference']) {
        const input = form.elements.namedItem(name);
        if (input instanceof HTMLInputElement) input.value = '';
      }
      setError('');
      await onChanged();
    } catch {
      setError(k.failed);
    }
  };

  return (
    <section aria-labelledby="tracker-title">
      <h2 id="tracker-title">{k.title}</h2>
      <p>{k.lead}</p>
      <div className="panel reminders" aria-live="polite">
        <p className="label">{k.remindersTitle}</p>
        {nothingDue ? <p>{k.noReminders}</p> : null}
        <ReminderList title={k.noAnswer14} list={due.noAnswer14} days={k.days} />
        <ReminderList title={k.noAnswer7} list={due.noAnswer7} days={k.days} />
        <ReminderList title={k.recheck} list={due.recheck} days={k.days} />
      </div>
      {requests.length === 0 ? <p>{k.empty}</p> : requests.map((r) => <TakedownCard key={r.id} store={store} request={r} onChanged={onChanged} />)}
      <form className="letter-form" onSubmit={(e) => void add(e)} noValidate>
        <h3>{k.add}</h3>
        <div className="field">
          <label htmlFor="takedown-url">{k.url}</label>
          <input id="takedown-url" name="url" type="url" list="takedown-urls" autoComplete="off" />
          <datalist id="takedown-urls">{urls.map((u) => <option key={u} value={u} />)}</datalist>
        </div>
        <div className="field">
          <label htmlFor="takedown-channel">{k.channel}</label>
          <select id="takedown-channel" name="channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
            {reportingChannels.map((c) => <option key={c.id} value={c.id}>{c.name[locale]}</option>)}
            <option value={OTHER_SERVICE}>{t.letter.other}</option>
          </select>
        </div>
        {channel === OTHER_SERVICE ? (
          <div className="field"><label htmlFor="takedown-other">{t.letter.otherName}</label><input id="takedown-other" name="other" autoComplete="off" /></div>
        ) : null}
        <div className="field">
          <label htmlFor="takedown-method">{k.method}</label>
          <select id="takedown-method" name="method" defaultValue="form">{TAKEDOWN_METHODS.map((m) => <option key={m} value={m}>{k.methods[m]}</option>)}</select>
        </div>
        <div className="field"><label htmlFor="takedown-at">{k.reportedAt}</label><input id="takedown-at" name="reportedAt" type="datetime-local" defaultValue={localInputFromInstant(new Date().toISOString())} /></div>
        <div className="field"><label htmlFor="takedown-reference">{k.reference}</label><input id="takedown-reference" name="reference" autoComplete="off" /></div>
        <p role="alert" className="form-error">{error}</p>
        <button type="submit" className="button">{k.save}</button>
      </form>
    </section>
  );
}
