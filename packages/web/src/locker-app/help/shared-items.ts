/**
 * Locker items as the help request shares them: each in the evidence bundle's item shape (the same
 * mapping as the police package, @jikim/case's buildManifest, so the centre gets the person's own
 * hashes and history unchanged), with the file's on-device preview. Items the bundle cannot hold
 * yet (a post without its address, a message without its sender) are offered but cannot be chosen.
 */
import { buildManifest, currentEvidence, ManifestItemError, type EvidenceItem } from '@jikim/case';
import type { SharedItem } from '@jikim/contracts';
import type { EvidenceItem as ManifestItem } from '@jikim/evidence';
import type { Locale } from '@jikim/guide';
import { GENERATOR } from '../make-package.js';

/** The server takes previews up to 256 KiB (thumbnailSchema); the locker's are far smaller. */
export const MAX_THUMBNAIL_BYTES = 256 * 1024;

const manifestItems = (items: readonly EvidenceItem[], locale: Locale, now: Date): ManifestItem[] =>
  buildManifest({ items, caseReference: 'help-request', locale, createdAt: now, generator: GENERATOR }).items;

/** Whether the bundle's shape can hold this item as it is now. */
export function isSharable(item: EvidenceItem): boolean {
  try {
    manifestItems([item], 'ko', new Date(0));
    return true;
  } catch (error) {
    if (error instanceof ManifestItemError) return false;
    throw error;
  }
}

/** base64 without a data: prefix, in slices so a large array never becomes one huge argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The chosen items, in timeline order as the bundle numbers them, each with its preview where it has one. */
export async function sharedItems(
  items: readonly EvidenceItem[],
  locale: Locale,
  now: Date,
  thumbnail: (itemId: string) => Promise<Uint8Array | undefined>,
): Promise<SharedItem[]> {
  const shared: SharedItem[] = [];
  for (const item of manifestItems(items, locale, now)) {
    const bytes = item.file ? await thumbnail(item.id) : undefined;
    const usable = bytes && bytes.length > 0 && bytes.length <= MAX_THUMBNAIL_BYTES;
    // The locker makes its previews as JPEG (device/files/thumbnail.ts).
    shared.push({ item, ...(usable ? { thumbnail: { mediaType: 'image/jpeg', base64: toBase64(bytes) } } : {}) });
  }
  return shared;
}

/** What the picker and the review screen show of an item: its title, kind, file and the record that identifies it. */
export interface ItemSummary {
  readonly id: string;
  readonly kind: EvidenceItem['kind'];
  readonly title: string;
  readonly sha256?: string;
  readonly bytes?: number;
  readonly url?: string;
  readonly sender?: string;
  readonly sharable: boolean;
}

export function summariseItem(item: EvidenceItem, locale: Locale): ItemSummary {
  const state = currentEvidence(item);
  const sharable = isSharable(item);
  return {
    id: item.id,
    kind: item.kind,
    // The title as it is sent (the bundle names an untitled item by its kind).
    title: sharable ? manifestItems([item], locale, new Date(0))[0]?.title ?? '' : state.title ?? '',
    ...(item.file ? { sha256: item.file.sha256, bytes: item.file.bytes } : {}),
    ...(state.web?.url ? { url: state.web.url } : {}),
    ...(state.message?.senderNumber ? { sender: state.message.senderNumber } : {}),
    sharable,
  };
}
