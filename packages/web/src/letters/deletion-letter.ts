/**
 * A deletion-request letter as plain text with a fixed layout: who it is to, what the content is,
 * every URL on its own numbered line, whole, the evidence hashes, the Korean law (for Korean
 * services only), what is asked and by when. Jikim sends nothing; the person copies, mails or
 * prints it. Text is NFC-normalised; URLs are kept exactly as recorded, because a different
 * string can be a different page. Personal details appear only if the person gives them.
 */
import { seoulDay } from '../tracker/seoul-days.js';
import type { ContentKind } from './legal-basis.js';
import { CONTENT_KINDS, citationsFor } from './legal-basis.js';
import type { Addressee, LetterLocale, LetterText } from './letter-text.js';
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
}

export interface DeletionLetter {
  readonly subject: string;
  readonly body: string;
}

export class LetterInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LetterInputError';
  }
}

const SHA256 = /^[0-9a-f]{64}$/iu;

/** One line of text: NFC, whitespace (including line breaks) collapsed, trimmed. */
const oneLine = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();

function checkedUrls(urls: readonly string[]): string[] {
  const out = [...new Set(urls.map((u) => u.trim()).filter((u) => u !== ''))];
  if (out.length === 0) throw new LetterInputError('A letter needs at least one URL');
  for (const url of out) {
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      throw new LetterInputError(`Not a URL: ${url.slice(0, 100)}`);
    }
    if (protocol !== 'http:' && protocol !== 'https:') throw new LetterInputError(`Not a web address: ${url.slice(0, 100)}`);
  }
  return out;
}

function checkedEvidence(evidence: readonly LetterEvidence[]): LetterEvidence[] {
  const seen = new Set<string>();
  const out: LetterEvidence[] = [];
  for (const e of evidence) {
    if (!SHA256.test(e.sha256)) throw new LetterInputError(`Not a SHA-256 hash: ${e.sha256.slice(0, 80)}`);
    const sha256 = e.sha256.toLowerCase();
    if (seen.has(sha256)) continue;
    seen.add(sha256);
    out.push({ label: oneLine(e.label), sha256 });
  }
  return out;
}

export function buildDeletionLetter(input: DeletionLetterInput): DeletionLetter {
  if (!CONTENT_KINDS.includes(input.contentKind)) throw new LetterInputError(`Unknown content kind "${String(input.contentKind)}"`);
  const text = LETTER_TEXT[input.locale];
  const service = oneLine(input.service.name);
  if (service === '') throw new LetterInputError('Name the service the letter is to');
  const today = seoulDay(input.today);
  const respondBy = seoulDay(input.respondBy);
  if (respondBy <= today) throw new LetterInputError('The reply date must be after today');
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
