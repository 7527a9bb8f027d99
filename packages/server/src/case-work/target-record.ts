/**
 * One takedown target as kept: the sealed record `{ url, host, method?, events }` (events in the
 * contract's targetEventSchema shape, the locker tracker's format) and the clear columns the figures
 * and the reminders read, always derived from the events so the two never disagree. A status change
 * follows the takedown rules of @jikim/case (NEXT_STATUSES): a target never asked ('found') can only
 * be requested.
 */
import { newTakedown, recordStatus, TakedownHistoryError, type Actor, type TakedownMethod, type TakedownRequest, type TakedownStatus } from '@jikim/case';
import type { TargetEvent } from '@jikim/contracts';
import type { CaseTargetsTable } from '../db/schema.js';

export const targetContext = (id: string) => `case_targets.record:${id}`;

export interface TargetRecord {
  readonly url: string;
  readonly host: string;
  readonly method?: TakedownMethod;
  readonly events: readonly TargetEvent[];
}

export interface StatusChange {
  readonly status: TakedownStatus;
  readonly at: Date;
  readonly by: Actor;
  readonly reference?: string | undefined;
  readonly response?: string | undefined;
  readonly letterId?: string;
  readonly method?: TakedownMethod;
}

type ClearColumns = Pick<CaseTargetsTable, 'status' | 'requested_at' | 'removed_at' | 'reappeared_at' | 'last_event_at'>;

/** The clear columns of a record: status now, first request, first removal, first reappearance, last event. */
export function clearColumnsOf(events: readonly TargetEvent[]): ClearColumns {
  const first = (status: TakedownStatus) => events.find((e) => e.status === status)?.at ?? null;
  return {
    status: events.at(-1)?.status ?? 'found',
    requested_at: first('requested'),
    removed_at: first('removed'),
    reappeared_at: first('reappeared'),
    last_event_at: events.at(-1)?.at ?? null,
  };
}

/** The record as a takedown request of @jikim/case (for the rules and the reminders); needs one event. */
export function asTakedown(id: string, operator: string, record: TargetRecord): TakedownRequest {
  const first = record.events[0];
  if (first === undefined) throw new TakedownHistoryError('history_invalid', 'Not requested yet');
  return {
    id, url: record.url, channel: operator, reportedAt: first.at, method: record.method ?? 'other',
    events: record.events.map((e) => ({ at: e.at, status: e.status, actor: actorOf(e), ...details(e) })),
  };
}

function actorOf(event: TargetEvent): Actor {
  if (event.actor.kind === 'counsellor') return { kind: 'counsellor', staffId: event.actor.staffId };
  return event.actor.kind === 'platform' ? { kind: 'platform', keyId: event.actor.keyId } : { kind: 'victim' };
}

function details(e: { reference?: string | undefined; response?: string | undefined }) {
  return { ...(e.reference !== undefined ? { reference: e.reference } : {}), ...(e.response !== undefined ? { response: e.response } : {}) };
}

/** The record with one more event, or a TakedownHistoryError (400 with its code) when the rules refuse it. */
export function withStatus(id: string, operator: string, record: TargetRecord, change: StatusChange): TargetRecord {
  const input = { ...details(change) };
  let added;
  if (record.events.length === 0) {
    if (change.status !== 'requested') throw new TakedownHistoryError('status_not_allowed', `"${change.status}" cannot follow "found"`);
    added = newTakedown({ id, url: record.url, channel: operator, method: change.method ?? record.method ?? 'other', reportedAt: change.at, by: change.by, ...input }).events[0];
  } else {
    added = recordStatus(asTakedown(id, operator, record), change.status, change.at, change.by, input).events.at(-1);
  }
  if (added === undefined) throw new TakedownHistoryError('history_invalid', 'No event recorded');
  const event: TargetEvent = { at: added.at, status: added.status, actor: added.actor, ...details(added), ...(change.letterId !== undefined ? { letterId: change.letterId } : {}) };
  const method = record.method ?? change.method;
  return { url: record.url, host: record.host, ...(method !== undefined ? { method } : {}), events: [...record.events, event] };
}
