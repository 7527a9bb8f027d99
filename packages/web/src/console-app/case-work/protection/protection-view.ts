/** Which case items can be protected and how a protected content is named: pure, tested without a browser. */
import type { CaseItem, ProtectedContent } from '@jikim/contracts';
import type { ProtectionMessages } from './protection-messages.js';

export interface ProtectableItem {
  readonly item: CaseItem;
  readonly kind: 'photo' | 'video';
  /** Why it cannot be chosen now, if it cannot. */
  readonly unavailable: 'notUploaded' | 'alreadyIn' | undefined;
}

/** The case's photo and video files, in exhibit order; others (web records, messages, documents) are left out. */
export function protectableItems(items: readonly CaseItem[], contents: readonly ProtectedContent[]): ProtectableItem[] {
  const protectedIds = new Set(contents.map((c) => c.itemId));
  return items
    .flatMap((item): ProtectableItem[] => {
      const type = item.item.file?.mediaType ?? '';
      const kind = type.startsWith('image/') ? 'photo' : type.startsWith('video/') ? 'video' : undefined;
      if (!kind) return [];
      const unavailable = protectedIds.has(item.itemId) ? 'alreadyIn' : item.upload !== 'complete' ? 'notUploaded' : undefined;
      return [{ item, kind, unavailable }];
    })
    .sort((a, b) => a.item.item.exhibitNumber - b.item.item.exhibitNumber);
}

/** A protected content by its item ("Exhibit 2 · beach.jpg"), or by its id when the item is gone. */
export function contentName(content: ProtectedContent, items: readonly CaseItem[], m: ProtectionMessages): string {
  const item = items.find((i) => i.itemId === content.itemId);
  return item ? m.exhibit(item.item.exhibitNumber, item.item.title) : m.content(content.contentId);
}

/** Who added it: "you", or a colleague by the start of their staff id (the console has no names for counsellors). */
export function addedByWords(staffId: string, meId: string, m: ProtectionMessages): string {
  return staffId === meId ? m.me : m.colleague(staffId.slice(0, 8));
}

/** A refused add or remove in words; undefined for failures every page words the same way. */
export function protectionErrorText(error: string, m: ProtectionMessages): string | undefined {
  if (error === 'consent_missing') return m.errors.consentMissing;
  if (error === 'not_hashable') return m.errors.notHashable;
  if (error === 'not_found') return m.errors.notFound;
  return undefined;
}
