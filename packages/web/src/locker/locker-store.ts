/**
 * The locker on the device: one IndexedDB database whose every value is sealed with the locker
 * key (locker-crypto.ts). A file is kept as its original bytes in sealed 1 MiB chunks, hashed
 * (SHA-256, streaming) as it is read; its item record is written only after every chunk is, so a
 * tab closed half-way leaves no item, only orphan chunks that the next unlock sweeps away.
 */
import { createSHA256 } from 'hash-wasm';
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EvidenceItem } from './evidence-item.js';
import { chunkContext, createLocker, open, openChunks, seal, unlockLocker, type LockerHeader } from './locker-crypto.js';

export const LOCKER_DB = 'jikim-locker';
const CHUNK_BYTES = 1024 * 1024;

interface LockerDb extends DBSchema {
  meta: { key: 'header'; value: LockerHeader };
  items: { key: string; value: { id: string; sealed: Uint8Array } };
  chunks: { key: [string, number]; value: { itemId: string; index: number; sealed: Uint8Array }; indexes: { byItem: string } };
}

export interface StoredFile {
  readonly sha256: string;
  readonly bytes: number;
  readonly chunks: number;
}

export class LockerFullError extends Error {
  constructor() {
    super('There is not enough space on this device to keep the file; nothing was saved');
    this.name = 'LockerFullError';
  }
}

const itemContext = (id: string) => `jikim:item:v1:${id}`;
const encoder = new TextEncoder();

function openLockerDb(): Promise<IDBPDatabase<LockerDb>> {
  return openDB<LockerDb>(LOCKER_DB, 1, {
    upgrade(db) {
      db.createObjectStore('meta');
      db.createObjectStore('items', { keyPath: 'id' });
      db.createObjectStore('chunks', { keyPath: ['itemId', 'index'] }).createIndex('byItem', 'itemId');
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

export class LockerStore {
  private constructor(private readonly db: IDBPDatabase<LockerDb>, private readonly key: CryptoKey) {}

  static async create(passphrase: string): Promise<LockerStore> {
    const db = await openLockerDb();
    if (await db.get('meta', 'header')) {
      db.close();
      throw new Error('A locker already exists on this device');
    }
    const { header, key } = await createLocker(passphrase);
    await db.put('meta', header, 'header');
    return new LockerStore(db, key);
  }

  /** Opens the locker (WrongPassphraseError otherwise) and sweeps chunks no item owns. */
  static async unlock(passphrase: string): Promise<LockerStore> {
    const db = await openLockerDb();
    const header = await db.get('meta', 'header');
    if (!header) {
      db.close();
      throw new Error('There is no locker on this device');
    }
    let key: CryptoKey;
    try {
      key = await unlockLocker(passphrase, header);
    } catch (error) {
      db.close();
      throw error;
    }
    const store = new LockerStore(db, key);
    await store.sweepOrphans();
    return store;
  }

  /** Deletes the whole database, keys and all, in one step. */
  static async wipe(): Promise<void> {
    await deleteDB(LOCKER_DB, { blocked: () => undefined });
  }

  lock(): void {
    this.db.close();
  }

  async saveItem(item: EvidenceItem): Promise<void> {
    const sealed = await seal(this.key, encoder.encode(JSON.stringify(item)), itemContext(item.id));
    await this.db.put('items', { id: item.id, sealed });
  }

  async items(): Promise<EvidenceItem[]> {
    const rows = await this.db.getAll('items');
    const decoder = new TextDecoder();
    return Promise.all(rows.map(async (row) => JSON.parse(decoder.decode(await open(this.key, row.sealed, itemContext(row.id)))) as EvidenceItem));
  }

  /**
   * Keeps a file's bytes, sealed chunk by chunk, hashing them on the way. Call saveItem after it
   * resolves. On a full disk every chunk already written is removed and LockerFullError thrown.
   */
  async storeFile(itemId: string, file: Blob): Promise<StoredFile> {
    const sha256 = await createSHA256();
    sha256.init();
    const total = Math.max(1, Math.ceil(file.size / CHUNK_BYTES));
    try {
      for (let index = 0; index < total; index += 1) {
        const bytes = new Uint8Array(await file.slice(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES).arrayBuffer());
        sha256.update(bytes);
        const sealed = await seal(this.key, bytes, chunkContext(itemId, index, index === total - 1));
        await this.db.put('chunks', { itemId, index, sealed });
      }
    } catch (error) {
      await this.deleteChunks(itemId);
      if (error instanceof DOMException && error.name === 'QuotaExceededError') throw new LockerFullError();
      throw error;
    }
    return { sha256: sha256.digest('hex'), bytes: file.size, chunks: total };
  }

  /** The file's original bytes, checked chunk by chunk as they are opened. */
  async readFile(itemId: string, type = 'application/octet-stream'): Promise<Blob> {
    const rows = await this.db.getAllFromIndex('chunks', 'byItem', itemId);
    rows.sort((a, b) => a.index - b.index);
    const parts: Uint8Array<ArrayBuffer>[] = [];
    for await (const part of openChunks(this.key, itemId, rows.map((r) => r.sealed))) parts.push(new Uint8Array(part));
    return new Blob(parts, { type });
  }

  private async deleteChunks(itemId: string): Promise<void> {
    await this.db.delete('chunks', IDBKeyRange.bound([itemId, 0], [itemId, Number.MAX_SAFE_INTEGER]));
  }

  private async sweepOrphans(): Promise<void> {
    const owned = new Set(await this.db.getAllKeys('items'));
    const chunkItems = new Set((await this.db.getAllKeys('chunks')).map(([itemId]) => itemId));
    for (const itemId of chunkItems) if (!owned.has(itemId)) await this.deleteChunks(itemId);
  }
}
