/**
 * One language per page: no English words in the Korean interface and no Korean in the English one,
 * except a short list of terms, each with its reason below. A foreign proper name (eSafety,
 * StopNCII.org) may appear only with its translation beside it in brackets: "eSafety(호주
 * 온라인안전위원회)", "Draft a criminal complaint (고소장)".
 *
 * Walks every string of the locker's and the public site's message sets (functions are called with
 * sample arguments) and every name from the guide data the locker shows: reporting channels,
 * sources' publishers, official links, organisations, threat steps and advice.
 */
import {
  accompanyingOrganisations, organisations, reportingChannels, stationAdvice, stationLinks, threatAdvice, threatStep, THREAT_STEP_IDS,
  type Text,
} from '@jikim/guide';
import { describe, expect, it } from 'vitest';
import { en as siteEn } from './i18n/en.js';
import { ko as siteKo } from './i18n/ko.js';
import { en as lockerEn } from './locker-app/i18n/en.js';
import { ko as lockerKo } from './locker-app/i18n/ko.js';
import { helpEn } from './locker-app/help/i18n/help-en.js';
import { helpKo } from './locker-app/help/i18n/help-ko.js';

type Found = readonly [where: string, text: string];

/** Every string inside a message set, with its path; a function is called with sample arguments. */
function stringsOf(value: unknown, where: string): Found[] {
  if (typeof value === 'string') return [[where, value]];
  if (typeof value === 'function') return stringsOf((value as (...args: unknown[]) => unknown)(3, 7, 12), `${where}()`);
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${where}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${where}.${k}`));
  return [];
}

/** Both sides of every name and text from the guide data that the locker or the site shows. */
function guideTexts(): (readonly [where: string, text: Text])[] {
  const sources = [...threatAdvice, ...stationLinks, ...accompanyingOrganisations].flatMap((item) => item.sources);
  const advice = stationAdvice('unsure');
  return [
    ...reportingChannels.map((c) => [`channel ${c.id}`, c.name] as const),
    ...sources.map((s) => [`publisher of ${s.url}`, s.publisher] as const),
    ...stationLinks.flatMap((l) => [[`link ${l.id}`, l.name], [`link ${l.id} purpose`, l.purpose]] as const),
    ...organisations.flatMap((o) => [[`organisation ${o.id}`, o.name], [`organisation ${o.id} helps with`, o.helpsWith]] as const),
    ...threatAdvice.flatMap((a) => [[`advice ${a.id}`, a.title], [`advice ${a.id} body`, a.body]] as const),
    ...THREAT_STEP_IDS.flatMap((id) => [[`step ${id}`, threatStep(id).title], [`step ${id} detail`, threatStep(id).detail]] as const),
    ['station where (own area)', advice.where],
    ['station where (offender area)', stationAdvice(true).where],
    ...(advice.unsure ? [['station unsure', advice.unsure] as const] : []),
  ];
}

/**
 * Latin-letter terms a Korean reader meets as they are, each with its reason. Anything else in
 * Latin letters in the Korean interface fails the test.
 */
const KOREAN_ALLOWS: Readonly<Record<string, string>> = {
  PDF: 'the file format, written so in Korean (PDF 파일)',
  URL: 'always shown beside 주소: "게시물 주소(URL)"',
  'SHA-256': 'the name of the hash the police check; shown as 해시',
  A4: 'the paper size, written so in Korea',
  IP: 'IP 주소, written so in Korean',
  Shift: 'the key is labelled so on every keyboard',
  JTBC: 'a Korean broadcaster whose Korean name is written in Latin letters; there is no other name',
};

/** Foreign proper names, allowed only with a Korean translation or explanation beside them in brackets. */
const KOREAN_PROPER_NAMES = ['Report Harmful Content', 'StopNCII.org', 'Take It Down', 'eSafety', 'Scamwatch', 'Pornhub', 'ECRM', 'X'];

/** Korean words the English interface keeps, each with its reason; all but the language name must come with a translation. */
const ENGLISH_ALLOWS: Readonly<Record<string, string>> = {
  지킴: 'the app’s own name, shown as “Jikim (지킴, “protecting”)”',
  고소장: 'the Korean police form’s name, which the person will hear at the station; shown after its translation',
};

/** The language switch names the other language in that language (marked with its lang), as a string of its own. */
const LANGUAGE_NAMES = { ko: 'English', en: '한국어' } as const;

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-'’.][A-Za-z0-9]+)*/gu;
const HANGUL_WORD = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+/gu;

/**
 * Whether the name at `index` comes with a translation: followed by "(…한글…)", or inside brackets
 * that hold Hangul or follow a Hangul word ("신고시스템(ECRM)"). `translated` tests the other script.
 */
function withTranslation(text: string, index: number, length: number, translated: RegExp): boolean {
  const after = text.slice(index + length);
  const next = /^\s?\(([^)]*)\)/u.exec(after);
  if (next?.[1] && translated.test(next[1])) return true;
  const open = text.lastIndexOf('(', index);
  const close = text.indexOf(')', index);
  if (open < 0 || close < 0 || text.slice(open, index).includes(')')) return false;
  const inside = text.slice(open + 1, close);
  const before = text.slice(0, open).trimEnd().slice(-1);
  return translated.test(inside.replace(text.slice(index, index + length), '')) || translated.test(before);
}

/** The Latin-letter words of a Korean string that are neither allowed terms nor translated names. */
function englishIn(text: string): string[] {
  if (text === LANGUAGE_NAMES.ko) return [];
  let rest = text;
  for (const name of KOREAN_PROPER_NAMES) {
    const pattern = new RegExp(`(?<![A-Za-z])${name.replace(/[.]/gu, '\\.')}(?![A-Za-z])`, 'gu');
    rest = rest.replace(pattern, (match, offset: number) => (withTranslation(rest, offset, match.length, HANGUL) ? ' '.repeat(match.length) : match));
  }
  rest = rest
    .replace(/\{[A-Za-z]+\}/gu, ' ') // {page}: a placeholder filled in at run time
    .replace(/(?<![A-Za-z0-9])\.[a-z0-9]{2,4}\b/gu, ' ') // (.zip): an extension as the device shows it
    .replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|kr)\b/gu, ' ') // mynews-room.com: an address, not a word
    .replace(/\b(?:document|archive|file)-/gu, ' '); // how the names of saved files start, for finding them in a files app
  return (rest.match(LATIN_WORD) ?? []).filter((word) => !(word in KOREAN_ALLOWS));
}

/** The Hangul words of an English string that are not allowed, translated terms. */
function koreanIn(text: string): string[] {
  if (text === LANGUAGE_NAMES.en) return [];
  const found: string[] = [];
  for (const match of text.matchAll(HANGUL_WORD)) {
    const word = match[0];
    if (!(word in ENGLISH_ALLOWS && withTranslation(text, match.index, word.length, /[A-Za-z]/u))) found.push(word);
  }
  return found;
}

const koreanStrings: Found[] = [
  ...stringsOf(lockerKo, 'locker ko'),
  ...stringsOf(helpKo, 'help ko'),
  ...stringsOf(siteKo, 'site ko'),
  ...guideTexts().map(([where, text]) => [`${where} (ko)`, text.ko] as const),
];
const englishStrings: Found[] = [
  ...stringsOf(lockerEn, 'locker en'),
  ...stringsOf(helpEn, 'help en'),
  ...stringsOf(siteEn, 'site en'),
  ...guideTexts().map(([where, text]) => [`${where} (en)`, text.en] as const),
];

describe('one language per interface', () => {
  it('reads every message and guide name (the walk itself works)', () => {
    expect(koreanStrings.length).toBeGreaterThan(400);
    expect(englishStrings.length).toBe(koreanStrings.length);
    expect(koreanStrings.some(([where]) => where === 'channel stopncii (ko)')).toBe(true);
  });

  it('has no English words in the Korean interface, except the allowed terms and translated names', () => {
    const english = koreanStrings.flatMap(([where, text]) => englishIn(text).map((word) => `${where}: ${word} — ${text}`));
    expect(english).toEqual([]);
  });

  it('has no Korean in the English interface, except names shown with their translation', () => {
    const korean = englishStrings.flatMap(([where, text]) => koreanIn(text).map((word) => `${where}: ${word} — ${text}`));
    expect(korean).toEqual([]);
  });
});

describe('the language check itself', () => {
  it('finds English in Korean text, and the MIME types and file names the locker used to show', () => {
    expect(englishIn('증거 묶음에는 manifest.json, SHA256SUMS가 들어 있어요')).toEqual(['manifest.json', 'SHA256SUMS']);
    expect(englishIn('image/jpeg')).toEqual(['image', 'jpeg']);
    expect(englishIn('JavaScript가 필요해요')).toEqual(['JavaScript']);
  });

  it('lets a foreign name through only with its translation beside it', () => {
    expect(englishIn('eSafety Commissioner (Australian Government)')).toEqual(['eSafety', 'Commissioner', 'Australian', 'Government']);
    expect(englishIn('eSafety')).toEqual(['eSafety']);
    expect(englishIn('eSafety(호주 온라인안전위원회)')).toEqual([]);
    expect(englishIn('경찰청 사이버범죄 신고시스템(ECRM)')).toEqual([]);
    expect(englishIn('Pornhub(폰허브, 운영사 에일로)')).toEqual([]);
    expect(englishIn('X(옛 트위터)')).toEqual([]);
    expect(englishIn('X 버튼을 누르세요')).toEqual(['X']);
  });

  it('allows the listed terms, placeholders, extensions and addresses', () => {
    expect(englishIn('PDF 보고서, 증거 묶음(.zip), 게시물 주소(URL), SHA-256 해시, 이전 페이지: {page}, mynews-room.com (블로그)')).toEqual([]);
  });

  it('finds Korean in English text unless it is an allowed name with its translation', () => {
    expect(koreanIn('Draft a criminal complaint (고소장)')).toEqual([]);
    expect(koreanIn('고소장')).toEqual(['고소장']);
    expect(koreanIn('JTBC (다음 뉴스 게재)')).toEqual(['다음', '뉴스', '게재']);
    expect(koreanIn('한국어')).toEqual([]);
    expect(koreanIn('Switch to 한국어')).toEqual(['한국어']);
    expect(englishIn('English')).toEqual([]);
    expect(englishIn('English로 보기')).toEqual(['English']);
  });
});
