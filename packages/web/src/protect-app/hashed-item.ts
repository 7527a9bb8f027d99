/**
 * What a chosen file sends, decided from its hashes: the rules the review shows and the request
 * carries. A photo sends its MD5 and its 8 PDQ hashes; a video its MD5 and its vPDQ (frames of
 * quality ≥ 50 only). A photo or video with too little detail for a reliable fingerprint sends
 * nothing; one the browser cannot open sends only its MD5 (exact copies). The SHA-256 is made too
 * (the locker's record of a file) but is not sent: the contract has no place for it.
 */
import type { ProtectItem } from '@jikim/contracts';
import { formatVpdqText, parsePdqHex, type VpdqFrame } from '@jikim/pdq';
import type { ItemKind, ItemNote } from './i18n/protect-messages.js';
import { MIN_QUALITY } from './protect-limits.js';
import type { Digests, PdqValue } from './worker-protocol.js';

/** A video's frame as hashed: the second it was taken at, and its PDQ. */
export interface HashedFrame {
  readonly seconds: number;
  readonly pdq: PdqValue;
}

export type HashResult =
  | { readonly kind: 'image'; readonly digests: Digests; readonly pdq: readonly PdqValue[] | null }
  | { readonly kind: 'video'; readonly digests: Digests; readonly frames: readonly HashedFrame[] | null; readonly truncated: boolean };

export interface HashedItem {
  /** 'other': a file that is neither a photo nor a video, never sent. */
  readonly kind: ItemKind | 'other';
  /** What goes to the server; null when nothing is sent. */
  readonly item: ProtectItem | null;
  /** Why it sends less than a full fingerprint, or nothing. */
  readonly note: ItemNote | null;
  /** How many hashes are sent (each PDQ, the MD5, the vPDQ). */
  readonly fingerprints: number;
}

/** The reference's text form of the frames good enough to match (frame number = the second it was taken at). */
export function vpdqText(frames: readonly HashedFrame[]): string {
  const good: VpdqFrame[] = frames.filter((f) => f.pdq.quality >= MIN_QUALITY).map((f) => ({
    frameNumber: f.seconds, quality: f.pdq.quality, hash: parsePdqHex(f.pdq.hash), timestampSeconds: f.seconds,
  }));
  return formatVpdqText(good);
}

export const fingerprintsOf = (item: ProtectItem): number => 1 + (item.pdq?.length ?? 0) + (item.vpdq === undefined ? 0 : 1);

export const NOT_MEDIA: HashedItem = { kind: 'other', item: null, note: 'notMedia', fingerprints: 0 };

function decided(kind: ItemKind, item: ProtectItem | null, note: ItemNote | null): HashedItem {
  return { kind, item, note, fingerprints: item ? fingerprintsOf(item) : 0 };
}

export function decideItem(result: HashResult): HashedItem {
  const { md5 } = result.digests;
  if (result.kind === 'image') {
    if (result.pdq === null) return decided('image', { kind: 'image', md5 }, 'undecodable');
    if ((result.pdq[0]?.quality ?? 0) < MIN_QUALITY) return decided('image', null, 'lowQuality');
    return decided('image', { kind: 'image', md5, pdq: result.pdq.map(({ hash, quality }) => ({ hash, quality })) }, null);
  }
  if (result.frames === null) return decided('video', { kind: 'video', md5 }, 'undecodableVideo');
  const text = vpdqText(result.frames);
  if (text === '') return decided('video', null, 'lowQualityVideo');
  return decided('video', { kind: 'video', md5, vpdq: text }, result.truncated ? 'tooLong' : null);
}

export interface SendSummary {
  readonly photos: number;
  readonly videos: number;
  readonly fingerprints: number;
  /** Files hashed that send nothing. */
  readonly skipped: number;
  readonly items: readonly ProtectItem[];
}

export function summarise(hashed: readonly HashedItem[]): SendSummary {
  const sent = hashed.filter((h) => h.item !== null);
  return {
    photos: sent.filter((h) => h.kind === 'image').length,
    videos: sent.filter((h) => h.kind === 'video').length,
    fingerprints: sent.reduce((n, h) => n + h.fingerprints, 0),
    skipped: hashed.length - sent.length,
    items: sent.map((h) => h.item).filter((i): i is ProtectItem => i !== null),
  };
}
