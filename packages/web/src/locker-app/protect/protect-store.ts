/**
 * The protect record, read once per open locker and shared by the section and every item card
 * (which shows "Fingerprints sent"). Changes are written sealed, then shown everywhere at once: in
 * this tab, and in the locker's other open tabs, which hear "changed" on the locker's channel (as
 * for its items) and read the record again.
 */
import type { LockerStore } from '@jikim/device';
import { useEffect, useSyncExternalStore } from 'react';
import { onLockerSignal, postLockerSignal } from '../locker-channel.js';
import { asRecord, EMPTY_RECORD, type ProtectRecord } from './protect-record.js';

/** A neutral name: the record's name is all that shows without the passphrase. */
const RECORD = 'r2';

interface Entry {
  record: ProtectRecord | null;
  /** Counts the records shown, so that a read begun before a newer one was shown does not replace it. */
  shown: number;
  loading: Promise<void> | null;
  /** The changes of this tab, one after another, each on the record the one before wrote. */
  writing: Promise<unknown>;
  readonly listeners: Set<() => void>;
  /** Stops hearing the other tabs; set while anything on screen shows the record. */
  stopFollowing: (() => void) | null;
  readonly subscribe: (listener: () => void) => () => void;
}

const entries = new WeakMap<LockerStore, Entry>();

function entryOf(store: LockerStore): Entry {
  let entry = entries.get(store);
  if (!entry) {
    const made: Entry = {
      record: null, shown: 0, loading: null, writing: Promise.resolve(), listeners: new Set(), stopFollowing: null,
      subscribe: (listener) => {
        made.listeners.add(listener);
        made.stopFollowing ??= onLockerSignal((signal) => {
          if (signal.type === 'changed') void reread(store, made);
        });
        return () => {
          made.listeners.delete(listener);
          if (made.listeners.size > 0) return;
          made.stopFollowing?.();
          made.stopFollowing = null;
        };
      },
    };
    entries.set(store, made);
    entry = made;
  }
  return entry;
}

function publish(entry: Entry, record: ProtectRecord): void {
  entry.record = record;
  entry.shown += 1;
  for (const listener of entry.listeners) listener();
}

/**
 * Every open locker holds the record (an empty one until fingerprints are sent), so its presence
 * in the database does not tell that anything was sent.
 */
function load(store: LockerStore): Promise<void> {
  const entry = entryOf(store);
  entry.loading ??= store.readRecord<unknown>(RECORD).then(async (found) => {
    if (found === undefined) await store.saveRecord(RECORD, EMPTY_RECORD);
    if (entry.record === null) publish(entry, asRecord(found));
  }).catch(() => {
    if (entry.record === null) publish(entry, EMPTY_RECORD);
  });
  return entry.loading;
}

/** Another tab changed the locker: the record as it is sealed now; if it cannot be read, what is shown stays. */
async function reread(store: LockerStore, entry: Entry): Promise<void> {
  const before = entry.shown;
  const found = await store.readRecord<unknown>(RECORD).catch(() => undefined);
  if (found !== undefined && entry.shown === before) publish(entry, asRecord(found));
}

/** The record, or null while it is being read. */
export function useProtectRecord(store: LockerStore): ProtectRecord | null {
  const entry = entryOf(store);
  useEffect(() => void load(store), [store]);
  return useSyncExternalStore(entry.subscribe, () => entry.record);
}

/**
 * Applies a change to the record as sealed now (another tab may have changed it since it was shown)
 * and seals it in the locker; the screens of this tab and the others follow at once.
 */
export function updateProtectRecord(store: LockerStore, update: (record: ProtectRecord) => ProtectRecord): Promise<ProtectRecord> {
  const entry = entryOf(store);
  const done = entry.writing.then(async () => {
    await load(store);
    const current = await store.readRecord<unknown>(RECORD).then(asRecord, () => entry.record ?? EMPTY_RECORD);
    const next = update(current);
    await store.saveRecord(RECORD, next);
    publish(entry, next);
    postLockerSignal({ type: 'changed' });
    return next;
  });
  entry.writing = done.catch(() => undefined);
  return done;
}
