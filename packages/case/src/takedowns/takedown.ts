/**
 * A takedown request for one URL and its history. The history is append-only: a request is its
 * list of status events, each dated, and its status now is the last one. Nothing is overwritten,
 * so the record shows when each report, answer and removal happened (docs/decisions/0010).
 */
import { checkedWebUrl } from '../errors/checked-input.js';
import { DomainError, type DomainErrorCode } from '../errors/domain-error.js';
import { checkedActor, type Actor } from '../events/actor.js';

export const TAKEDOWN_STATUSES = ['requested', 'acknowledged', 'removed', 'refused', 'reappeared'] as const;
export type TakedownStatus = (typeof TAKEDOWN_STATUSES)[number];

export const TAKEDOWN_METHODS = ['form', 'email', 'in-app', 'phone', 'other'] as const;
export type TakedownMethod = (typeof TAKEDOWN_METHODS)[number];

export interface TakedownEvent {
  readonly at: string;
  readonly status: TakedownStatus;
  /** The reference or case number the service gave, as given. */
  readonly reference?: string;
  /** What the service said, in the person's own words or pasted. */
  readonly response?: string;
  /** Who recorded it. Records kept before events named one were the victim's (the locker's legacy-records.ts). */
  readonly actor: Actor;
}

export interface TakedownRequest {
  readonly id: string;
  /** The address exactly as recorded: never normalised, a different string can be a different page. */
  readonly url: string;
  /** Where it was reported: a channel id from the guide, or free text. */
  readonly channel: string;
  readonly reportedAt: string;
  readonly method: TakedownMethod;
  readonly events: readonly TakedownEvent[];
}

export interface TakedownDetails {
  readonly reference?: string;
  readonly response?: string;
}

export class TakedownHistoryError extends DomainError {
  constructor(code: DomainErrorCode, message: string) {
    super(code, message);
    this.name = 'TakedownHistoryError';
  }
}

const invalid = (message: string) => new TakedownHistoryError('takedown_input_invalid', message);

/**
 * What may follow each status. "requested" after "requested" or "acknowledged" is a follow-up
 * (it restarts the no-answer clock); after "refused" or "reappeared" it is a new report.
 * "removed" after "removed" records a re-check that found the page still gone. "reappeared" can
 * only follow a removal, and nothing but a new report or a removal follows a refusal.
 */
export const NEXT_STATUSES: Readonly<Record<TakedownStatus, readonly TakedownStatus[]>> = {
  requested: ['requested', 'acknowledged', 'removed', 'refused'],
  acknowledged: ['requested', 'acknowledged', 'removed', 'refused'],
  removed: ['removed', 'reappeared'],
  refused: ['requested', 'removed'],
  reappeared: ['requested', 'removed'],
};

const MAX_TEXT = 10_000;

function cleanDetails(details: TakedownDetails): TakedownDetails {
  const out: { reference?: string; response?: string } = {};
  for (const key of ['reference', 'response'] as const) {
    const value = details[key]?.normalize('NFC').trim();
    if (value === undefined || value === '') continue;
    if (value.length > MAX_TEXT) throw new TakedownHistoryError('text_too_long', `The ${key} is longer than ${MAX_TEXT} characters`);
    out[key] = value;
  }
  return out;
}

function instant(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new TakedownHistoryError('invalid_date', 'An event needs a valid date');
  return at.toISOString();
}

export interface NewTakedown extends TakedownDetails {
  readonly id: string;
  readonly url: string;
  readonly channel: string;
  readonly method: TakedownMethod;
  readonly reportedAt: Date;
  /** Who records the request. */
  readonly by: Actor;
}

/** A request that starts with its first "requested" event at the time it was reported. */
export function newTakedown(input: NewTakedown): TakedownRequest {
  const url = checkedWebUrl(input.url, TakedownHistoryError);
  const channel = input.channel.normalize('NFC').trim();
  if (channel === '') throw invalid('Say where it was reported');
  if (!TAKEDOWN_METHODS.includes(input.method)) throw invalid('Unknown reporting method');
  const reportedAt = instant(input.reportedAt);
  const event: TakedownEvent = { at: reportedAt, status: 'requested', ...cleanDetails(input), actor: checkedActor(input.by) };
  return { id: input.id, url, channel, reportedAt, method: input.method, events: [event] };
}

/** The status now: the last event's. */
export function currentStatus(request: TakedownRequest): TakedownStatus {
  const last = request.events.at(-1);
  if (!last) throw new TakedownHistoryError('history_invalid', 'A takedown request starts with a "requested" event');
  return last.status;
}

/** A new request with one more event; earlier events are never changed. */
export function recordStatus(request: TakedownRequest, status: TakedownStatus, at: Date, by: Actor, details: TakedownDetails = {}): TakedownRequest {
  const from = currentStatus(request);
  const last = request.events.at(-1);
  const when = instant(at);
  if (last && Date.parse(when) < Date.parse(last.at)) throw new TakedownHistoryError('event_out_of_order', 'A change cannot be dated before the one it follows');
  if (!TAKEDOWN_STATUSES.includes(status)) throw invalid('Unknown status');
  // Both are from the closed list of statuses: naming them tells nothing anyone typed.
  if (!NEXT_STATUSES[from].includes(status)) throw new TakedownHistoryError('status_not_allowed', `"${status}" cannot follow "${from}"`);
  return { ...request, events: [...request.events, { at: when, status, ...cleanDetails(details), actor: checkedActor(by) }] };
}

/** Every reference number received, first to last, without repeats. */
export function referencesOf(request: TakedownRequest): string[] {
  return [...new Set(request.events.flatMap((e) => (e.reference ? [e.reference] : [])))];
}
