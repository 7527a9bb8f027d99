/**
 * Records the locker kept before events named who made them. Only the victim's locker made events
 * then, so an event without an actor is the victim's. The store reads every item and takedown
 * request through these, so lockers from before keep opening and everything downstream can rely on
 * `actor`. (Here, not in the domain: only this locker ever stored events without one.)
 */
import type { Actor, EvidenceEvent, EvidenceItem, TakedownEvent, TakedownRequest } from '@jikim/case';

type Stored<E> = Omit<E, 'actor'> & { readonly actor?: Actor };
export type StoredEvidenceItem = Omit<EvidenceItem, 'events'> & { readonly events: readonly Stored<EvidenceEvent>[] };
export type StoredTakedown = Omit<TakedownRequest, 'events'> & { readonly events: readonly Stored<TakedownEvent>[] };

const VICTIM: Actor = { kind: 'victim' };
const withActor = <E extends { readonly actor: Actor }>(event: Stored<E>): E => ({ ...event, actor: event.actor ?? VICTIM }) as E;

/** An item as stored, with every event's actor (the victim's where it names none). */
export function restoredEvidenceItem(stored: StoredEvidenceItem): EvidenceItem {
  return { ...stored, events: stored.events.map((event) => withActor<EvidenceEvent>(event)) };
}

/** A takedown request as stored, with every event's actor (the victim's where it names none). */
export function restoredTakedown(stored: StoredTakedown): TakedownRequest {
  return { ...stored, events: stored.events.map((event) => withActor<TakedownEvent>(event)) };
}
