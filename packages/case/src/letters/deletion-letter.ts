/**
 * A deletion-request letter as plain text with a fixed layout: who it is to, what the content is,
 * every URL on its own numbered line, whole, the evidence hashes, the Korean law (for Korean
 * services only), what is asked and by when. Jikim sends nothing; the person copies, mails or
 * prints it. Text is NFC-normalised; URLs are kept exactly as recorded, because a different
 * string can be a different page. Personal details appear only if the person gives them. The voice
 * is the person's own unless a support centre writes for them ('centre', in the third person).
 */
import { checkedSha256, checkedWebUrl } from '../errors/checked-input.js';
import { DomainError, type DomainErrorCode } from '../errors/domain-error.js';
import { oneLine } from '../text/plain-text.js';
import { seoulDay } from '../time/seoul-day.js';
import type { ContentKind } from './legal-basis.js';
import { CONTENT_KINDS, citationsFor } from './legal-basis.js';
import type { Addressee, LetterLocale, LetterText, LetterVoice } from './letter-text.js';
import { LETTER_TEXT_EN } from './letter-text-en.js';
import { LETTER_TEXT_KO } from './letter-text-ko.js';

export const LETTER_TEXT: Readonly<Record<LetterLocale, LetterText>> = { ko: LETTER_TEXT_KO, en: LETTER_TEXT_EN };

export interface LetterEvidence {
  readonly label: string;
  readonly sha256: string;
}

export interface DeletionLetterInput {
  readonly locale: LetterLocale;
  readonly service: { readonly name: string; readonly jurisdiction: 'kr' | 'other'; readonly addressee?: Addressee };
  readonly urls: readonly string[];
  readonly contentKind: ContentKind;
  readonly evidence: readonly LetterEvidence[];
  /** Only what the person chooses to put in the letter. */
  readonly requester?: { readonly name?: string; readonly contact?: string };
  readonly respondBy: Date;
  readonly today: Date;
  /** Who speaks: the person (the default) or a support centre for the person, with their consent. */
  readonly voice?: LetterVoice;
}

export interface DeletionLetter {
  readonly subject: string;
  readonly body: string;
}

export class LetterInputError extends DomainError {
  constructor(code: DomainErrorCode, message: string) {
    super(code, message);
    this.name = 'LetterInputError';
  }
}

const invalid = (message: string) => new LetterInputError('letter_input_invalid', message);

function checkedUrls(urls: readonly string[]): string[] {
  const given = urls.filter((u) => u.trim() !== '');
  if (given.length === 0) throw invalid('A letter needs at least one URL');
  return [...new Set(given.map((url) => checkedWebUrl(url, LetterInputError)))];
}

function checkedEvidence(evidence: readonly LetterEvidence[]): LetterEvidence[] {
  const seen = new Set<string>();
  const out: LetterEvidence[] = [];
  for (const e of evidence) {
    const sha256 = checkedSha256(e.sha256, LetterInputError);
    if (seen.has(sha256)) continue;
    seen.add(sha256);
    out.push({ label: oneLine(e.label), sha256 });
  }
  return out;
}

export function buildDeletionLetter(input: DeletionLetterInput): DeletionLetter {
  if (!CONTENT_KINDS.includes(input.contentKind)) throw invalid('Unknown content kind');
  if (!Object.hasOwn(LETTER_TEXT, input.locale)) throw invalid('Unknown language');
  if (input.service.jurisdiction !== 'kr' && input.service.jurisdiction !== 'other') throw invalid('Unknown jurisdiction');
  if (input.service.addressee !== undefined && input.service.addressee !== 'operator' && input.service.addressee !== 'body') throw invalid('Unknown addressee');
  if (input.voice !== undefined && input.voice !== 'person' && input.voice !== 'centre') throw invalid('Unknown voice');
  const base = LETTER_TEXT[input.locale];
  const text: LetterText = input.voice === 'centre' ? { ...base, ...base.centre } : base;
  const service = oneLine(input.service.name);
  if (service === '') throw invalid('Name the service the letter is to');
  if (Number.isNaN(input.today.getTime()) || Number.isNaN(input.respondBy.getTime())) throw new LetterInputError('invalid_date', 'The dates must be valid');
  const today = seoulDay(input.today);
  const respondBy = seoulDay(input.respondBy);
  if (respondBy <= today) throw invalid('The reply date must be after today');
  const urls = checkedUrls(input.urls);
  const evidence = checkedEvidence(input.evidence);
  const citations = citationsFor(input.contentKind, input.service.jurisdiction);
  const name = oneLine(input.requester?.name);
  const contact = oneLine(input.requester?.contact);
  const askNotice = contact !== '' && citations.some((a) => a.id === 'network-act-44-2');
  const by = text.day(respondBy);
  const addressee = input.service.addressee ?? 'operator';

  const section = (lines: readonly string[]) => (lines.length > 0 ? [...lines, ''] : []);
  const body = [
    text.greeting(service),
    '',
    text.opening[addressee][input.contentKind],
    '',
    text.urlsHeading(urls.length),
    ...urls.map((url, i) => `${String(i + 1)}. ${url}`),
    '',
    ...section(evidence.length === 0 ? [] : [
      text.evidenceHeading,
      text.evidenceIntro,
      ...evidence.flatMap((e) => (e.label ? [`- ${e.label}`, `  SHA-256: ${e.sha256}`] : [`- SHA-256: ${e.sha256}`])),
    ]),
    ...section(citations.length === 0 ? [] : [text.legalHeading, ...citations.map(text.citation)]),
    text.asksHeading,
    ...text.asks[addressee](by).map((ask, i) => `${String(i + 1)}. ${ask}`),
    '',
    ...section(askNotice ? [text.noticeToContact] : []),
    text.closing,
    '',
    text.dated(text.day(today)),
    ...(name ? [`${text.nameLabel}: ${name}`] : []),
    ...(contact ? [`${text.contactLabel}: ${contact}`] : []),
  ].join('\n');

  return { subject: text.subject(input.contentKind, urls.length, by), body: `${body}\n` };
}
