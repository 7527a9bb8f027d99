import { describe, expect, it } from 'vitest';
import type { LockerStore } from '@jikim/device';
import { JIKIM_CHANNEL } from '../../client/quick-exit-event.js';
import { addSubmission, asRecord, type KeptSubmission } from './protect-record.js';
import { updateProtectRecord } from './protect-store.js';

const sub = (id: string): KeptSubmission => ({ id, sentAt: '2026-12-03T00:00:00.000Z', itemIds: [id], photos: 1, videos: 0, access: null });

describe('the locker’s protect record, written from one of several tabs', () => {
  it('writes each change on the record as sealed now, one after another, and tells the other tabs', async () => {
    const records = new Map<string, unknown>();
    const store = {
      readRecord: (name: string) => Promise.resolve(records.get(name)),
      saveRecord: (name: string, value: unknown) => Promise.resolve(void records.set(name, value)),
    } as unknown as LockerStore;
    const otherTab = new BroadcastChannel(JIKIM_CHANNEL);
    const heard: unknown[] = [];
    otherTab.onmessage = (event: MessageEvent) => heard.push(event.data);
    try {
      await updateProtectRecord(store, (r) => addSubmission(r, sub('a')));
      // Another tab adds one after this tab last read the record: it is kept.
      records.set('r2', addSubmission(asRecord(records.get('r2')), sub('b')));
      // Two changes at once in this tab: the second is made on the first.
      await Promise.all([updateProtectRecord(store, (r) => addSubmission(r, sub('c'))), updateProtectRecord(store, (r) => addSubmission(r, sub('d')))]);
      expect(asRecord(records.get('r2')).submissions.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
      await expect.poll(() => heard.length).toBe(3);
      expect(heard).toEqual([{ type: 'changed' }, { type: 'changed' }, { type: 'changed' }]);
    } finally {
      otherTab.close();
    }
  });
});
