/** A made-up complaint for the tests: decomposed (NFD) Korean, facts out of order, a 3,000-character URL. */
import { HASH_A, HASH_B, LONG_URL, nfd } from './letter-fixtures.js';
import type { ComplaintEvidence, ComplaintInput } from '../src/complaint/complaint-input.js';

export { HASH_A, HASH_B, LONG_URL, nfd };

/** 23:30 UTC on 27 November is 08:30 on 28 November in Korea. */
export const TODAY = new Date('2026-11-27T23:30:00Z');

export const POST_URL = 'https://community.example.kr/board/123?page=1&sort=new';

export const fixtureComplaint = (overrides: Partial<ComplaintInput> = {}): ComplaintInput => ({
  complainant: { name: nfd('김지킴'), birthDate: '1998-03-14', address: nfd('서울특별시 마포구 예시로 12, 3층'), phone: '010-0000-0000' },
  accused: { known: true, name: nfd('이가해'), contact: 'instagram @example_id', description: nfd('고소인의 전 연인.\n키 175cm 정도, 안경을 씀.') },
  facts: [
    { when: '2026-10-04T10:12:09+09:00', text: nfd('피고소인이 예시 커뮤니티에 고소인을 촬영한 영상을 올렸습니다.') },
    { when: null, text: nfd('날짜를 모르는 일입니다.') },
    { when: '2026-09-30', text: nfd('피고소인이 고소인의 동의 없이 고소인을 촬영했습니다.') },
    { when: '2026-10-04T01:12:09Z', text: '   ' },
  ],
  crimes: ['distribution', 'illegal-filming'],
  evidence: [
    { exhibitNumber: 2, label: nfd('게시물 화면 캡처'), sha256: HASH_A.toUpperCase(), url: POST_URL },
    { exhibitNumber: 1, label: 'video.mp4', sha256: HASH_B },
    { exhibitNumber: 3, label: nfd('긴 주소의 게시물'), url: LONG_URL },
  ],
  policeStation: nfd('서울마포경찰서'),
  today: TODAY,
  ...overrides,
});

export const manyEvidence = (n: number): ComplaintEvidence[] =>
  Array.from({ length: n }, (_, i) => ({
    exhibitNumber: i + 1,
    label: nfd(`게시물 ${String(i + 1)}`),
    sha256: (i + 1).toString(16).padStart(64, '0'),
    url: `https://files.example.com/v/${String(i + 1).padStart(3, '0')}`,
  }));
