import { describe, expect, it } from 'vitest';
import { buildDeletionLetter, LetterInputError } from './deletion-letter.js';
import { CONTENT_KINDS } from './legal-basis.js';
import { foreignService, HASH_A, HASH_B, koreanService, LONG_URL, manyUrls, nfd } from '../../test/letter-fixtures.js';

const lines = (body: string) => body.split('\n');
const NOT_THESE_WORDS = /porn|포르노|야동|음란/iu;

describe('a letter to a Korean service, in Korean', () => {
  const letter = buildDeletionLetter(koreanService());

  it('says what the content is, names every URL and asks for removal and a reply by the date', () => {
    expect(letter.subject).toBe('[삭제 요청] 불법촬영물 삭제 요청 (URL 2건, 2026년 12월 5일까지 회신 요청)');
    const body = lines(letter.body);
    expect(body[0]).toBe('예시 커뮤니티 담당자께');
    expect(letter.body).toContain('불법촬영물의 삭제를 요청합니다');
    expect(letter.body).toContain('제 동의 없이 촬영되었고');
    expect(body).toContain('게시된 주소 (2건):');
    expect(body).toContain('1. https://community.example.kr/board/123?page=1&sort=new');
    expect(body).toContain('2. https://community.example.kr/board/456');
    expect(body).toContain('2. 삭제 결과를 2026년 12월 5일까지 서면(전자우편 포함)으로 알려 주십시오.');
    expect(body).toContain('작성일: 2026년 11월 28일');
  });

  it('normalises Korean typed as NFD to NFC', () => {
    expect(letter.body).toBe(letter.body.normalize('NFC'));
    expect(letter.body).toContain('예시 커뮤니티'.normalize('NFC'));
    expect(letter.body).not.toContain(nfd('예시 커뮤니티'));
  });

  it('lists the evidence hashes in lower case', () => {
    expect(letter.body).toContain(`- 게시물 화면\n  SHA-256: ${HASH_A}`);
    expect(letter.body).toContain(`- video.mp4\n  SHA-256: ${HASH_B}`);
  });

  it('cites the deletion-request right, the operator duty and the filming offence, and nothing else', () => {
    expect(letter.body).toContain('법적 근거');
    expect(letter.body).toContain('- 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2(정보의 삭제요청 등):');
    expect(letter.body).toContain('- 「전기통신사업법」 제22조의5(부가통신사업자의 불법촬영물 등 유통방지):');
    expect(letter.body).toContain('- 「성폭력범죄의 처벌 등에 관한 특례법」 제14조(카메라 등을 이용한 촬영):');
    expect(letter.body).not.toMatch(/제14조의[23]|제44조의7/u);
  });

  it('holds no personal details unless given', () => {
    expect(letter.body).not.toMatch(/이름:|연락처:|Name:|Contact:/u);
    expect(letter.body).not.toContain('아래 연락처로');
  });

  it('adds only the name and contact the person chose, and asks for notice to that contact', () => {
    const signed = buildDeletionLetter(koreanService({ requester: { name: nfd('김지킴'), contact: 'me@example.com' } }));
    expect(lines(signed.body).slice(-4)).toEqual(['작성일: 2026년 11월 28일', '이름: 김지킴', '연락처: me@example.com', '']);
    expect(signed.body).toContain('처리 경과와 결과는 아래 연락처로 알려 주십시오(「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2제1항).');
    const nameOnly = buildDeletionLetter(koreanService({ requester: { name: '김지킴' } }));
    expect(nameOnly.body).not.toMatch(/연락처:|아래 연락처로/u);
  });
});

describe('a letter in English', () => {
  it('to a Korean service cites Korean law in English', () => {
    const letter = buildDeletionLetter(koreanService({ locale: 'en', contentKind: 'non-consensual-sharing' }));
    expect(letter.subject).toBe('Removal request: intimate images shared without consent (2 URLs), reply by 5 December 2026');
    expect(letter.body).toContain('Dear 예시 커뮤니티 team,');
    expect(letter.body).toContain('They are being shared without my consent.');
    expect(letter.body).toContain('Legal basis (Republic of Korea)');
    expect(letter.body).toContain('- Act on Promotion of Information and Communications Network Utilization and Information Protection, Article 44-2 (Request for Deletion of Information):');
    expect(letter.body).toContain('- Act on Special Cases Concerning the Punishment of Sexual Crimes, Article 14 (Filming Using Cameras, etc.):');
    expect(letter.body).toContain('2. Confirm to me in writing by 5 December 2026 that it has been removed.');
    expect(letter.body).toContain('Date: 28 November 2026');
  });

  it('to a service outside Korea cites no law', () => {
    const letter = buildDeletionLetter(foreignService());
    expect(letter.subject).toBe('Removal request: intimate images recorded without consent (2 URLs), reply by 5 December 2026');
    expect(letter.body).toContain('They were recorded without my consent');
    expect(letter.body).not.toMatch(/Legal basis|Article|법적 근거|제\d+조|「/u);
  });

  it('to a service outside Korea, in Korean, cites no law either', () => {
    const letter = buildDeletionLetter(foreignService({ locale: 'ko' }));
    expect(letter.body).not.toMatch(/법적 근거|제\d+조|「/u);
    expect(letter.body).toContain('1. 위 주소의 게시물');
  });
});

describe('every kind of content, in both languages', () => {
  const cases = CONTENT_KINDS.flatMap((kind) => (['ko', 'en'] as const).map((locale) => [kind, locale] as const));

  it.each(cases)('%s in %s is calm, plain and never calls it porn', (kind, locale) => {
    const letter = buildDeletionLetter(koreanService({ contentKind: kind, locale }));
    expect(`${letter.subject}\n${letter.body}`).not.toMatch(NOT_THESE_WORDS);
    expect(letter.body).not.toMatch(/!|\?\s/u);
    expect(letter.body.endsWith('\n')).toBe(true);
  });

  it('cites the offence that fits the content', () => {
    const cited = (kind: (typeof CONTENT_KINDS)[number]) => buildDeletionLetter(koreanService({ contentKind: kind })).body.match(/제\d+조(의\d+)?(?=\()/gu);
    expect(cited('manipulated-images')).toEqual(['제44조의2', '제22조의5', '제14조의2']);
    expect(cited('threat-material')).toEqual(['제44조의2', '제14조의3']);
  });
});

describe('many and long URLs', () => {
  it('puts a 3,000-character URL whole on its own line', () => {
    const letter = buildDeletionLetter(koreanService({ urls: [LONG_URL] }));
    expect(LONG_URL).toHaveLength(3000);
    expect(lines(letter.body)).toContain(`1. ${LONG_URL}`);
  });

  it('lists 50 URLs, all present, in order, numbered', () => {
    const urls = manyUrls(50);
    for (const locale of ['ko', 'en'] as const) {
      const letter = buildDeletionLetter(koreanService({ urls, locale }));
      const listed = lines(letter.body).filter((l) => /^\d+\. https:\/\/files\./u.test(l));
      expect(listed).toEqual(urls.map((u, i) => `${String(i + 1)}. ${u}`));
      expect(letter.subject).toContain(locale === 'ko' ? 'URL 50건' : '50 URLs');
    }
  });

  it('keeps URLs exactly as recorded and drops exact repeats', () => {
    const decomposed = `https://example.kr/${nfd('게시판')}/1`;
    const letter = buildDeletionLetter(koreanService({ urls: [decomposed, ` ${decomposed} `, 'https://example.kr/2'] }));
    expect(lines(letter.body)).toContain(`1. ${decomposed}`);
    expect(lines(letter.body)).toContain('2. https://example.kr/2');
    expect(letter.subject).toContain('URL 2건');
  });
});

describe('refused input', () => {
  it.each([
    ['no URL', { urls: [] }],
    ['a blank URL only', { urls: ['  '] }],
    ['a javascript: URL', { urls: ['javascript:alert(1)'] }],
    ['not a URL', { urls: ['example.com/page'] }],
    ['a malformed hash', { evidence: [{ label: 'x', sha256: 'abc' }] }],
    ['no service name', { service: { name: '  ', jurisdiction: 'kr' as const } }],
    ['a reply date that is today in Korea', { respondBy: new Date('2026-11-28T14:00:00Z') }],
    ['a reply date in the past', { respondBy: new Date('2026-11-20T00:00:00Z') }],
  ])('%s', (_, overrides) => {
    expect(() => buildDeletionLetter(koreanService(overrides))).toThrow(LetterInputError);
  });

  it('keeps one line per field: line breaks in names and labels cannot reshape the letter', () => {
    const letter = buildDeletionLetter(koreanService({ evidence: [{ label: 'a\n\nb', sha256: HASH_A }, { label: ' ', sha256: HASH_A }] }));
    expect(letter.body).toContain(`- a b\n  SHA-256: ${HASH_A}`);
    expect(letter.body.match(/SHA-256: /gu)).toHaveLength(1);
  });
});

describe('a letter to a body that acts for the person (a regulator, a support centre)', () => {
  it.each(['ko', 'en'] as const)('never addresses it as a company or as the host, in %s', (locale) => {
    for (const contentKind of CONTENT_KINDS) {
      const letter = buildDeletionLetter(koreanService({
        locale, contentKind, service: { name: locale === 'ko' ? '방송통신심의위원회' : 'KCSC', jurisdiction: 'kr', addressee: 'body' },
      }));
      expect(letter.body).not.toMatch(/귀사|your service/u);
      expect(letter.body).toContain(locale === 'ko' ? '삭제되도록 도와주시기를 요청합니다' : 'asking for your help to have');
      expect(letter.body).toContain(locale === 'ko' ? '접속이 차단되도록 조치해 주십시오' : 'removed or blocked without delay');
    }
  });

  it('an operator is still asked to remove the content from its own service', () => {
    expect(buildDeletionLetter(koreanService()).body).toContain('귀사 서비스에 게시된');
  });
});
