/** The complaint form's values → ComplaintInput, with the evidence and facts numbered as the bundle numbers them. */
import { CRIME_IDS, currentEvidence, numberedExhibits, type ComplaintEvidence, type ComplaintInput, type CrimeId, type EvidenceItem } from '@jikim/case';
import { savedFileName } from '@jikim/device';

/** Exhibit numbers as in the bundle's manifest and the PDF report. */
export function exhibitNumbers(items: readonly EvidenceItem[]): Map<string, number> {
  return new Map(numberedExhibits(items).map(({ item, exhibitNumber }) => [item.id, exhibitNumber]));
}

export function complaintEvidence(items: readonly EvidenceItem[], kindLabel: (item: EvidenceItem) => string): ComplaintEvidence[] {
  return numberedExhibits(items).flatMap(({ item, state, exhibitNumber }) => {
    const url = item.kind === 'web' ? currentEvidence(item).web?.url : undefined;
    // Files, posts and messages are exhibits; clues and notes are the person's own statement.
    if (item.kind === 'clue' || item.kind === 'note') return [];
    return [{ exhibitNumber, label: state.title || kindLabel(item), ...(item.file ? { sha256: item.file.sha256 } : {}), ...(url ? { url } : {}) }];
  });
}

/** The form field of one fact: named by its item, never by its position, which changes as items are added. */
export const factFieldId = (itemId: string) => `fact-${itemId}`;

export function complaintFromForm(data: FormData, evidence: readonly ComplaintEvidence[], facts: readonly { itemId: string; when: string | null }[]): ComplaintInput {
  const value = (name: string) => String(data.get(name) ?? '').trim();
  const optional = (key: string, name: string) => (value(name) ? { [key]: value(name) } : {});
  const known = data.get('accused-known') === 'yes';
  return {
    complainant: { name: value('complainant-name'), ...optional('birthDate', 'complainant-birth'), ...optional('address', 'complainant-address'), ...optional('phone', 'complainant-phone') },
    accused: { known, ...(known ? optional('name', 'accused-name') : {}), ...optional('contact', 'accused-contact'), ...optional('address', 'accused-address'), ...optional('description', 'accused-description') },
    facts: facts.map((fact) => ({ when: fact.when, text: value(factFieldId(fact.itemId)) })).filter((fact) => fact.text !== ''),
    crimes: data.getAll('crime').map(String).filter((id): id is CrimeId => (CRIME_IDS as readonly string[]).includes(id)),
    evidence,
    ...optional('reason', 'complaint-reason'),
    ...optional('policeStation', 'complaint-station'),
    today: new Date(),
  };
}

export const complaintFileName = (today: Date) => savedFileName(today, 'pdf');
