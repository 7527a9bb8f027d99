import { describe, expect, it } from 'vitest';
import { groupTargets } from './letter-groups.js';

const t = (id: string, operator: string, status: string, siteType = 'social') => ({ id, operator, siteType, status });

describe('groupTargets', () => {
  it('groups by operator in first-seen order with the targets still to ask', () => {
    const groups = groupTargets([
      t('a1', 'youtube', 'found'),
      t('n1', 'naver', 'requested'),
      t('a2', 'youtube', 'removed'),
      t('c1', 'centre:webhard001', 'refused', 'webhard'),
      t('n2', 'naver', 'reappeared'),
      t('o1', 'other', 'found', 'other'),
      t('a3', 'youtube', 'found'),
    ], { centreOperators: [{ key: 'centre:webhard001', language: 'en' }] });
    expect(groups).toEqual([
      { operator: 'youtube', siteType: 'social', targetIds: ['a1', 'a3'], allTargetIds: ['a1', 'a2', 'a3'], locale: 'en' },
      { operator: 'naver', siteType: 'social', targetIds: ['n2'], allTargetIds: ['n1', 'n2'], locale: 'ko' },
      { operator: 'centre:webhard001', siteType: 'webhard', targetIds: ['c1'], allTargetIds: ['c1'], locale: 'en' },
      { operator: 'other', siteType: 'other', targetIds: ['o1'], allTargetIds: ['o1'], locale: 'ko' },
    ]);
  });

  it('writes in Korean to a channel that takes Korean and English otherwise', () => {
    const groups = groupTargets([t('g', 'google-search', 'found'), t('x', 'x-twitter', 'found'), t('k', 'kakao', 'found')], { centreOperators: [] });
    expect(groups.map((g) => [g.operator, g.locale])).toEqual([['google-search', 'ko'], ['x-twitter', 'en'], ['kakao', 'ko']]);
  });

  it('uses the centre operator language, and a given directory', () => {
    const groups = groupTargets([t('a', 'centre:abcdefgh', 'found'), t('b', 'foo', 'found')], {
      centreOperators: [{ key: 'centre:abcdefgh', language: 'ko' }],
      channels: [{ id: 'foo', languages: ['en', 'ko'] }],
    });
    expect(groups.map((g) => g.locale)).toEqual(['ko', 'ko']);
  });
});
