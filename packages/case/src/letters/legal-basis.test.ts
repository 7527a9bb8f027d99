import { describe, expect, it } from 'vitest';
import type { LegalArticle } from './legal-basis.js';
import { CITED_FOR, citationsFor, CONTENT_KINDS, LEGAL_ARTICLES } from './legal-basis.js';

describe('the legal articles', () => {
  it.each(LEGAL_ARTICLES.map((a) => [a.id, a] as const))('%s has its number, titles, summaries and sources', (_, a) => {
    for (const field of [a.law, a.article, a.title, a.summary]) {
      expect(field.ko.trim()).not.toBe('');
      expect(field.en.trim()).not.toBe('');
    }
    expect(a.article.ko).toMatch(/^제\d+조(의\d+)?$/u);
    expect(a.article.en).toMatch(/^Article \d+(-\d+)?$/u);
    expect(a.article.en.replace('Article ', '')).toBe(a.article.ko.replace(/^제(\d+)조(?:의(\d+))?$/u, (_m, n: string, s?: string) => (s ? `${n}-${s}` : n)));
    expect(a.source).toMatch(/^https:\/\/github\.com\/[\w-]+\/legalize-kr\/blob\/[0-9a-f]{40}\//u);
    expect(a.official).toMatch(/^https:\/\/www\.law\.go\.kr\/법령\//u);
    expect(a.checkedOn).toBe('2026-11-28');
    expect(`${a.summary.ko} ${a.summary.en}`).not.toMatch(/porn|포르노|야동/iu);
  });

  it('has one entry per article', () => {
    expect(new Set(LEGAL_ARTICLES.map((a) => a.id)).size).toBe(LEGAL_ARTICLES.length);
  });

  it('cites only articles that exist in the table, for every content kind', () => {
    const ids = new Set(LEGAL_ARTICLES.map((a) => a.id));
    for (const kind of CONTENT_KINDS) for (const id of CITED_FOR[kind]) expect(ids.has(id)).toBe(true);
  });

  it('cites nothing for a service outside Korea', () => {
    for (const kind of CONTENT_KINDS) expect(citationsFor(kind, 'other')).toEqual([]);
  });

  it('never cites an article that was not verified', () => {
    const unverified: LegalArticle[] = LEGAL_ARTICLES.map((a) => (a.id === 'telecom-business-act-22-5' ? { ...a, verified: false } : a));
    expect(citationsFor('illegal-filming', 'kr', unverified).map((a) => a.id)).toEqual(['network-act-44-2', 'sexual-crimes-act-14']);
    expect(citationsFor('illegal-filming', 'kr').map((a) => a.id)).toEqual(['network-act-44-2', 'telecom-business-act-22-5', 'sexual-crimes-act-14']);
  });
});
