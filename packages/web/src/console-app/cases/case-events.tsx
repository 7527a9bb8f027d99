/** The case's own history, oldest first: what happened, who did it and when, with what was said. */
import type { CaseEvent, CaseItem } from '@jikim/contracts';
import type { CaseMessages } from './case-messages.js';
import { eventsInOrder, whenText } from './case-view.js';
import { eventWords } from './event-words.js';

interface CaseEventsProps {
  readonly t: CaseMessages;
  readonly locale: 'ko' | 'en';
  readonly events: readonly CaseEvent[];
  readonly items: readonly CaseItem[];
}

function who(t: CaseMessages, event: CaseEvent): string {
  if (event.actor.kind === 'counsellor') return event.actor.name ?? t.page.actor.counsellor;
  return t.page.actor[event.actor.kind];
}

function detail(t: CaseMessages, event: CaseEvent, items: readonly CaseItem[]): string {
  const parts: string[] = [];
  if (event.type === 'assigned') parts.push(event.assignedStaffId ? '' : t.page.unassigned);
  if (event.status) parts.push(t.status[event.status]);
  if (event.identity) parts.push(t.actions.methods[event.identity.method]);
  if (event.itemId) {
    const item = items.find((i) => i.itemId === event.itemId);
    if (item) parts.push(`${t.page.exhibit(item.item.exhibitNumber)} · ${item.item.title}`);
  }
  return parts.filter(Boolean).join(' · ');
}

export function CaseEvents({ t, locale, events, items }: CaseEventsProps) {
  if (events.length === 0) return <p className="hint">{t.page.noEvents}</p>;
  return (
    <ol className="case-events">
      {eventsInOrder(events).map((event) => {
        const about = detail(t, event, items);
        const text = eventWords(event, locale) ?? (event.identity?.note || event.text);
        return (
          <li key={event.id} className={`case-event ${event.type}`} data-event-type={event.type}>
            <p className="case-event-head">
              <strong>{t.page.event[event.type]}</strong>{about ? ` · ${about}` : ''}
            </p>
            <p className="console-facts">{whenText(event.at, locale)} · {who(t, event)}</p>
            {text ? (
              <p className="pre-wrap case-event-text">
                {event.type === 'original_viewed' || event.type === 'package_made' ? <span className="label">{t.page.reason}: </span> : null}{text}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
