import { describe, expect, it } from 'vitest';
import { newEvidenceItem, VICTIM, type EvidenceKind } from '@jikim/case';
import { lockerMedia } from './locker-media.js';
import { addSubmission, asRecord, EMPTY_RECORD, markWithdrawn, sentDates, setAccess, type KeptSubmission } from './protect-record.js';

const access = { code: 'K7Q2M-9XH4T-B3W8N', pin: '123456' };
const sub = (id: string, sentAt: string, itemIds: string[]): KeptSubmission => ({ id, sentAt, itemIds, photos: itemIds.length, videos: 0, access });

describe('the locker’s record of fingerprints sent', () => {
  it('dates each item by its latest submission, leaving out withdrawn ones', () => {
    let record = addSubmission(EMPTY_RECORD, sub('a', '2026-12-01T10:00:00.000Z', ['p1', 'p2']));
    record = addSubmission(record, sub('b', '2026-12-02T10:00:00.000Z', ['p2', 'v1']));
    expect(Object.fromEntries(sentDates(record))).toEqual({ p1: '2026-12-01T10:00:00.000Z', p2: '2026-12-02T10:00:00.000Z', v1: '2026-12-02T10:00:00.000Z' });
    const withdrawn = markWithdrawn(record, 'b', new Date('2026-12-03T00:00:00.000Z'));
    expect(withdrawn.submissions[1]?.withdrawnAt).toBe('2026-12-03T00:00:00.000Z');
    expect(Object.fromEntries(sentDates(withdrawn))).toEqual({ p1: '2026-12-01T10:00:00.000Z', p2: '2026-12-01T10:00:00.000Z' });
    // Withdrawing again keeps the first date.
    expect(markWithdrawn(withdrawn, 'b', new Date('2026-12-04T00:00:00.000Z')).submissions[1]?.withdrawnAt).toBe('2026-12-03T00:00:00.000Z');
    expect(sentDates(null).size).toBe(0);
  });

  it('forgets a code and PIN without forgetting what was sent, and keeps them again', () => {
    const record = addSubmission(addSubmission(EMPTY_RECORD, sub('a', '2026-12-01T10:00:00.000Z', ['p1'])), sub('b', '2026-12-02T10:00:00.000Z', ['p2']));
    const forgotten = setAccess(record, 'a', null);
    expect(forgotten.submissions.map((s) => s.access)).toEqual([null, access]);
    expect(sentDates(forgotten).get('p1')).toBe('2026-12-01T10:00:00.000Z');
    expect(setAccess(forgotten, 'a', access).submissions[0]?.access).toEqual(access);
  });

  it('reads anything else back as an empty record', () => {
    expect(asRecord(null)).toEqual(EMPTY_RECORD);
    expect(asRecord({ version: 2, submissions: [] })).toEqual(EMPTY_RECORD);
    const record = addSubmission(EMPTY_RECORD, sub('a', '2026-12-01T10:00:00.000Z', ['p1']));
    expect(asRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });
});

describe('the locker’s photos and videos', () => {
  const at = new Date('2026-12-01T00:00:00.000Z');
  const item = (id: string, kind: EvidenceKind, mediaType: string | null, title: string) => newEvidenceItem(id, kind, null, title ? { title } : {}, id === 'v2' ? new Date('2026-12-02T00:00:00.000Z') : at, VICTIM,
    mediaType ? { name: `${id}.bin`, sha256: 'a'.repeat(64), bytes: 10, mediaType, extensionMismatch: false, modifiedAt: null, chunks: 1 } : undefined);

  it('lists only items holding a photo or a video, oldest kept first, titled or named by their kind', () => {
    const items = [item('v2', 'file', 'video/webm', 'later'), item('p1', 'file', 'image/png', 'party'), item('n1', 'note', null, 'note'), item('a1', 'file', 'audio/mp4', 'call'), item('v1', 'file', 'video/mp4', ''), item('d1', 'file', 'application/pdf', 'pdf')];
    expect(lockerMedia(items, (kind) => (kind === 'image' ? 'Photo' : 'Video'))).toEqual([
      { id: 'p1', kind: 'image', title: 'party', name: 'p1.bin', mediaType: 'image/png' },
      { id: 'v1', kind: 'video', title: 'Video', name: 'v1.bin', mediaType: 'video/mp4' },
      { id: 'v2', kind: 'video', title: 'later', name: 'v2.bin', mediaType: 'video/webm' },
    ]);
  });
});
