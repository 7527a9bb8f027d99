/**
 * The locker's photos and videos, the ones "Protect my images" can fingerprint, and each opened as a
 * File in memory (decrypted on the device, as the locker's own previews are) for the hashing worker.
 */
import { currentEvidence, type EvidenceItem } from '@jikim/case';
import type { LockerStore } from '@jikim/device';

export interface LockerMedia {
  readonly id: string;
  readonly kind: 'image' | 'video';
  readonly title: string;
  readonly name: string;
  readonly mediaType: string;
}

/** Items holding a photo or a video, oldest kept first; the title falls back to the kind's word. */
export function lockerMedia(items: readonly EvidenceItem[], fallback: (kind: 'image' | 'video') => string): LockerMedia[] {
  const byAdded = items.map((item) => ({ item, added: currentEvidence(item).addedAt })).sort((a, b) => a.added.localeCompare(b.added));
  return byAdded.flatMap(({ item }) => {
    const file = item.file;
    if (!file) return [];
    const kind = file.mediaType.startsWith('image/') ? 'image' : file.mediaType.startsWith('video/') ? 'video' : null;
    if (!kind) return [];
    return [{ id: item.id, kind, title: currentEvidence(item).title || fallback(kind), name: file.name, mediaType: file.mediaType }];
  });
}

/** The chosen items' files, opened from the locker in the order chosen. */
export async function openMedia(store: LockerStore, media: readonly LockerMedia[]): Promise<Map<File, LockerMedia>> {
  const opened = new Map<File, LockerMedia>();
  for (const item of media) {
    const blob = await store.readFile(item.id, item.mediaType);
    opened.set(new File([blob], item.name, { type: item.mediaType }), item);
  }
  return opened;
}
