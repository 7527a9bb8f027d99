/** Names the items of a submission as the person knew them when sending: "Photo 1", "Photo 2", "Video 1". */
import type { ItemKind } from './i18n/protect-messages.js';

export function numberByKind<T extends { readonly kind: ItemKind }>(items: readonly T[]): (T & { readonly n: number })[] {
  const counts: Record<ItemKind, number> = { image: 0, video: 0 };
  return items.map((item) => {
    counts[item.kind] += 1;
    return { ...item, n: counts[item.kind] };
  });
}
