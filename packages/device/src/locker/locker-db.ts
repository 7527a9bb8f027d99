/**
 * The locker's IndexedDB database: its stores, how it opens (and closes itself when another tab
 * wipes or upgrades it), and the errors and records shared by the store and the app. Every value
 * in it is sealed (locker-crypto.ts) but for the key header and the times of wrong passphrases.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LockerHeader } from './locker-keys.js';

export const LOCKER_DB = 'jikim-locker';

export interface LockerDb extends DBSchema {
  /**
   * The key header, and the times of wrong passphrases since the last open. Those are kept in the
   * clear (there is no key to seal them with) and say only "someone tried, then".
   */
  meta: { key: 'header' | 'failed-attempts'; value: LockerHeader | readonly string[] };
  items: { key: string; value: { id: string; sealed: Uint8Array } };
  chunks: { key: [string, number]; value: { itemId: string; index: number; sealed: Uint8Array }; indexes: { byItem: string } };
  /** Small previews made on the device, sealed like everything else. */
  thumbs: { key: string; value: { itemId: string; sealed: Uint8Array } };
  /** Deletion requests the person made and what came of them (the takedown tracker). */
  takedowns: { key: string; value: { id: string; sealed: Uint8Array } };
  /**
   * The locker's own sealed records: its log (an item was removed), a half-typed draft kept at an
   * idle lock, and a marker for each file being stored (so an unfinished one is named at next unlock).
   */
  state: { key: string; value: { key: string; sealed: Uint8Array } };
}

export interface LockerLogEntry {
  readonly at: string;
  readonly action: 'item-removed';
}

/** A file being stored: written before its first chunk, removed once its item is saved. */
export interface PendingFile {
  readonly itemId: string;
  readonly title: string;
  readonly fileName: string;
  readonly startedAt: string;
}


export class LockerFullError extends Error {
  constructor() {
    super('There is not enough space on this device to keep the file; nothing was saved');
    this.name = 'LockerFullError';
  }
}


/**
 * Fired on `lockerSignals` when this tab's connection was closed because another tab wipes or
 * upgrades the locker: the open locker must lock at once, never keep showing what it decrypted.
 */
export const lockerSignals = new EventTarget();
export const CLOSED_ELSEWHERE = 'closed-elsewhere';

export class LockerLockedError extends Error {
  constructor() {
    super('The locker is locked');
    this.name = 'LockerLockedError';
  }
}

export class WipeBlockedError extends Error {
  constructor() {
    super('Another window keeps the locker open, so it could not be wiped yet');
    this.name = 'WipeBlockedError';
  }
}

/** How long a wipe waits for other windows to let go before it tells the person. */
export const WIPE_PATIENCE_MS = 3_000;

export function openLockerDb(): Promise<IDBPDatabase<LockerDb>> {
  return openDB<LockerDb>(LOCKER_DB, 4, {
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      lockerSignals.dispatchEvent(new Event(CLOSED_ELSEWHERE));
    },
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        db.createObjectStore('items', { keyPath: 'id' });
        db.createObjectStore('chunks', { keyPath: ['itemId', 'index'] }).createIndex('byItem', 'itemId');
      }
      if (oldVersion < 2) db.createObjectStore('thumbs', { keyPath: 'itemId' });
      if (oldVersion < 3) db.createObjectStore('takedowns', { keyPath: 'id' });
      if (oldVersion < 4) db.createObjectStore('state', { keyPath: 'key' });
    },
  });
}

export async function lockerExists(): Promise<boolean> {
  const db = await openLockerDb();
  try {
    return (await db.get('meta', 'header')) !== undefined;
  } finally {
    db.close();
  }
}
