/**
 * The open locker's sections, each reachable from the menu: a person on a phone reaches "make the PDF"
 * in two taps instead of scrolling ten screens. The open section is kept in the address's fragment
 * with replaceState, so it survives a reload without adding history entries.
 */
import type { EvidenceItem } from '@jikim/case';

export const SECTION_IDS = ['add', 'evidence', 'police', 'removal', 'tracker', 'protect', 'complaint', 'threat', 'help', 'settings'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export function sectionFromHash(hash: string): SectionId | null {
  const id = hash.replace(/^#/u, '');
  return (SECTION_IDS as readonly string[]).includes(id) ? (id as SectionId) : null;
}

export function rememberSection(id: SectionId): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
}

/** Threat records: anything filed under the threat situation, and every message (threats arrive as messages). */
export const isThreatRecord = (item: EvidenceItem) => item.scenario === 'threat' || item.kind === 'message';

/** The menu's order: the threat section comes first when the locker holds threat records. */
export function menuOrder(items: readonly EvidenceItem[]): SectionId[] {
  if (!items.some(isThreatRecord)) return [...SECTION_IDS];
  return ['threat', ...SECTION_IDS.filter((id) => id !== 'threat')];
}
