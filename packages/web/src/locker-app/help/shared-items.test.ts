import { newEvidenceItem, VICTIM, type EvidenceFile } from '@jikim/case';
import { sharedItemSchema } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { isSharable, sharedItems, summariseItem, toBase64 } from './shared-items.js';

const at = (iso: string) => new Date(iso);
const file: EvidenceFile = { name: '사진.jpg', sha256: 'ab'.repeat(32), bytes: 2048, mediaType: 'image/jpeg', extensionMismatch: false, modifiedAt: null, chunks: 1 };
const photo = newEvidenceItem('p1', 'file', 'dissemination', { title: 'the photo' }, at('2026-11-01T00:00:00Z'), VICTIM, file);
const post = newEvidenceItem('w1', 'web', null, { title: 'the post', web: { url: 'https://board.example/view?id=5' } }, at('2026-11-02T00:00:00Z'), VICTIM);
const message = newEvidenceItem('m1', 'message', 'threat', { message: { senderNumber: '010-1111-2222', text: 'I will post it' } }, at('2026-10-30T00:00:00Z'), VICTIM);
const postWithoutUrl = newEvidenceItem('w2', 'web', null, { title: 'no address yet' }, at('2026-11-03T00:00:00Z'), VICTIM);

describe('shared items', () => {
  it('are the bundle’s items, in timeline order, with the preview of files only', async () => {
    const thumb = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    const shared = await sharedItems([photo, post, message], 'en', at('2026-12-01T00:00:00Z'), (id) => Promise.resolve(id === 'p1' ? thumb : undefined));
    expect(shared.map((s) => s.item.id)).toEqual(['m1', 'p1', 'w1']);
    expect(shared.map((s) => s.item.exhibitNumber)).toEqual([1, 2, 3]);
    for (const s of shared) expect(sharedItemSchema.safeParse(s).success).toBe(true);
    const [m, p, w] = shared;
    expect(p?.item.file).toMatchObject({ sha256: file.sha256, bytes: 2048, mediaType: 'image/jpeg', originalName: '사진.jpg' });
    expect(p?.thumbnail).toEqual({ mediaType: 'image/jpeg', base64: Buffer.from(thumb).toString('base64') });
    expect(w?.item.web?.url).toBe('https://board.example/view?id=5');
    expect(w?.thumbnail).toBeUndefined();
    expect(m?.item.message?.senderNumber).toBe('010-1111-2222');
    expect(m?.item.history[0]?.actor).toEqual(VICTIM);
  });

  it('leaves out a preview too large for the server', async () => {
    const [shared] = await sharedItems([photo], 'ko', at('2026-12-01T00:00:00Z'), () => Promise.resolve(new Uint8Array(256 * 1024 + 1)));
    expect(shared?.thumbnail).toBeUndefined();
  });

  it('knows which items the bundle cannot hold yet', () => {
    expect(isSharable(photo)).toBe(true);
    expect(isSharable(postWithoutUrl)).toBe(false);
    expect(summariseItem(postWithoutUrl, 'en')).toMatchObject({ id: 'w2', kind: 'web', title: 'no address yet', sharable: false });
    expect(summariseItem(photo, 'en')).toMatchObject({ sha256: file.sha256, bytes: 2048, sharable: true });
    expect(summariseItem(message, 'en')).toMatchObject({ sender: '010-1111-2222', title: 'Message' });
    expect(summariseItem(message, 'ko').title).toBe('메시지');
  });

  it('writes base64 the way the server reads it, however large', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
