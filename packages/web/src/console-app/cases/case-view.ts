/** How the case screens name and order things: pure, so they are tested without a browser. */
import type { CaseEvent, CaseItem, CaseSummary } from '@jikim/contracts';
import { isDateOnly } from '@jikim/case';
import { seoulDateTime } from '../seoul-time.js';

export const CASE_TABS = ['new', 'mine', 'waiting', 'closed'] as const;
export type CaseTab = (typeof CASE_TABS)[number];

/** A case id in a row: its first eight characters in two groups (`k7q2-m9xh`); the page shows it whole. */
export function shortCaseId(id: string): string {
  return `${id.slice(0, 4)}-${id.slice(4, 8)}`;
}

/** The whole id in groups of four, easier to read out on the phone. */
export function groupedCaseId(id: string): string {
  return id.match(/.{1,4}/g)?.join('-') ?? id;
}

/** A time as a person entered it (a date alone stays a date) or as the app recorded it (Seoul). */
export function whenText(value: string, locale: 'ko' | 'en'): string {
  if (isDateOnly(value)) return value;
  return seoulDateTime(value, locale);
}

/** Events oldest first (the server's order is kept for events of the same instant). */
export function eventsInOrder(events: readonly CaseEvent[]): CaseEvent[] {
  return events.map((event, i) => ({ event, i })).sort((a, b) => Date.parse(a.event.at) - Date.parse(b.event.at) || a.i - b.i).map((x) => x.event);
}

/** Items by exhibit number: the numbering the police package will use. */
export function itemsInOrder(items: readonly CaseItem[]): CaseItem[] {
  return [...items].sort((a, b) => a.item.exhibitNumber - b.item.exhibitNumber || a.addedAt.localeCompare(b.addedAt));
}

/** The next exhibit number for an item a counsellor attaches. */
export function nextExhibitNumber(items: readonly CaseItem[]): number {
  return items.reduce((max, i) => Math.max(max, i.item.exhibitNumber), 0) + 1;
}

/** Cases the junk action may take: requests from the locker still new, not withdrawn (the server's rule too). */
export function junkable(c: CaseSummary): boolean {
  return c.openedBy === 'victim_request' && c.status === 'new' && c.withdrawnAt === null && !c.junk;
}

/** Toggles one id in a selection, keeping the selection a new set (React state). */
export function toggled(selection: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
