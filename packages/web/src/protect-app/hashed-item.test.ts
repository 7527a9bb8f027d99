import { protectItemSchema, protectSubmissionRequestSchema } from '@jikim/contracts';
import { parseVpdqText } from '@jikim/pdq';
import { describe, expect, it } from 'vitest';
import { decideItem, NOT_MEDIA, summarise, vpdqText, type HashedFrame } from './hashed-item.js';

const digests = { md5: 'a'.repeat(32), sha256: 'b'.repeat(64) };
const pdq = (quality: number, digit = 'c') => Array.from({ length: 8 }, (_, i) => ({ hash: `${digit}${i}`.padEnd(64, '0'), quality }));
const frame = (seconds: number, quality: number): HashedFrame => ({ seconds, pdq: { hash: `${seconds % 10}`.repeat(64), quality } });

describe('what a hashed file sends', () => {
  it('a photo sends its MD5 and its 8 PDQ hashes (9 fingerprints), never its SHA-256', () => {
    const hashed = decideItem({ kind: 'image', digests, pdq: pdq(80) });
    expect(hashed).toMatchObject({ kind: 'image', note: null, fingerprints: 9 });
    expect(hashed.item).toEqual({ kind: 'image', md5: digests.md5, pdq: pdq(80) });
    expect(JSON.stringify(hashed.item)).not.toContain(digests.sha256);
    expect(protectItemSchema.safeParse(hashed.item).success).toBe(true);
  });

  it('a photo with too little detail (quality below 50) sends nothing, and says why', () => {
    expect(decideItem({ kind: 'image', digests, pdq: pdq(49) })).toEqual({ kind: 'image', item: null, note: 'lowQuality', fingerprints: 0 });
    expect(decideItem({ kind: 'image', digests, pdq: pdq(50) }).item).not.toBeNull();
  });

  it('a photo the browser could not open sends only its MD5', () => {
    const hashed = decideItem({ kind: 'image', digests, pdq: null });
    expect(hashed).toEqual({ kind: 'image', item: { kind: 'image', md5: digests.md5 }, note: 'undecodable', fingerprints: 1 });
    expect(protectItemSchema.safeParse(hashed.item).success).toBe(true);
  });

  it('a video sends its MD5 and a vPDQ of its good frames only, in the reference’s text form', () => {
    const frames = [frame(0, 90), frame(1, 20), frame(2, 50)];
    const hashed = decideItem({ kind: 'video', digests, frames, truncated: false });
    expect(hashed).toMatchObject({ kind: 'video', note: null, fingerprints: 2 });
    const text = hashed.item?.vpdq ?? '';
    expect(text).toBe('0,90,0000000000000000000000000000000000000000000000000000000000000000,0.000\n2,50,2222222222222222222222222222222222222222222222222222222222222222,2.000\n');
    expect(parseVpdqText(text).map((f) => f.frameNumber)).toEqual([0, 2]);
    expect(protectItemSchema.safeParse(hashed.item).success).toBe(true);
  });

  it('a video with no clear frame sends nothing; one cut at ten minutes says so; one not opened sends its MD5', () => {
    expect(decideItem({ kind: 'video', digests, frames: [frame(0, 10), frame(1, 49)], truncated: false })).toEqual({ kind: 'video', item: null, note: 'lowQualityVideo', fingerprints: 0 });
    expect(decideItem({ kind: 'video', digests, frames: [frame(0, 60)], truncated: true }).note).toBe('tooLong');
    expect(decideItem({ kind: 'video', digests, frames: null, truncated: false })).toEqual({ kind: 'video', item: { kind: 'video', md5: digests.md5 }, note: 'undecodableVideo', fingerprints: 1 });
  });

  it('vpdqText is empty when no frame is good enough', () => {
    expect(vpdqText([frame(0, 0)])).toBe('');
  });

  it('the summary counts what is sent, and the files that send nothing', () => {
    const summary = summarise([
      decideItem({ kind: 'image', digests, pdq: pdq(80) }),
      decideItem({ kind: 'image', digests, pdq: pdq(10) }),
      decideItem({ kind: 'image', digests, pdq: null }),
      decideItem({ kind: 'video', digests, frames: [frame(0, 70)], truncated: false }),
      NOT_MEDIA,
    ]);
    expect(summary).toMatchObject({ photos: 2, videos: 1, fingerprints: 9 + 1 + 2, skipped: 2 });
    expect(summary.items).toHaveLength(3);
    const request = protectSubmissionRequestSchema.safeParse({ pow: 'x', locale: 'ko', items: summary.items });
    expect(request.success).toBe(true);
  });
});
