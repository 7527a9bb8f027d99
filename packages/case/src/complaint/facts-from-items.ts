/**
 * A first draft of the facts (범죄사실) from the evidence items: one fact per item, in the timeline's order,
 * each a plain sentence from what the item records (a post at a URL on a site by a poster ID; a
 * message from a number; a kept file with its hash). Nothing is guessed or judged: the person
 * edits them in the form. A fact is dated by when the thing happened (or, for a web page, when it
 * was seen), never by when it was added to the record.
 */
import type { ScenarioId } from '@jikim/guide';
import type { EvidenceItem, EvidenceState } from '../evidence/evidence-item.js';
import { evidenceTimeline } from '../evidence/evidence-item.js';
import { formatInstant } from '../report/report-time.js';
import { reportText } from '../report/report-text.js';
import type { ComplaintFact } from './complaint-input.js';
import type { ComplaintLocale } from './complaint-text.js';

type Sentence = (item: EvidenceItem, s: EvidenceState, at: (iso: string) => string) => string;

const list = (parts: readonly (readonly [string, string | undefined])[], sep: string) =>
  parts.filter(([, v]) => v?.trim()).map(([k, v]) => `${k} ${v?.trim() ?? ''}`).join(sep);

const KO: Readonly<Record<EvidenceItem['kind'], Sentence>> = {
  web: (_, s, at) => {
    const details = list([['게시자 아이디:', s.web?.posterId], ['주소:', s.web?.url]], ', ');
    const seen = s.web?.seenAt ? ` 고소인은 이 게시물을 ${at(s.web.seenAt)}에 확인했습니다.` : '';
    return `${s.web?.site?.trim() || '인터넷 사이트'}에 게시물이 올라왔습니다${details ? `(${details})` : ''}.${seen}`;
  },
  message: (_, s) => {
    const from = s.message?.senderNumber ? `${s.message.senderNumber} 번호로부터` : '';
    const text = s.message?.text?.trim() ? ` 내용: "${s.message.text.trim()}"` : '';
    return `${from ? `${from} ` : ''}고소인에게 메시지가 왔습니다.${text}`;
  },
  file: (item) => (item.file ? `고소인이 보관하고 있는 파일: "${item.file.name}"(SHA-256: ${item.file.sha256}).` : '고소인이 보관하고 있는 파일이 있습니다.'),
  clue: (_, s) => `고소인이 기록한 단서: ${list([['장소', s.clue?.place], ['기기', s.clue?.phoneModel], ['인상착의', s.clue?.appearance], ['목격자', s.clue?.witnesses]], ', ') || s.title?.trim() || '-'}.`,
  note: (_, s) => `고소인의 기록: ${s.description?.trim() || s.title?.trim() || '-'}`,
};

const EN: Readonly<Record<EvidenceItem['kind'], Sentence>> = {
  web: (_, s, at) => {
    const details = list([['poster ID:', s.web?.posterId], ['address:', s.web?.url]], '; ');
    const seen = s.web?.seenAt ? ` The complainant saw it on ${at(s.web.seenAt)}.` : '';
    return `A post appeared on ${s.web?.site?.trim() || 'a website'}${details ? ` (${details})` : ''}.${seen}`;
  },
  message: (_, s) => {
    const from = s.message?.senderNumber ? ` from ${s.message.senderNumber}` : '';
    const text = s.message?.text?.trim() ? ` It read: "${s.message.text.trim()}"` : '';
    return `A message was sent to the complainant${from}.${text}`;
  },
  file: (item) => (item.file ? `The complainant keeps the file "${item.file.name}" (SHA-256: ${item.file.sha256}).` : 'The complainant keeps a file.'),
  clue: (_, s) => `A clue the complainant recorded: ${list([['place', s.clue?.place], ['device', s.clue?.phoneModel], ['appearance', s.clue?.appearance], ['witnesses', s.clue?.witnesses]], '; ') || s.title?.trim() || '-'}.`,
  note: (_, s) => `The complainant's note: ${s.description?.trim() || s.title?.trim() || '-'}`,
};

export interface FactsOptions {
  readonly scenario?: ScenarioId;
  /** Exhibit numbers by item id, to point each fact at its evidence. */
  readonly exhibitNumbers?: ReadonlyMap<string, number>;
}

/** A fact drafted from one item: its id and version let a form keep each fact with its own item. */
export interface ItemFact extends ComplaintFact {
  readonly itemId: string;
  /** Changes whenever the item is corrected, so a stale draft of it is never shown. */
  readonly version: string;
}

export function factsFromItems(items: readonly EvidenceItem[], locale: ComplaintLocale, options: FactsOptions = {}): ItemFact[] {
  const t = reportText(locale);
  const at = (iso: string) => formatInstant(iso, t);
  const sentences = locale === 'ko' ? KO : EN;
  return evidenceTimeline(items, options.scenario).map(({ item, state }) => {
    const when = state.occurredAt ?? state.web?.postedAt ?? state.message?.sentAt ?? state.web?.seenAt ?? null;
    const exhibit = options.exhibitNumbers?.get(item.id);
    const ref = exhibit === undefined ? '' : ` (${t.exhibit(exhibit)})`;
    const text = `${sentences[item.kind](item, state, at)}${ref}`.normalize('NFC');
    return { itemId: item.id, version: `${item.id}:${String(item.events.length)}:${String(exhibit ?? '')}`, when, text };
  });
}
