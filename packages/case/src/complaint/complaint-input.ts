/**
 * What the guided form collects, checked and cleaned before it is laid out. Text is NFC (Korean
 * typed on a Mac arrives decomposed); one-line fields have their whitespace collapsed; URLs and
 * hashes are never shortened. URLs are kept exactly as recorded (trimmed): a differently written
 * URL can be a different page.
 */
import { checkedSha256, checkedWebUrl } from '../errors/checked-input.js';
import { DomainError, type DomainErrorCode } from '../errors/domain-error.js';
import { multiLine, oneLine } from '../text/plain-text.js';
import type { CrimeId } from './crimes.js';
import { isDateOnly, seoulDayStart } from '../time/seoul-day.js';

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

export class ComplaintInputError extends DomainError {
  constructor(code: DomainErrorCode, message: string) {
    super(code, message);
    this.name = 'ComplaintInputError';
  }
}

export const invalidComplaint = (message: string): ComplaintInputError => new ComplaintInputError('complaint_input_invalid', message);

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
    if (!Number.isInteger(e.exhibitNumber) || e.exhibitNumber < 1) throw invalidComplaint('An exhibit number must be a whole number from 1');
    if (seen.has(e.exhibitNumber)) throw invalidComplaint('An exhibit number is listed twice');
    seen.add(e.exhibitNumber);
    const sha256 = e.sha256 === undefined || e.sha256.trim() === '' ? null : checkedSha256(e.sha256, ComplaintInputError);
    const url = e.url === undefined || e.url.trim() === '' ? null : checkedWebUrl(e.url, ComplaintInputError);
    return { exhibitNumber: e.exhibitNumber, label: oneLine(e.label), sha256, url };
  });
  return out.sort((a, b) => a.exhibitNumber - b.exhibitNumber);
}

/**
 * Facts in time order: dated facts by instant (a date-only fact at the start of its day in Korea),
 * the same instant keeping the order given; undated facts after them, as given. Empty facts dropped.
 */
export function orderedFacts(facts: readonly ComplaintFact[]): { when: string | null; text: string }[] {
  const at = (when: string | null) => (when === null ? NaN : Date.parse(isDateOnly(when) ? seoulDayStart(when) : when));
  return facts
    .map((f, i) => ({ when: f.when?.trim() || null, text: multiLine(f.text), i, ms: at(f.when?.trim() || null) }))
    .filter((f) => f.text !== '')
    .sort((a, b) => (Number.isNaN(a.ms) ? 1 : 0) - (Number.isNaN(b.ms) ? 1 : 0) || (a.ms - b.ms || 0) || a.i - b.i)
    .map(({ when, text }) => ({ when, text }));
}
