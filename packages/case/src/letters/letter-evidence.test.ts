import { describe, expect, it } from 'vitest';
import type { EvidenceFile } from '../evidence/evidence-item.js';
import { newEvidenceItem } from '../evidence/evidence-item.js';
import { buildDeletionLetter } from './deletion-letter.js';
import { letterFactsFromItems } from './letter-evidence.js';
import { HASH_A, HASH_B, koreanService } from '../../test/letter-fixtures.js';
import { VICTIM } from '../events/actor.js';

const at = new Date('2026-11-27T01:00:00Z');
const file = (name: string, sha256: string): EvidenceFile => ({
  name, sha256, bytes: 10, mediaType: 'image/png', extensionMismatch: false, modifiedAt: null, chunks: 1,
});

describe('letter facts from locker items', () => {
  const items = [
    newEvidenceItem('w1', 'web', 'dissemination', { title: '김지킴 영상', web: { url: 'https://example.com/a' } }, at, VICTIM, file('김지킴_화면.png', HASH_A)),
    newEvidenceItem('w2', 'web', 'dissemination', { web: { url: 'https://example.com/b' } }, at, VICTIM),
    newEvidenceItem('w3', 'web', 'dissemination', { web: { url: 'https://example.com/a' } }, at, VICTIM),
    newEvidenceItem('f1', 'file', 'dissemination', { title: 'original' }, at, VICTIM, file('original.mp4', HASH_B)),
    newEvidenceItem('n1', 'note', null, { description: 'https://example.com/not-a-record' }, at, VICTIM),
  ];

  it('takes the web records\' URLs in order, once each, and every kept file\'s hash with a neutral label', () => {
    expect(letterFactsFromItems(items, 'ko')).toEqual({
      urls: ['https://example.com/a', 'https://example.com/b'],
      evidence: [{ label: '증거 1', sha256: HASH_A }, { label: '증거 2', sha256: HASH_B }],
    });
    expect(letterFactsFromItems(items, 'en').evidence.map((e) => e.label)).toEqual(['Exhibit 1', 'Exhibit 2']);
  });

  it('puts no title or file name (which may name the person) into the letter', () => {
    const letter = buildDeletionLetter(koreanService(letterFactsFromItems(items, 'ko')));
    expect(letter.body).not.toContain('김지킴');
    expect(letter.body).toContain(`- 증거 1\n  SHA-256: ${HASH_A}`);
  });
});
