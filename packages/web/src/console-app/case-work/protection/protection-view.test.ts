import type { CaseItem, ProtectedContent } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { protectionEn } from './protection-messages-en.js';
import { protectionKo } from './protection-messages-ko.js';
import { addedByWords, contentName, protectableItems, protectionErrorText } from './protection-view.js';

const file = (itemId: string, exhibitNumber: number, mediaType: string, upload: CaseItem['upload'] = 'complete'): CaseItem => ({
  itemId, addedBy: 'victim', addedAt: '2026-12-01T00:00:00.000Z', upload, hasThumbnail: false,
  item: {
    id: itemId, exhibitNumber, title: `${itemId}-title`, recordedAt: '2026-12-01T00:00:00.000Z', events: [],
    file: { path: `files/${itemId}`, sha256: 'a'.repeat(64), bytes: 10, mediaType, originalName: `${itemId}.bin` },
  } as unknown as CaseItem['item'],
});
const web = (itemId: string, exhibitNumber: number): CaseItem => ({
  ...file(itemId, exhibitNumber, 'text/plain'),
  item: { id: itemId, exhibitNumber, title: 'a page', web: { url: 'https://example.test/x' } } as unknown as CaseItem['item'],
});
const content = (contentId: number, itemId: string): ProtectedContent => ({
  contentId, itemId, kind: 'photo', signals: 9, matches: 0, feedback: { blocked: 0, not_blocked: 0, pending_review: 0, false_positive: 0 },
  quarantined: false, createdAt: '2026-12-02T00:00:00.000Z', addedBy: 'staff-1',
});

describe('which items can be protected', () => {
  const items = [file('vid', 3, 'video/mp4'), web('page', 1), file('pic', 2, 'image/jpeg'), file('doc', 4, 'application/pdf'), file('late', 5, 'image/png', 'pending')];

  it('lists only photos and videos, in exhibit order, each with its kind', () => {
    expect(protectableItems(items, []).map((p) => [p.item.itemId, p.kind])).toEqual([['pic', 'photo'], ['vid', 'video'], ['late', 'photo']]);
  });

  it('says why one cannot be chosen: already in the bank, or its file not uploaded', () => {
    const why = Object.fromEntries(protectableItems(items, [content(41, 'vid')]).map((p) => [p.item.itemId, p.unavailable]));
    expect(why).toEqual({ pic: undefined, vid: 'alreadyIn', late: 'notUploaded' });
  });
});

describe('protected contents in words', () => {
  const items = [file('pic', 2, 'image/jpeg')];

  it('names a content by its own item, or by its own id when the item is gone', () => {
    expect(contentName(content(41, 'pic'), items, protectionKo)).toBe('증거 2 · pic-title');
    expect(contentName(content(77, 'gone'), items, protectionEn)).toBe('Content 77');
  });

  it('counts matches in words', () => {
    expect(protectionEn.matched(1)).toBe('Matched 1 time');
    expect(protectionEn.matched(0)).toBe('No matches yet');
    expect(protectionKo.matched(0)).toBe('아직 일치한 적 없어요');
    expect(protectionEn.matched(12)).toBe('Matched 12 times');
    expect(protectionKo.matched(3)).toBe('3번 일치했어요');
  });

  it('says who added it: me, or a colleague by the start of their id', () => {
    expect(addedByWords('staff-1', 'staff-1', protectionEn)).toBe('You');
    expect(addedByWords('abcdefghijkl', 'staff-1', protectionEn)).toBe('Another staff member (abcdefgh)');
  });

  it('words the refusals of the contract and leaves other failures to the shared words', () => {
    expect(protectionErrorText('consent_missing', protectionKo)).toBe(protectionKo.errors.consentMissing);
    expect(protectionErrorText('not_hashable', protectionEn)).toBe(protectionEn.errors.notHashable);
    expect(protectionErrorText('internal', protectionEn)).toBeUndefined();
  });
});
