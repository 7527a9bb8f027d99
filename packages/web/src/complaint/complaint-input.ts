/**
 * What the guided form collects, checked and cleaned before it is laid out. Text is NFC (Korean
 * typed on a Mac arrives decomposed); one-line fields have their whitespace collapsed; URLs and
 * hashes are never shortened. URLs are kept exactly as recorded (trimmed): a differently written
 * URL can be a different page.
 */
import type { CrimeId } from './crimes.js';

export interface ComplaintFact {
  /** An instant (ISO 8601 with offset) or a date-only YYYY-MM-DD, or null if not known. */
  readonly when: string | null;
  readonly text: string;
}

export interface ComplaintEvidence {
  readonly exhibitNumber: number;
  readonly label: string;
  readonly sha256?: string;
  readonly url?: string;
}

export interface ComplaintInput {
  readonly complainant: { readonly name: string; readonly birthDate?: string; readonly address?: string; readonly phone?: string };
  readonly accused: {
    readonly known: boolean;
    readonly name?: string;
    readonly contact?: string;
    readonly address?: string;
    readonly description?: string;
  };
  readonly facts: readonly ComplaintFact[];
  readonly crimes: readonly CrimeId[];
  readonly evidence: readonly ComplaintEvidence[];
  /** What the person adds in their own words under 고소이유, before the standard sentence. */
  readonly reason?: string;
  readonly policeStation?: string;
  readonly today: Date;
}

export class ComplaintInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ComplaintInputError';
  }
}

const SHA256 = /^[0-9a-f]{64}$/iu;

/** One line: NFC, whitespace (line breaks too) collapsed, trimmed. */
export const oneLine = (s: string | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();

/** Paragraphs kept: NFC, line endings as \n, trailing spaces and blank edges removed. */
export const multiLine = (s: string | undefined): string =>
  (s ?? '').normalize('NFC').replace(/\r\n?/gu, '\n').replace(/[ \t]+$/gmu, '').trim();

function checkedUrl(url: string): string {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new ComplaintInputError(`Not a URL: ${url.slice(0, 100)}`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new ComplaintInputError(`Not a web address: ${url.slice(0, 100)}`);
  return url;
}

export interface CheckedEvidence {
  readonly exhibitNumber: number;
  readonly label: string;
  readonly sha256: string | null;
  readonly url: string | null;
}

/** Every item, in exhibit-number order; numbers must be positive and distinct. */
export function checkedEvidence(evidence: readonly ComplaintEvidence[]): CheckedEvidence[] {
  const seen = new Set<number>();
  const out = evidence.map((e) => {
    if (!Number.isInteger(e.exhibitNumber) || e.exhibitNumber < 1) throw new ComplaintInputError(`Not an exhibit number: ${String(e.exhibitNumber)}`);
    if (seen.has(e.exhibitNumber)) throw new ComplaintInputError(`Exhibit ${String(e.exhibitNumber)} is listed twice`);
    seen.add(e.exhibitNumber);
    const sha256 = e.sha256 === undefined || e.sha256.trim() === '' ? null : e.sha256.trim();
    if (sha256 !== null && !SHA256.test(sha256)) throw new ComplaintInputError(`Not a SHA-256 hash: ${sha256.slice(0, 80)}`);
    const url = e.url === undefined || e.url.trim() === '' ? null : checkedUrl(e.url.trim());
    return { exhibitNumber: e.exhibitNumber, label: oneLine(e.label), sha256: sha256?.toLowerCase() ?? null, url };
  });
  return out.sort((a, b) => a.exhibitNumber - b.exhibitNumber);
}

/**
 * Facts in time order: dated facts by instant (a date-only fact at the start of its day in Korea),
 * the same instant keeping the order given; undated facts after them, as given. Empty facts dropped.
 */
export function orderedFacts(facts: readonly ComplaintFact[]): { when: string | null; text: string }[] {
  const at = (when: string | null) => (when === null ? NaN : Date.parse(/^\d{4}-\d{2}-\d{2}$/u.test(when) ? `${when}T00:00:00+09:00` : when));
  return facts
    .map((f, i) => ({ when: f.when?.trim() || null, text: multiLine(f.text), i, ms: at(f.when?.trim() || null) }))
    .filter((f) => f.text !== '')
    .sort((a, b) => (Number.isNaN(a.ms) ? 1 : 0) - (Number.isNaN(b.ms) ? 1 : 0) || (a.ms - b.ms || 0) || a.i - b.i)
    .map(({ when, text }) => ({ when, text }));
}
