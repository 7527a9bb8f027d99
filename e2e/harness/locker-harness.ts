// Test-only page script: drives the locker store with real IndexedDB and WebCrypto.
import { newEvidenceItem } from '../../packages/case/src/evidence/evidence-item.js';
import { LOCKER_DB, LockerStore } from '../../packages/device/src/locker/locker-store.js';
import { VICTIM } from '../../packages/case/src/events/actor.js';

const input = document.getElementById('file') as HTMLInputElement;
let store: LockerStore | undefined;

/** Every value in the locker database, as bytes, to search for anything stored in the clear. */
async function rawDatabaseBytes(): Promise<number[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(LOCKER_DB);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const out: number[] = [];
  for (const name of db.objectStoreNames) {
    const values = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    const walk = (v: unknown): void => {
      if (v instanceof Uint8Array) for (const b of v) out.push(b);
      else if (typeof v === 'string') for (const b of new TextEncoder().encode(v)) out.push(b);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    values.forEach(walk);
  }
  db.close();
  return out;
}

Object.assign(window, {
  jikimLocker: {
    async create(passphrase: string) { store = await LockerStore.create(passphrase); },
    async unlock(passphrase: string) {
      try { store = await LockerStore.unlock(passphrase); return 'ok'; } catch (e) { return (e as Error).name; }
    },
    lock() { store?.lock(); store = undefined; },
    async addFile(id: string, title: string, saveItem: boolean) {
      const file = input.files?.[0];
      if (!store || !file) throw new Error('no store or file');
      const stored = await store.storeFile(id, file);
      if (saveItem) await store.saveItem(newEvidenceItem(id, 'file', 'dissemination', { title }, new Date(), VICTIM));
      return stored;
    },
    async items() { return (await store?.items())?.map((i) => i.id) ?? []; },
    /** An item and a takedown request sealed as the first lockers wrote them: events naming no actor. */
    async saveLegacyRecords() {
      if (!store) throw new Error('no store');
      const at = '2026-11-01T00:00:00.000Z';
      await store.saveItem({ id: 'legacy-item', kind: 'note', scenario: null, events: [{ at, action: 'added', fields: { title: '예전 메모' } }] } as never);
      await store.saveTakedown({ id: 'legacy-request', url: 'https://example.com/p/1', channel: 'c', reportedAt: at, method: 'email', events: [{ at, status: 'requested' }] } as never);
    },
    async actors() {
      if (!store) throw new Error('no store');
      return {
        items: Object.fromEntries((await store.items()).map((i) => [i.id, i.events.map((e) => e.actor)])),
        takedowns: Object.fromEntries((await store.takedowns()).map((r) => [r.id, r.events.map((e) => e.actor)])),
      };
    },
    async fileSha256(id: string) {
      const blob = await store?.readFile(id);
      const digest = await crypto.subtle.digest('SHA-256', await (blob ?? new Blob()).arrayBuffer());
      return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    },
    async containsBytes(needle: string) {
      const hay = await rawDatabaseBytes();
      const n = [...new TextEncoder().encode(needle)];
      for (let i = 0; i + n.length <= hay.length; i += 1) if (n.every((b, k) => hay[i + k] === b)) return true;
      return false;
    },
    async chunkItemIds() {
      const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open(LOCKER_DB); r.onsuccess = () => resolve(r.result); });
      const keys = await new Promise<IDBValidKey[]>((resolve) => { const r = db.transaction('chunks').objectStore('chunks').getAllKeys(); r.onsuccess = () => resolve(r.result); });
      db.close();
      return [...new Set(keys.map((k) => (k as [string, number])[0]))].sort();
    },
    async wipe() { store?.lock(); store = undefined; await LockerStore.wipe(); return (await indexedDB.databases()).map((d) => d.name); },
  },
});
