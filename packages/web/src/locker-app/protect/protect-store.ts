/**
 * The protect record, read once per open locker and shared by the section and every item card
 * (which shows "Fingerprints sent"). Changes are written sealed, then shown everywhere at once.
 */
import type { LockerStore } from '@jikim/device';
import { useEffect, useSyncExternalStore } from 'react';
import { asRecord, EMPTY_RECORD, type ProtectRecord } from './protect-record.js';

/** A neutral name: the record's name is all that shows without the passphrase. */
const RECORD = 'r2';

interface Entry {
  record: ProtectRecord | null;
  loading: Promise<void> | null;
  readonly listeners: Set<() => void>;
}

const entries = new WeakMap<LockerStore, Entry>();

function entryOf(store: LockerStore): Entry {
  let entry = entries.get(store);
  if (!entry) {
    entry = { record: null, loading: null, listeners: new Set() };
    entries.set(store, entry);
  }
  return entry;
}

function publish(entry: Entry, record: ProtectRecord): void {
  entry.record = record;
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

/** The record, or null while it is being read. */
export function useProtectRecord(store: LockerStore): ProtectRecord | null {
  const entry = entryOf(store);
  useEffect(() => void load(store), [store]);
  return useSyncExternalStore((listener) => {
    entry.listeners.add(listener);
    return () => entry.listeners.delete(listener);
  }, () => entry.record);
}

/** Applies a change to the record and seals it in the locker; the screens follow at once. */
export async function updateProtectRecord(store: LockerStore, update: (record: ProtectRecord) => ProtectRecord): Promise<ProtectRecord> {
  await load(store);
  const entry = entryOf(store);
  const next = update(entry.record ?? EMPTY_RECORD);
  await store.saveRecord(RECORD, next);
  publish(entry, next);
  return next;
}
