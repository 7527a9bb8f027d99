/** A letter in a support centre's voice: the centre writes for the person, never as the person. */
import { describe, expect, it } from 'vitest';
import { buildDeletionLetter, LetterInputError } from './deletion-letter.js';
import { CONTENT_KINDS } from './legal-basis.js';
import type { Addressee, LetterVoice } from './letter-text.js';
import { koreanService } from '../../test/letter-fixtures.js';

/** The person speaking of themselves: 저/제 with a particle or a noun, I/me/my/mine/myself. */
const FIRST_PERSON = {
  ko: /저(에 대한|의|를|는|에게|도)|제(가| 동의| 이름| 연락처| 얼굴| 촬영물)/u,
  en: /\b(I|I'm|I've|me|my|mine|myself)\b/u,
} as const;
const NOT_THESE_WORDS = /porn|포르노|야동|음란/iu;
const ADDRESSEES: readonly Addressee[] = ['operator', 'body'];
const cases = CONTENT_KINDS.flatMap((kind) => ADDRESSEES.flatMap((addressee) => (['ko', 'en'] as const).map((locale) => [kind, addressee, locale] as const)));

const centreLetter = (kind: (typeof CONTENT_KINDS)[number], addressee: Addressee, locale: 'ko' | 'en') =>
  buildDeletionLetter(koreanService({
    locale, contentKind: kind, voice: 'centre', requester: { name: '지킴 지원센터', contact: 'help@centre.example' },
    service: { name: 'Example', jurisdiction: 'kr', addressee },
  }));

describe('a letter a support centre writes for the person', () => {
  it.each(cases)('%s to the %s in %s speaks for the person, never as them', (kind, addressee, locale) => {
    const letter = centreLetter(kind, addressee, locale);
    const all = `${letter.subject}\n${letter.body}`;
    expect(all).not.toMatch(FIRST_PERSON[locale]);
    expect(all).not.toMatch(NOT_THESE_WORDS);
    expect(letter.body).toContain(locale === 'ko' ? '피해자 본인의 동의를 받아 피해자를 대신하여' : 'on behalf of the person concerned, with their consent');
    expect(letter.body).toContain(locale === 'ko' ? '피해자의 이름과 연락처를 게시자에게 알리지 말아 주십시오.' : 'Do not share the person’s name or contact details');
    if (addressee === 'body') expect(letter.body).not.toMatch(/귀사|your service/u);
    else expect(letter.body).toContain(locale === 'ko' ? '귀사 서비스에 게시된 피해자' : 'from your service');
    expect(letter.body.endsWith('\n')).toBe(true);
  });

  it('the person\'s own letter does speak as the person: the check above would catch it', () => {
    for (const locale of ['ko', 'en'] as const) {
      for (const voice of [undefined, 'person'] as const) {
        expect(buildDeletionLetter(koreanService({ locale, ...(voice ? { voice } : {}) })).body).toMatch(FIRST_PERSON[locale]);
      }
    }
  });

  it('keeps the layout and everything but the voice: URLs, evidence, the law, the date and who signs', () => {
    const person = buildDeletionLetter(koreanService({ requester: { name: '지킴 지원센터', contact: 'help@centre.example' } }));
    const centre = buildDeletionLetter(koreanService({ voice: 'centre', requester: { name: '지킴 지원센터', contact: 'help@centre.example' } }));
    expect(centre.subject).toBe(person.subject);
    const unchanged = (body: string) => body.split('\n').filter((l) => /^\d+\. https:|^ *-? *SHA-256: |^- 「|^작성일|^이름|^연락처/u.test(l));
    expect(unchanged(centre.body)).toEqual(unchanged(person.body));
    expect(centre.body).toContain('삭제 결과를 2026년 12월 5일까지 서면(전자우편 포함)으로 저희 센터에 알려 주십시오.');
    expect(centre.body).toContain('수사기관의 요청에 대비하여');
    expect(centre.body).toContain('아래 연락처로 알려 주십시오');
  });

  it('in English, names the threat without "me" in the subject too', () => {
    const letter = buildDeletionLetter(koreanService({ locale: 'en', contentKind: 'threat-material', voice: 'centre' }));
    expect(letter.subject).toBe('Removal request: intimate images used to threaten the person shown (2 URLs), reply by 5 December 2026');
    expect(letter.body).toContain('What we ask\n');
    expect(letter.body).toContain('2. Confirm to us in writing by 5 December 2026 that it has been removed.');
  });

  it('refuses a voice it does not know', () => {
    expect(() => buildDeletionLetter(koreanService({ voice: 'counsellor' as LetterVoice }))).toThrow(LetterInputError);
  });
});
