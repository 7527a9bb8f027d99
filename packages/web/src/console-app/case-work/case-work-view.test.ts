import { parseBulkUrls } from '@jikim/case';
import type { OperatorDirectory, Target } from '@jikim/contracts';
import { describe, expect, it } from 'vitest';
import { bulkPreview } from './bulk-preview.js';
import { caseWorkEn } from './case-work-messages-en.js';
import { caseWorkKo } from './case-work-messages-ko.js';
import { defaultRespondBy, replyAt, respondByValid } from './letter-defaults.js';
import { shortUrl } from './short-url.js';
import { targetGroups } from './target-groups.js';

const directory: OperatorDirectory = {
  shipped: [
    { key: 'naver', name: { ko: '네이버', en: 'Naver' }, siteType: 'social', languages: ['ko'], email: 'report@naver.example', domains: ['naver.com'], verified: true, sources: [], checkedOn: '2026-11-01' },
    { key: 'reddit', name: { ko: '레딧', en: 'Reddit' }, siteType: 'social', languages: ['en'], formUrl: 'https://reddit.example/report', domains: ['reddit.com'], verified: false, sources: [], checkedOn: '2026-11-01' },
  ],
  centre: [{ id: 'centreop01', key: 'centre:centreop01', name: 'Tube Co', language: 'en', siteType: 'adult', domains: ['tube.example'], notes: '', email: 'abuse@tube.example', updatedAt: '2026-11-01T00:00:00Z' }],
};

const target = (id: string, url: string, operator: string, status: Target['status'] = 'found'): Target => ({
  id, url, host: new URL(url).hostname, operator, operatorName: operator, siteType: 'other', status, source: 'counsellor', createdAt: '2026-12-01T00:00:00Z', events: [],
});

/** Every key path of a message object (functions are leaves). */
const keys = (value: unknown, prefix = ''): string[] => (value && typeof value === 'object'
  ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
  : [prefix]);

describe('case-work view helpers', () => {
  it('has the same words in Korean and English', () => {
    expect(keys(caseWorkEn).sort()).toEqual(keys(caseWorkKo).sort());
    expect(keys(caseWorkKo).length).toBeGreaterThan(100);
  });

  it('groups targets by operator with the channel and language of each, most addresses first, unlisted last', () => {
    const targets = [
      target('t1', 'https://blog.naver.com/a', 'naver'),
      target('t2', 'https://unknown.example/x', 'other'),
      target('t3', 'https://www.reddit.com/r/1', 'reddit', 'requested'),
      target('t4', 'https://reddit.com/r/2', 'reddit', 'refused'),
      target('t5', 'https://tube.example/v', 'centre:centreop01', 'removed'),
    ];
    const groups = targetGroups(targets, directory, 'ko');
    expect(groups.map((g) => g.key)).toEqual(['reddit', 'centre:centreop01', 'naver', 'other']);
    const reddit = groups[0];
    expect(reddit?.channel).toMatchObject({ name: '레딧', formUrl: 'https://reddit.example/report', language: 'en', from: 'directory' });
    expect(reddit?.targets.map((t) => t.id)).toEqual(['t3', 't4']);
    expect(reddit?.askable.map((t) => t.id)).toEqual(['t4']);
    expect(groups[1]?.channel).toMatchObject({ name: 'Tube Co', email: 'abuse@tube.example', language: 'en', from: 'centre' });
    expect(groups[1]?.askable).toEqual([]);
    expect(groups[2]?.channel).toMatchObject({ email: 'report@naver.example', language: 'ko' });
    expect(groups[3]?.channel).toMatchObject({ from: 'other', name: 'other' });
    expect(groups.flatMap((g) => g.targets).length).toBe(targets.length);
  });

  it('previews a paste: every line accepted by operator or shown with its problem', () => {
    const paste = [
      'https://blog.naver.com/a', 'https://www.reddit.com/r/1', 'ftp://files.example/x', 'https://blog.naver.com/a',
      `https://tube.example/${'v'.repeat(9_000)}`, 'https://tube.example/v2', 'https://elsewhere.example/z',
    ].join('\n');
    const operatorOf = (url: string) => (url.includes('naver') ? 'naver' : url.includes('reddit') ? 'reddit' : url.includes('tube') ? 'centre:centreop01' : 'other');
    const preview = bulkPreview(parseBulkUrls(paste), operatorOf, directory, 'en');
    expect(preview.counts).toEqual({ accepted: 4, duplicates: 1, notWeb: 1, tooLong: 1 });
    expect(preview.targets).toEqual([
      { url: 'https://blog.naver.com/a', operator: 'naver' }, { url: 'https://www.reddit.com/r/1', operator: 'reddit' },
      { url: 'https://tube.example/v2', operator: 'centre:centreop01' }, { url: 'https://elsewhere.example/z', operator: 'other' },
    ]);
    expect(preview.problems.map((p) => [p.line, p.problem, p.duplicateOf])).toEqual([[3, 'not_web', undefined], [4, 'duplicate', 1], [5, 'too_long', undefined]]);
    expect(preview.groups.at(-1)?.key).toBe('other');
    expect(preview.groups.find((g) => g.key === 'naver')?.lines.map((l) => l.line)).toEqual([1]);
    expect(preview.groups.find((g) => g.key === 'reddit')?.channel?.name).toBe('Reddit');
  });

  it('counts dates in Korean days: a week ahead by default, replies never after today', () => {
    // 2026-12-01 20:00 UTC is already 2 December in Seoul.
    const now = new Date('2026-12-01T20:00:00Z');
    expect(defaultRespondBy(now)).toBe('2026-12-09');
    expect(respondByValid('2026-12-02', now)).toBe(false);
    expect(respondByValid('2026-12-03', now)).toBe(true);
    expect(respondByValid('tomorrow', now)).toBe(false);
    expect(replyAt('2026-12-02', now)).toBeUndefined();
    expect(replyAt('', now)).toBeUndefined();
    expect(replyAt('2026-11-30', now)).toBe('2026-11-30T12:00:00+09:00');
    expect(replyAt('2026-12-03', now)).toBeNull();
  });

  it('shortens an address for a list row without the scheme', () => {
    expect(shortUrl('https://x.example/a')).toBe('x.example/a');
    const long = shortUrl(`https://x.example/${'a'.repeat(100)}`, 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
  });
});
