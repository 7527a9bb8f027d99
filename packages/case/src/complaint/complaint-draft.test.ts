import { describe, expect, it } from 'vitest';
import { COMPLAINT_TEXT } from './complaint-document.js';
import { buildComplaintText } from './complaint-draft.js';
import { ComplaintInputError } from './complaint-input.js';
import { consultFirstNotice } from './consult-first.js';
import { fixtureComplaint, HASH_A, HASH_B, LONG_URL, manyEvidence, nfd, POST_URL } from '../../test/complaint-fixtures.js';
import { CRIME_IDS, CRIMES } from './crimes.js';

const lines = (text: string) => text.split('\n');
const inOrder = (text: string, parts: readonly string[]) => {
  let last = -1;
  for (const part of parts) {
    const at = text.indexOf(part, last + 1);
    expect(at, part.slice(0, 60)).toBeGreaterThan(last);
    last = at;
  }
};

describe.each(['ko', 'en'] as const)('the %s complaint', (locale) => {
  const t = COMPLAINT_TEXT[locale];
  const text = buildComplaintText(fixtureComplaint(), locale);

  it('opens with the consult-first note to the person, set apart from the complaint', () => {
    const [first, second] = lines(text);
    expect(first).toBe(t.noticeHeading);
    expect(second).toBe(consultFirstNotice(locale));
    expect(consultFirstNotice(locale)).toContain('02-735-8994');
    expect(consultFirstNotice(locale)).toContain('1366');
    inOrder(text, [consultFirstNotice(locale), '─'.repeat(40), t.title]);
  });

  it('has the sections of the standard form, in order, then the date, signature and addressee', () => {
    inOrder(text, [t.title, ...Object.values(t.headings), locale === 'ko' ? '2026년 11월 28일' : '28 November 2026', t.signature('김지킴'), t.addressee('서울마포경찰서')]);
    expect(lines(text).at(-2)).toBe(locale === 'ko' ? '서울마포경찰서장 귀하' : 'To the Chief of 서울마포경찰서');
  });

  it('is NFC throughout, from decomposed input', () => {
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toContain(nfd('김지킴'));
    expect(lines(text)).toContain(`${t.name}: 김지킴`);
  });

  it('prints the chosen crimes with their articles, in the law’s order', () => {
    const [filming, distribution] = CRIMES.filter((c) => c.id === 'illegal-filming' || c.id === 'distribution');
    if (!filming || !distribution) throw new Error('fixture crimes missing');
    inOrder(text, [t.purposeIntro(2), `1. ${t.crime(filming)}`, `2. ${t.crime(distribution)}`]);
    expect(text).toContain(locale === 'ko'
      ? '1. 「성폭력범죄의 처벌 등에 관한 특례법」 제14조제1항(카메라 등을 이용한 촬영) 위반'
      : '1. Violation of the Act on Special Cases Concerning the Punishment of Sexual Crimes, Article 14(1) (Filming Using Cameras, etc.)');
    expect(text).toContain(locale === 'ko' ? '제14조제2항' : 'Article 14(2)');
  });

  it('lists the facts in time order, undated last, with Korea time', () => {
    inOrder(text, ['1. [2026-09-30', '동의 없이', '2. [2026-10-04 10:12:09 KST] ', `3. [${t.dateUnknown}] `]);
    expect(text).not.toContain('4. [');
  });

  it('lists the evidence in exhibit order with whole, lower-case hashes and URLs', () => {
    inOrder(text, [t.evidenceGiven(3), `- ${t.exhibit(1)}`, `  SHA-256: ${HASH_B}`, `- ${t.exhibit(2)}`, `  SHA-256: ${HASH_A}`, `  ${t.url}: ${POST_URL}`, `- ${t.exhibit(3)}`]);
    expect(lines(text)).toContain(`  ${t.url}: ${LONG_URL}`);
    expect(LONG_URL).toHaveLength(3000);
  });

  it('leaves the related-case boxes for the person to mark', () => {
    for (const [label] of t.related) expect(text).toContain(label);
    expect(text).not.toContain('■ 있습니다');
  });

  it('names an unknown accused as such, with the description', () => {
    const unknown = buildComplaintText(fixtureComplaint({ accused: { known: false, name: '잘못 들어간 이름', description: nfd('키가 크고 검은 모자') } }), locale);
    expect(lines(unknown)).toContain(`${t.name}: ${t.unknownName}`);
    expect(unknown).toContain(`${t.description}: 키가 크고 검은 모자`);
    expect(unknown).not.toContain('잘못 들어간 이름');
    expect(t.unknownName).toContain('성명 불상');
  });

  it('keeps all 50 evidence items, in order', () => {
    const many = buildComplaintText(fixtureComplaint({ evidence: manyEvidence(50).reverse() }), locale);
    inOrder(many, Array.from({ length: 50 }, (_, i) => `- ${t.exhibit(i + 1)}\n  게시물 ${String(i + 1)}\n  SHA-256: ${(i + 1).toString(16).padStart(64, '0')}`));
    expect(many).toContain('https://files.example.com/v/050');
  });

  it('prints every crime’s article when all are chosen, and none when none are', () => {
    const all = buildComplaintText(fixtureComplaint({ crimes: [...CRIME_IDS] }), locale);
    CRIMES.forEach((crime, i) => expect(all).toContain(`${String(i + 1)}. ${t.crime(crime)}`));
    const none = buildComplaintText(fixtureComplaint({ crimes: [], policeStation: '  ' }), locale);
    expect(none).toContain(t.purposeIntro(0));
    expect(lines(none).at(-2)).toBe(t.addressee(null));
    expect(all).not.toMatch(/porn|포르노|야동|음란물/iu);
  });

  it('says the English is a rendering and the Korean is to be filed', () => {
    if (locale === 'en') expect(text).toContain('English rendering for reference; file the Korean version.');
    else expect(text).not.toContain('English rendering');
  });
});

describe('input checks', () => {
  it.each([
    ['no complainant name', { complainant: { name: ' ' } }],
    ['a bad hash', { evidence: [{ exhibitNumber: 1, label: 'x', sha256: 'abc' }] }],
    ['a non-web URL', { evidence: [{ exhibitNumber: 1, label: 'x', url: 'javascript:alert(1)' }] }],
    ['an exhibit twice', { evidence: [{ exhibitNumber: 1, label: 'x' }, { exhibitNumber: 1, label: 'y' }] }],
  ])('refuses %s', (_, overrides) => {
    expect(() => buildComplaintText(fixtureComplaint(overrides), 'ko')).toThrow(ComplaintInputError);
  });

  it('refuses an unknown crime', () => {
    expect(() => buildComplaintText(fixtureComplaint({ crimes: ['porn' as never] }), 'ko')).toThrow('Unknown crime');
  });

  it('says when there is no evidence beyond the statement', () => {
    const text = buildComplaintText(fixtureComplaint({ evidence: [], facts: [] }), 'ko');
    expect(text).toContain('■ 고소인은 고소인의 진술 외에 제출할 증거가 없습니다.');
    expect(text).toContain(COMPLAINT_TEXT.ko.noFacts);
  });
});
