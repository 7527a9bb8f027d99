import { reportingChannels } from '@jikim/guide';
import { describe, expect, it } from 'vitest';
import { classifyUrl, OPERATOR_HOSTS, siteTypeOfCategory } from './operator-hosts.js';

describe('classifyUrl', () => {
  it('finds the shipped channel by host or subdomain, with its site type', () => {
    expect(classifyUrl('https://m.blog.naver.com/a/1')).toEqual({ host: 'm.blog.naver.com', operator: 'naver', siteType: 'social' });
    expect(classifyUrl('https://youtu.be/abc')).toEqual({ host: 'youtu.be', operator: 'youtube', siteType: 'social' });
    expect(classifyUrl('https://T.ME/chan/5')).toEqual({ host: 't.me', operator: 'telegram', siteType: 'messenger' });
    expect(classifyUrl('https://www.pornhub.com/view_video.php?viewkey=1')).toMatchObject({ operator: 'pornhub-aylo', siteType: 'adult' });
    expect(classifyUrl('https://www.google.co.kr/search?q=a')).toMatchObject({ operator: 'google-search', siteType: 'search' });
  });

  it('does not match a host that only ends with the same letters', () => {
    expect(classifyUrl('https://notnaver.com/x')).toEqual({ host: 'notnaver.com', operator: 'other', siteType: 'other' });
  });

  it('checks the centre operators first', () => {
    const centre = [{ key: 'centre:blogteam01', siteType: 'webhard' as const, domains: ['blog.naver.com'] }];
    expect(classifyUrl('https://m.blog.naver.com/a', centre)).toMatchObject({ operator: 'centre:blogteam01', siteType: 'webhard' });
    expect(classifyUrl('https://cafe.naver.com/a', centre)).toMatchObject({ operator: 'naver' });
  });

  it('calls unreadable and unknown addresses other', () => {
    expect(classifyUrl('javascript:alert(1)')).toEqual({ host: '', operator: 'other', siteType: 'other' });
    expect(classifyUrl('https://unknown.example/')).toEqual({ host: 'unknown.example', operator: 'other', siteType: 'other' });
  });

  it('lists hosts only for channels the directory has', () => {
    const ids = new Set(reportingChannels.map((c) => c.id));
    for (const id of Object.keys(OPERATOR_HOSTS)) expect(ids.has(id), id).toBe(true);
  });
});

describe('siteTypeOfCategory', () => {
  it('maps each directory category', () => {
    expect(['adult', 'search', 'social', 'video', 'portal-kr', 'cloud-webhard', 'messenger', 'official-kr', 'hash-service'].map(siteTypeOfCategory))
      .toEqual(['adult', 'search', 'social', 'social', 'social', 'webhard', 'messenger', 'other', 'other']);
  });
});
