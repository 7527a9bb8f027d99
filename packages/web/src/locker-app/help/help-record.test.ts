import { describe, expect, it } from 'vitest';
import type { LockerStore } from '@jikim/device';
import { forgetHelpRecord, pendingUploads, readHelpRecord, saveHelpRecord, withUpload, type HelpRecord } from './help-record.js';

describe('the locker’s record of a help request', () => {
  const items = [{ id: 'p1', title: 'photo', sha256: 'a'.repeat(64) }, { id: 'w1', title: 'post' }];
  it('matches the server’s uploads to the locker’s files, by id or else by fingerprint', () => {
    expect(pendingUploads([{ itemId: 'p1', sha256: 'a'.repeat(64), bytes: 5 }], items)).toEqual([
      { itemId: 'p1', lockerItemId: 'p1', title: 'photo', sha256: 'a'.repeat(64), bytes: 5 },
    ]);
    expect(pendingUploads([{ itemId: 'server-9', sha256: 'a'.repeat(64), bytes: 5 }], items)[0]?.lockerItemId).toBe('p1');
    expect(pendingUploads([{ itemId: 'x', sha256: 'b'.repeat(64), bytes: 5 }], items)).toEqual([]);
  });

  it('changes one upload and keeps the rest', () => {
    const record: HelpRecord = {
      version: 1, access: { code: 'K7Q2M-9XH4T-B3W8N', pin: '123456' }, sentAt: '2026-12-02T00:00:00Z', uploadPath: '/api/help/v1/uploads', sharedItemIds: ['p1'],
      uploads: pendingUploads([{ itemId: 'p1', sha256: 'a'.repeat(64), bytes: 5 }], items),
    };
    const next = withUpload(record, 'p1', { url: '/api/help/v1/uploads/abc' });
    expect(next.uploads[0]?.url).toBe('/api/help/v1/uploads/abc');
    expect(record.uploads[0]?.url).toBeUndefined();
  });

  it('is always there, empty until a request is sent and again once it is forgotten', async () => {
    const records = new Map<string, unknown>();
    const store = {
      readRecord: (name: string) => Promise.resolve(records.get(name)),
      saveRecord: (name: string, value: unknown) => Promise.resolve(void records.set(name, value)),
    } as unknown as LockerStore;
    expect(await readHelpRecord(store)).toBeNull();
    expect([...records.entries()]).toEqual([['r1', null]]);
    const record: HelpRecord = { version: 1, access: { code: 'K7Q2M-9XH4T-B3W8N', pin: '123456' }, sentAt: '2026-12-02T00:00:00Z', uploadPath: '/u', sharedItemIds: [], uploads: [] };
    await saveHelpRecord(store, record);
    expect(await readHelpRecord(store)).toEqual(record);
    await forgetHelpRecord(store);
    expect(await readHelpRecord(store)).toBeNull();
    expect(records.size).toBe(1);
  });
});
