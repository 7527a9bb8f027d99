import { describe, expect, it } from 'vitest';
import { LEGAL_ARTICLES } from '../letters/legal-basis.js';
import type { Crime } from './crimes.js';
import { CRIME_IDS, CRIMES, crimesFor } from './crimes.js';

describe('the crimes a complaint may name', () => {
  it('covers every id once, each verified, read in the legalize-kr mirror on 2026-11-28', () => {
    expect(CRIMES.map((c) => c.id)).toEqual([...CRIME_IDS]);
    for (const crime of CRIMES) {
      expect(crime.verified).toBe(true);
      expect(crime.checkedOn).toBe('2026-11-28');
      expect(crime.source).toMatch(/^https:\/\/github\.com\/legalize-kr\/legalize-kr\/blob\/[0-9a-f]{40}\/kr\/.+\/법률\.md$/u);
      expect(crime.official).toMatch(/^https:\/\/www\.law\.go\.kr\/법령\//u);
    }
  });

  it('takes law, heading and source from the letters where the article is already there', () => {
    for (const crime of CRIMES.filter((c) => c.basis !== null)) {
      const article = LEGAL_ARTICLES.find((a) => a.id === crime.basis);
      expect(article && { law: article.law, title: article.title, source: article.source }).toEqual({ law: crime.law, title: crime.title, source: crime.source });
      expect(crime.provision.ko.startsWith(article?.article.ko ?? '?')).toBe(true);
    }
    expect(CRIMES.filter((c) => c.basis === null).map((c) => c.id)).toEqual(['network-distribution', 'network-fear-messages']);
  });

  it('cites the paragraphs the issue names', () => {
    const provision = (id: Crime['id']) => CRIMES.find((c) => c.id === id)?.provision.ko;
    expect(provision('illegal-filming')).toBe('제14조제1항');
    expect(provision('distribution')).toBe('제14조제2항');
    expect(provision('possession-viewing')).toBe('제14조제4항');
    expect(provision('manipulated-images')).toBe('제14조의2제1항·제2항');
    expect(provision('threat')).toBe('제14조의3제1항');
    expect(provision('coercion')).toBe('제14조의3제2항');
    expect(provision('network-distribution')).toBe('제74조제1항제2호, 제44조의7제1항제1호');
  });

  it('returns the chosen verified crimes once each, in the law’s order', () => {
    expect(crimesFor(['threat', 'illegal-filming', 'threat']).map((c) => c.id)).toEqual(['illegal-filming', 'threat']);
    const unverified = CRIMES.map((c) => (c.id === 'threat' ? { ...c, verified: false } : c));
    expect(crimesFor(['threat', 'coercion'], unverified).map((c) => c.id)).toEqual(['coercion']);
    expect(() => crimesFor(['stalking' as never])).toThrow('Unknown crime');
  });
});
