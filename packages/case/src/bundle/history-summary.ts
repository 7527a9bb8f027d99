/**
 * One line for each event of an item's history, in the bundle's language: what was done and which
 * fields it touched ("Corrected: title, web address"). The values themselves are in the manifest's
 * current fields; the line says what changed and when, which is what a court asks of the record.
 */
import type { EvidenceEvent, EvidenceFields } from '../evidence/evidence-item.js';

type Locale = 'ko' | 'en';

const ACTIONS: Record<EvidenceEvent['action'], Record<Locale, string>> = {
  added: { ko: '추가함', en: 'Added' },
  described: { ko: '설명을 덧붙임', en: 'Described' },
  corrected: { ko: '정정함', en: 'Corrected' },
};

const LABELS: Record<string, Record<Locale, string>> = {
  file: { ko: '파일', en: 'file' },
  title: { ko: '제목', en: 'title' },
  description: { ko: '설명', en: 'description' },
  occurredAt: { ko: '일어난 때', en: 'when it happened' },
  'web.url': { ko: '웹 주소', en: 'web address' },
  'web.site': { ko: '사이트', en: 'site' },
  'web.posterId': { ko: '게시자 ID', en: "poster's ID" },
  'web.postedAt': { ko: '게시 시각', en: 'when it was posted' },
  'web.seenAt': { ko: '확인 시각', en: 'when it was seen' },
  'message.senderNumber': { ko: '발신 번호', en: "sender's number" },
  'message.text': { ko: '메시지 내용', en: 'message text' },
  'message.sentAt': { ko: '보낸 시각', en: 'when it was sent' },
  'clue.phoneModel': { ko: '휴대폰 기종', en: 'phone model' },
  'clue.appearance': { ko: '인상착의', en: 'appearance' },
  'clue.place': { ko: '장소', en: 'place' },
  'clue.witnesses': { ko: '목격자', en: 'witnesses' },
};

const filled = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/**
 * The fields an event fills, as dotted keys in a fixed order. Empty inputs are not what the person
 * added, so they are left out: "Added: title, web address" lists only fields with a value.
 */
function touched(fields: EvidenceFields): { filled: string[]; cleared: string[] } {
  const filledKeys: string[] = [];
  const clearedKeys: string[] = [];
  const visit = (key: string, value: unknown) => {
    if (filled(value)) filledKeys.push(key);
    else if (value === '' || value === null) clearedKeys.push(key);
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== null && typeof value === 'object') for (const [sub, v] of Object.entries(value)) visit(`${key}.${sub}`, v);
    else visit(key, value);
  }
  const order = Object.keys(LABELS);
  const sorted = (keys: string[]) => keys.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { filled: sorted(filledKeys), cleared: sorted(clearedKeys) };
}

const CLEARED: Record<Locale, (label: string) => string> = {
  ko: (label) => `${label}(지움)`,
  en: (label) => `${label} (removed)`,
};

export function summariseEvent(event: EvidenceEvent, locale: Locale, withFile: boolean): string {
  const { filled: keys, cleared } = touched(event.fields);
  if (withFile) keys.unshift('file');
  const label = (key: string) => (LABELS[key] ? [LABELS[key][locale]] : []);
  // An empty value is "not given" when an item is added, but a correction that empties a field removed what it said.
  const labels = [...keys.flatMap(label), ...(event.action === 'added' ? [] : cleared.flatMap((key) => label(key).map(CLEARED[locale])))];
  const action = ACTIONS[event.action][locale];
  return labels.length > 0 ? `${action}: ${labels.join(', ')}` : action;
}
