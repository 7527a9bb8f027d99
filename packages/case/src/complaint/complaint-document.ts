/**
 * A complaint as sections and blocks, the one layout that both the editable text and the PDF are
 * drawn from, so they never say different things. The sections are those of the police's standard
 * complaint form (docs/decisions/0011-complaint-draft.md).
 */
import { LETTER_TEXT } from '../letters/deletion-letter.js';
import { formatWhen } from '../report/report-time.js';
import { reportText } from '../report/report-text.js';
import { seoulDay } from '../time/seoul-day.js';
import type { ComplaintInput } from './complaint-input.js';
import { multiLine, oneLine } from '../text/plain-text.js';
import { checkedEvidence, invalidComplaint, orderedFacts } from './complaint-input.js';
import type { ComplaintLocale, ComplaintText } from './complaint-text.js';
import { COMPLAINT_TEXT_EN } from './complaint-text-en.js';
import { COMPLAINT_TEXT_KO } from './complaint-text-ko.js';
import { crimesFor } from './crimes.js';

export const COMPLAINT_TEXT: Readonly<Record<ComplaintLocale, ComplaintText>> = { ko: COMPLAINT_TEXT_KO, en: COMPLAINT_TEXT_EN };

export interface Row { readonly label: string; readonly value: string }

export interface EvidenceEntry {
  readonly label: string;
  /** The item's description, then `SHA-256: …` and `URL: …` lines, whole. */
  readonly lines: readonly string[];
}

export type Block =
  | { readonly kind: 'rows'; readonly rows: readonly Row[] }
  | { readonly kind: 'paragraphs'; readonly paragraphs: readonly string[]; readonly note?: boolean }
  | { readonly kind: 'evidence'; readonly entries: readonly EvidenceEntry[] };

export interface Section { readonly heading: string; readonly blocks: readonly Block[] }

export interface ComplaintDocument {
  readonly locale: ComplaintLocale;
  readonly t: ComplaintText;
  readonly sections: readonly Section[];
  readonly date: string;
  readonly signature: string;
  readonly addressee: string;
}

export function complaintDocument(input: ComplaintInput, locale: ComplaintLocale): ComplaintDocument {
  const t = COMPLAINT_TEXT[locale];
  const name = oneLine(input.complainant.name);
  if (name === '') throw invalidComplaint('The complainant’s name is needed');
  const { accused } = input;
  const accusedName = accused.known ? oneLine(accused.name) : '';
  const crimes = crimesFor(input.crimes);
  const evidence = checkedEvidence(input.evidence);
  const facts = orderedFacts(input.facts);
  const when = (value: string | null) => (value === null ? t.dateUnknown : formatWhen(value, reportText(locale)));
  const reason = multiLine(input.reason);
  const station = oneLine(input.policeStation);

  const sections: Section[] = [
    { heading: t.headings.complainant, blocks: [{ kind: 'rows', rows: [
      { label: t.name, value: name },
      { label: t.birthDate, value: oneLine(input.complainant.birthDate) },
      { label: t.address, value: oneLine(input.complainant.address) },
      { label: t.phone, value: oneLine(input.complainant.phone) },
    ] }] },
    { heading: t.headings.accused, blocks: [{ kind: 'rows', rows: [
      { label: t.name, value: accusedName || t.unknownName },
      { label: t.contact, value: oneLine(accused.contact) },
      { label: t.address, value: oneLine(accused.address) },
      { label: t.description, value: multiLine(accused.description) },
    ] }] },
    { heading: t.headings.purpose, blocks: [{ kind: 'paragraphs', paragraphs: [
      t.purposeIntro(crimes.length),
      ...crimes.map((c, i) => `${String(i + 1)}. ${t.crime(c)}`),
    ] }] },
    { heading: t.headings.facts, blocks: [{ kind: 'paragraphs', paragraphs:
      facts.length === 0 ? [t.noFacts] : facts.map((f, i) => `${String(i + 1)}. [${when(f.when)}] ${f.text}`) }] },
    { heading: t.headings.reason, blocks: [{ kind: 'paragraphs', paragraphs: [...(reason ? [reason] : []), ...t.reason] }] },
    { heading: t.headings.evidence, blocks: [
      { kind: 'paragraphs', paragraphs: [t.evidenceGiven(evidence.length), ...(evidence.some((e) => e.sha256) ? [t.evidenceIntro] : [])] },
      ...(evidence.length === 0 ? [] : [{ kind: 'evidence' as const, entries: evidence.map((e) => ({
        label: t.exhibit(e.exhibitNumber),
        lines: [...(e.label ? [e.label] : []), ...(e.sha256 ? [`SHA-256: ${e.sha256}`] : []), ...(e.url ? [`${t.url}: ${e.url}`] : [])],
      })) }]),
    ] },
    { heading: t.headings.related, blocks: [
      { kind: 'rows', rows: t.related.map(([label, value]) => ({ label, value })) },
      { kind: 'paragraphs', paragraphs: [t.relatedNote], note: true },
    ] },
    { heading: t.headings.other, blocks: [{ kind: 'paragraphs', paragraphs: [t.affirmation] }] },
  ];

  return {
    locale,
    t,
    sections,
    date: LETTER_TEXT[locale].day(seoulDay(input.today)),
    signature: t.signature(name),
    addressee: t.addressee(station || null),
  };
}
