import { sharedItemSchema } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { attachedItem, THUMBNAIL_MAX_BYTES } from './attached-item.js';

const SHA = 'a'.repeat(64);
const input = {
  id: 'item-1', caseId: 'abcd2345efgh6789', exhibitNumber: 3, title: ' 받은 캡처 ', situation: 'dissemination' as const,
  file: { name: '사진.jpg'.normalize('NFD'), sha256: SHA, bytes: 1234, mediaType: 'image/jpeg', extensionMismatch: false, modifiedAt: '2026-11-30T01:02:03.000Z' },
  staffId: 'staff-123', locale: 'ko' as const, at: new Date('2026-12-02T03:04:05.000Z'),
};

describe('a file a counsellor attaches', () => {
  it('is the bundle item the locker would write, by the counsellor, numbered after the case', () => {
    const shared = attachedItem(input);
    expect(sharedItemSchema.parse(shared)).toEqual(shared);
    const { item } = shared;
    expect(item).toMatchObject({ id: 'item-1', exhibitNumber: 3, kind: 'file', scenario: 'dissemination', title: '받은 캡처', addedAt: '2026-12-02T03:04:05.000Z' });
    expect(item.file).toEqual({
      path: `files/003-${'사진.jpg'.normalize('NFC')}`, sha256: SHA, bytes: 1234, mediaType: 'image/jpeg',
      originalName: '사진.jpg'.normalize('NFC'), modifiedAt: '2026-11-30T01:02:03.000Z',
    });
    expect(item.history).toEqual([{ at: '2026-12-02T03:04:05.000Z', action: 'added', summary: '추가함: 파일, 제목', actor: { kind: 'counsellor', staffId: 'staff-123' } }]);
    expect(shared.thumbnail).toBeUndefined();
  });

  it('takes the file name as title when none is given, and no scenario when unsure', () => {
    const { item } = attachedItem({ ...input, title: '  ', situation: 'unsure', locale: 'en' });
    expect(item.title).toBe('사진.jpg'.normalize('NFC'));
    expect(item.scenario).toBeUndefined();
    expect(item.history[0]?.summary).toBe('Added: file, title');
  });

  it('carries a small thumbnail as base64 JPEG and leaves out one too large to share', () => {
    const small = attachedItem({ ...input, thumbnail: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]) });
    expect(small.thumbnail).toEqual({ mediaType: 'image/jpeg', base64: '/9j/2Q==' });
    expect(attachedItem({ ...input, thumbnail: new Uint8Array(THUMBNAIL_MAX_BYTES + 1) }).thumbnail).toBeUndefined();
  });
});
