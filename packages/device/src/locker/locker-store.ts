/**
 * The locker on the device: one IndexedDB database whose every value is sealed with the locker
 * key (locker-crypto.ts). A file is kept as its original bytes in sealed 1 MiB chunks, hashed
 * (SHA-256, streaming) as it is read; its item record is written only after every chunk is, so a
 * tab closed half-way leaves no item, only orphan chunks that the next unlock sweeps away.
 */
import { deleteDB, type IDBPDatabase } from 'idb';
import type { EvidenceItem, TakedownRequest } from '@jikim/case';
import { chunkContext, FILE_CLASS, open, openChunks, seal, WrongPassphraseError } from './locker-crypto.js';
import { restoredEvidenceItem, restoredTakedown, type StoredEvidenceItem, type StoredTakedown } from './legacy-records.js';
import { compareIndex, EMPTY_INDEX, indexOf, rememberCounter, rememberedCounter, type Held, type IndexFindings, type LockerIndex } from './locker-index.js';
import { createLocker, isWrapped, rewrapLocker, unlockLocker, type LockerHeader } from './locker-keys.js';
import {
  LOCKER_DB, LockerFullError, LockerLockedError, openLockerDb, WIPE_PATIENCE_MS, WipeBlockedError, type LockerDb, type LockerLogEntry, type PendingFile,
} from './locker-db.js';

export {
  CLOSED_ELSEWHERE, LOCKER_DB, LockerFullError, LockerLockedError, lockerExists, lockerSignals, WipeBlockedError, type LockerLogEntry, type PendingFile,
} from './locker-db.js';

const CHUNK_BYTES = 1024 * 1024;

export interface StoredFile {
  readonly sha256: string;
  readonly bytes: number;
  readonly chunks: number;
}

const itemContext = (id: string) => `jikim:item:v1:${id}`;
const thumbContext = (id: string) => `jikim:thumb:v1:${id}`;
const takedownContext = (id: string) => `jikim:takedown:v1:${id}`;
const stateContext = (key: string) => `jikim:state:v1:${key}`;
const LOG_KEY = 'log';
const INDEX_KEY = 'index';
const DRAFT_KEY = 'draft';
const pendingKey = (itemId: string) => `pending:${itemId}`;
const recordKey = (name: string) => `record:${name}`;
const MAX_FAILED_KEPT = 100;
const encoder = new TextEncoder();

export class LockerStore {
  /** The locker key, held only while open: lock() lets go of it, and any later use fails with LockerLockedError. */
  #key: CryptoKey | null;
  #indexQueue: Promise<void> = Promise.resolve();

  private constructor(private readonly db: IDBPDatabase<LockerDb>, key: CryptoKey) {
    this.#key = key;
  }

  private get key(): CryptoKey {
    if (!this.#key) throw new LockerLockedError();
    return this.#key;
  }

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
    const header = (await db.get('meta', 'header')) as LockerHeader | undefined;
    if (!header) {
      db.close();
      throw new Error('There is no locker on this device');
    }
    let key: CryptoKey;
    try {
      const unlocked = await unlockLocker(passphrase, header);
      key = unlocked.key;
      // A first-generation locker gets its wrapped key now; its records stay as they are.
      if (unlocked.upgraded) await db.put('meta', unlocked.upgraded, 'header');
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        const failed = ((await db.get('meta', 'failed-attempts')) ?? []) as readonly string[];
        await db.put('meta', [...failed, new Date().toISOString()].slice(-MAX_FAILED_KEPT), 'failed-attempts');
      }
      db.close();
      throw error;
    }
    const store = new LockerStore(db, key);
    store.failedAttempts = ((await db.get('meta', 'failed-attempts')) ?? []) as readonly string[];
    await db.delete('meta', 'failed-attempts');
    await store.sweepOrphans();
    return store;
  }

  /**
   * A new passphrase, at once: the data key is wrapped anew, nothing sealed is touched. The current
   * passphrase is asked for again (WrongPassphraseError if it does not open the locker).
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    const header = (await this.db.get('meta', 'header')) as LockerHeader | undefined;
    if (!header || !isWrapped(header)) throw new Error('The locker has no wrapped key to change');
    await this.db.put('meta', await rewrapLocker(current, next, header), 'header');
  }

  /** When a wrong passphrase was tried since the locker was last opened (shown once, then forgotten). */
  failedAttempts: readonly string[] = [];

  /**
   * Deletes the whole database, keys and all, in one step. Other tabs close their connections
   * when asked (see `blocking`); if one does not within a few seconds, WipeBlockedError says so,
   * and the deletion still completes as soon as that window lets go.
   */
  static async wipe(): Promise<void> {
    let blocked = false;
    const deleted = deleteDB(LOCKER_DB, { blocked: () => { blocked = true; } });
    rememberCounter(null);
    const patience = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), WIPE_PATIENCE_MS));
    if ((await Promise.race([deleted.then(() => 'deleted' as const), patience])) === 'waited' && blocked) throw new WipeBlockedError();
    await deleted;
  }

  lock(): void {
    this.#key = null;
    this.db.close();
  }

  async saveItem(item: EvidenceItem): Promise<void> {
    const sealed = await seal(this.key, encoder.encode(JSON.stringify(item)), itemContext(item.id));
    await this.db.put('items', { id: item.id, sealed });
    await this.keepOneShape(item);
    await this.noteInIndex('items', item.id, item.events.length);
  }

  /**
   * Every item has the same records: an item, a preview and at least one file part. Where it has
   * no preview or no file, an empty one sealed to the same size class stands in, so the database
   * does not tell a note from a photo.
   */
  private async keepOneShape(item: EvidenceItem): Promise<void> {
    if (!(await this.db.getKey('thumbs', item.id))) await this.saveThumbnail(item.id, new Uint8Array());
    if (!item.file && !(await this.db.getKey('chunks', [item.id, 0]))) {
      await this.db.put('chunks', { itemId: item.id, index: 0, sealed: await seal(this.key, new Uint8Array(), chunkContext(item.id, 0, true), FILE_CLASS) });
    }
  }

  /** Every item that opens; a record that does not (changed, swapped, cut short) is counted, never allowed to hide the others. */
  async readItems(): Promise<{ items: EvidenceItem[]; damaged: number; damagedIds: string[] }> {
    // Items kept before events named their actor read as the victim's (legacy-records.ts).
    const opened = await this.openAll<StoredEvidenceItem>(await this.db.getAll('items'), itemContext);
    return { ...opened, items: opened.items.map(restoredEvidenceItem) };
  }

  async items(): Promise<EvidenceItem[]> {
    return (await this.readItems()).items;
  }

  private async openAll<T>(rows: readonly { id: string; sealed: Uint8Array }[], context: (id: string) => string): Promise<{ items: T[]; damaged: number; damagedIds: string[] }> {
    const decoder = new TextDecoder();
    const opened = await Promise.allSettled(rows.map(async (row) => JSON.parse(decoder.decode(await open(this.key, row.sealed, context(row.id)))) as T));
    const damagedIds = rows.filter((_, i) => opened[i]?.status === 'rejected').map((row) => row.id);
    return { items: opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : [])), damaged: damagedIds.length, damagedIds };
  }

  /** What the database holds now, as the index records it. */
  private async held(): Promise<{ items: Held[]; takedowns: Held[]; unreadable: Set<string> }> {
    const [items, takedowns] = await Promise.all([this.readItems(), this.readTakedowns()]);
    return {
      items: items.items.map((item) => ({ id: item.id, version: item.events.length })),
      takedowns: takedowns.items.map((request) => ({ id: request.id, version: request.events.length })),
      unreadable: new Set([...items.damagedIds, ...takedowns.damagedIds]),
    };
  }

  /** Records every write in the sealed index, one write at a time (see locker-index.ts). */
  private noteInIndex(kind: 'items' | 'takedowns', id: string, version: number | null): Promise<void> {
    const run = this.#indexQueue.then(async () => {
      const index = (await this.readState<LockerIndex>(INDEX_KEY).catch(() => undefined)) ?? EMPTY_INDEX;
      const others = Object.entries(index[kind]).filter(([key]) => key !== id);
      const entries = Object.fromEntries(version === null ? others : [...others, [id, version]]);
      const next: LockerIndex = { ...index, [kind]: entries, counter: Math.max(index.counter, rememberedCounter()) + 1 };
      await this.db.put('state', await this.sealState(INDEX_KEY, next));
      rememberCounter(next.counter);
    });
    this.#indexQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * At unlock: records deleted or put back to an older copy without the passphrase. A locker from
   * before the index gets one now, silently; after that, findings stay until the person accepts them.
   */
  async checkIndex(): Promise<IndexFindings> {
    let index: LockerIndex | undefined;
    try {
      index = await this.readState<LockerIndex>(INDEX_KEY);
    } catch {
      return { missing: 0, rolledBack: 0, indexRolledBack: true };
    }
    const held = await this.held();
    if (!index && rememberedCounter() === 0) {
      await this.acceptCurrentState();
      return { missing: 0, rolledBack: 0, indexRolledBack: false };
    }
    return compareIndex(index, held, rememberedCounter());
  }

  /** "I have seen it": what the database holds now becomes what the index expects. */
  async acceptCurrentState(): Promise<void> {
    const run = this.#indexQueue.then(async () => {
      const previous = await this.readState<LockerIndex>(INDEX_KEY).catch(() => undefined);
      const counter = Math.max(previous?.counter ?? 0, rememberedCounter()) + 1;
      await this.db.put('state', await this.sealState(INDEX_KEY, indexOf(counter, await this.held())));
      rememberCounter(counter);
    });
    this.#indexQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * Keeps a file's bytes, sealed chunk by chunk, hashing them on the way. Call saveItem after it
   * resolves. On a full disk every chunk already written is removed and LockerFullError thrown.
   */
  async storeFile(itemId: string, file: Blob, onProgress?: (bytesDone: number, bytesTotal: number) => void): Promise<StoredFile> {
    // hash-wasm is fetched with the first file, not with the unlock screen.
    const { createSHA256 } = await import('./sha256.js');
    const sha256 = await createSHA256();
    sha256.init();
    const total = Math.max(1, Math.ceil(file.size / CHUNK_BYTES));
    try {
      for (let index = 0; index < total; index += 1) {
        const bytes = new Uint8Array(await file.slice(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES).arrayBuffer());
        sha256.update(bytes);
        const sealed = await seal(this.key, bytes, chunkContext(itemId, index, index === total - 1), FILE_CLASS);
        await this.db.put('chunks', { itemId, index, sealed });
        onProgress?.(Math.min(file.size, (index + 1) * CHUNK_BYTES), file.size);
      }
    } catch (error) {
      await this.deleteChunks(itemId);
      if (error instanceof DOMException && error.name === 'QuotaExceededError') throw new LockerFullError();
      throw error;
    }
    return { sha256: sha256.digest('hex'), bytes: file.size, chunks: total };
  }

  /**
   * The file's original bytes as a stream: one sealed chunk is read and opened at a time, so a
   * 2 GB video never sits in memory; a changed, missing or reordered chunk errors the stream.
   */
  fileStream(itemId: string): ReadableStream<Uint8Array<ArrayBuffer>> {
    const db = this.db;
    async function* sealedChunks(): AsyncGenerator<Uint8Array> {
      for (let index = 0; ; index += 1) {
        const row = await db.get('chunks', [itemId, index]);
        if (!row) return;
        yield row.sealed;
      }
    }
    const parts = openChunks(this.key, itemId, sealedChunks());
    return new ReadableStream({
      async pull(controller) {
        const next = await parts.next();
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value));
      },
      async cancel() {
        await parts.return(undefined);
      },
    }, { highWaterMark: 1 });
  }

  /** The file's original bytes as a Blob (the browser keeps large blobs on disk, not in memory). */
  async readFile(itemId: string, type = 'application/octet-stream'): Promise<Blob> {
    return new Response(this.fileStream(itemId), { headers: { 'content-type': type } }).blob();
  }

  /** A takedown request is one sealed record, rewritten whole as events are appended to it. */
  async saveTakedown(request: TakedownRequest): Promise<void> {
    await this.db.put('takedowns', { id: request.id, sealed: await seal(this.key, encoder.encode(JSON.stringify(request)), takedownContext(request.id)) });
    await this.noteInIndex('takedowns', request.id, request.events.length);
  }

  async readTakedowns(): Promise<{ items: TakedownRequest[]; damaged: number; damagedIds: string[] }> {
    const opened = await this.openAll<StoredTakedown>(await this.db.getAll('takedowns'), takedownContext);
    return { ...opened, items: opened.items.map(restoredTakedown) };
  }

  async takedowns(): Promise<TakedownRequest[]> {
    return (await this.readTakedowns()).items;
  }

  /**
   * Removes one item for good: its record, every chunk of its file and its preview, in one
   * transaction, and notes in the locker's log that an item was removed (never what it was).
   */
  async deleteItem(itemId: string, at: Date): Promise<void> {
    const log = [...(await this.log()), { at: at.toISOString(), action: 'item-removed' as const }];
    const sealedLog = await this.sealState(LOG_KEY, log);
    const tx = this.db.transaction(['items', 'chunks', 'thumbs', 'state'], 'readwrite');
    await Promise.all([
      tx.objectStore('items').delete(itemId),
      tx.objectStore('chunks').delete(IDBKeyRange.bound([itemId, 0], [itemId, Number.MAX_SAFE_INTEGER])),
      tx.objectStore('thumbs').delete(itemId),
      tx.objectStore('state').put(sealedLog),
      tx.done,
    ]);
    await this.noteInIndex('items', itemId, null);
  }

  async log(): Promise<LockerLogEntry[]> {
    return (await this.readState<LockerLogEntry[]>(LOG_KEY)) ?? [];
  }

  /** Half-typed text, kept sealed when the locker locks itself, given back once at the next unlock. */
  async saveDraft(draft: unknown): Promise<void> {
    await this.db.put('state', await this.sealState(DRAFT_KEY, draft));
  }

  async takeDraft<T>(): Promise<T | undefined> {
    const draft = await this.readState<T>(DRAFT_KEY);
    if (draft !== undefined) await this.db.delete('state', DRAFT_KEY);
    return draft;
  }

  async markPending(file: PendingFile): Promise<void> {
    await this.db.put('state', await this.sealState(pendingKey(file.itemId), file));
  }

  async clearPending(itemId: string): Promise<void> {
    await this.db.delete('state', pendingKey(itemId));
  }

  /** Files whose storing never finished (the tab was closed or reloaded); the markers are removed as they are read. */
  async takeUnfinished(): Promise<PendingFile[]> {
    const keys = (await this.db.getAllKeys('state')).filter((key) => key.startsWith('pending:'));
    const files: PendingFile[] = [];
    for (const key of keys) {
      const file = await this.readState<PendingFile>(key);
      if (file) files.push(file);
      await this.db.delete('state', key);
    }
    return files;
  }

  /**
   * A small record of the locker's own, sealed and padded like every other (the help request's case
   * code and PIN, its uploads). Only the name shows without the passphrase, so names say nothing.
   */
  async saveRecord(name: string, value: unknown): Promise<void> {
    await this.db.put('state', await this.sealState(recordKey(name), value));
  }

  async readRecord<T>(name: string): Promise<T | undefined> {
    return this.readState<T>(recordKey(name));
  }

  private async sealState(key: string, value: unknown): Promise<{ key: string; sealed: Uint8Array }> {
    return { key, sealed: await seal(this.key, encoder.encode(JSON.stringify(value)), stateContext(key)) };
  }

  private async readState<T>(key: string): Promise<T | undefined> {
    const row = await this.db.get('state', key);
    return row ? (JSON.parse(new TextDecoder().decode(await open(this.key, row.sealed, stateContext(key)))) as T) : undefined;
  }

  async saveThumbnail(itemId: string, bytes: Uint8Array): Promise<void> {
    await this.db.put('thumbs', { itemId, sealed: await seal(this.key, bytes, thumbContext(itemId), FILE_CLASS) });
  }

  /** The item's preview; undefined when it has none (an empty stand-in is not a preview). */
  async thumbnail(itemId: string): Promise<Uint8Array | undefined> {
    const row = await this.db.get('thumbs', itemId);
    const bytes = row ? await open(this.key, row.sealed, thumbContext(itemId)) : undefined;
    return bytes && bytes.length > 0 ? bytes : undefined;
  }

  private async deleteChunks(itemId: string): Promise<void> {
    await this.db.delete('chunks', IDBKeyRange.bound([itemId, 0], [itemId, Number.MAX_SAFE_INTEGER]));
  }

  private async sweepOrphans(): Promise<void> {
    const owned = new Set(await this.db.getAllKeys('items'));
    const chunkItems = new Set((await this.db.getAllKeys('chunks')).map(([itemId]) => itemId));
    for (const itemId of chunkItems) if (!owned.has(itemId)) await this.deleteChunks(itemId);
    for (const itemId of await this.db.getAllKeys('thumbs')) if (!owned.has(itemId)) await this.db.delete('thumbs', itemId);
  }
}
