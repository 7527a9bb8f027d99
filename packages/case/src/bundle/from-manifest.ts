/**
 * A manifest item → a locker item, for importing a bundle. The locker's event log restarts with one
 * "added" event at the item's original addedAt holding the fields as the bundle gave them; the
 * bundle's history is kept verbatim on `imported` (see EvidenceImport in evidence-item.ts).
 */
import type { EvidenceItem as ManifestItem, EvidenceManifest } from '@jikim/evidence';
import { newEvidenceItem, type EvidenceFile, type EvidenceItem } from '../evidence/evidence-item.js';
import { VICTIM } from '../events/actor.js';
import { isDateOnly, seoulDayStart } from '../time/seoul-day.js';

/** A manifest "when" may be a date alone; the locker keeps instants: such a date becomes its start in Korea. */
const instant = (when: string | undefined) => (when === undefined ? undefined : isDateOnly(when) ? seoulDayStart(when) : when);

function fields(item: ManifestItem) {
  const defined = <T extends Record<string, unknown>>(record: T) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
  return defined({
    title: item.title,
    description: item.description,
    occurredAt: instant(item.occurredAt),
    web: item.web && defined({ ...item.web, postedAt: instant(item.web.postedAt), seenAt: instant(item.web.seenAt) }),
    message: item.message && defined({ ...item.message, sentAt: instant(item.message.sentAt) }),
    clue: item.clue,
  });
}

export interface ImportSource {
  readonly manifest: EvidenceManifest;
  readonly manifestSha256: string;
  readonly now: Date;
}

/**
 * The locker item for a manifest item whose file (if any) is stored as `file`. Throws (zod) when
 * the item holds what the locker cannot keep, e.g. text over the locker's limits.
 */
export function itemFromManifest(item: ManifestItem, source: ImportSource, file?: EvidenceFile): EvidenceItem {
  // Added by whoever the bundle says added it; a bundle from before actors were recorded is the victim's locker's.
  const base = newEvidenceItem(item.id, item.kind, item.scenario ?? null, fields(item), new Date(item.addedAt), item.history[0]?.actor ?? VICTIM, file);
  return {
    ...base,
    imported: {
      at: source.now.toISOString(),
      bundleCreatedAt: source.manifest.createdAt,
      caseReference: source.manifest.caseReference,
      manifestSha256: source.manifestSha256,
      exhibitNumber: item.exhibitNumber,
      locale: source.manifest.locale,
      history: item.history.map(({ actor, ...h }) => ({ ...h, ...(actor ? { actor } : {}) })),
    },
  };
}
