/** Shared fixtures for the letter tests. */
import type { DeletionLetterInput } from '../src/letters/deletion-letter.js';

export const HASH_A = 'a'.repeat(64);
export const HASH_B = '0123456789abcdef'.repeat(4);

/** Typed on a Mac: Hangul arrives decomposed. */
export const nfd = (s: string) => s.normalize('NFD');

export const koreanService = (overrides: Partial<DeletionLetterInput> = {}): DeletionLetterInput => ({
  locale: 'ko',
  service: { name: nfd('예시 커뮤니티'), jurisdiction: 'kr' },
  urls: ['https://community.example.kr/board/123?page=1&sort=new', 'https://community.example.kr/board/456'],
  contentKind: 'illegal-filming',
  evidence: [
    { label: nfd('게시물 화면'), sha256: HASH_A },
    { label: 'video.mp4', sha256: HASH_B.toUpperCase() },
  ],
  respondBy: new Date('2026-12-05T12:00:00+09:00'),
  // 23:30 UTC on 27 November is 08:30 on 28 November in Korea.
  today: new Date('2026-11-27T23:30:00Z'),
  ...overrides,
});

export const foreignService = (overrides: Partial<DeletionLetterInput> = {}): DeletionLetterInput =>
  koreanService({ locale: 'en', service: { name: 'Example Video', jurisdiction: 'other' }, ...overrides });

export const manyUrls = (n: number) => Array.from({ length: n }, (_, i) => `https://files.example.com/v/${String(i + 1).padStart(3, '0')}`);

/** A 3,000-character URL. */
export const LONG_URL = `https://example.com/watch?v=${'x'.repeat(3000 - 'https://example.com/watch?v='.length)}`;
