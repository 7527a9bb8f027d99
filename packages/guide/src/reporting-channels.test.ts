import { describe, expect, it } from 'vitest';
import { addressHost, reportingChannelSchema, reportingChannelsSchema } from './reporting-channel-schema.js';
import { reportingChannels } from './index.js';
import type { ReportingChannel, Text } from './types.js';

const today = new Date().toISOString().slice(0, 10);
const byId = new Map(reportingChannels.map((c) => [c.id, c]));
const issuesOf = (value: unknown) =>
  reportingChannelSchema(today).safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

/** Every `Text` anywhere in an entry. */
function texts(c: ReportingChannel): Text[] {
  return [
    c.name, c.asksFor,
    ...(c.typicalResponse ? [c.typicalResponse] : []),
    ...c.how.flatMap((m) => (m.steps ? [m.steps] : [])),
    ...(c.verification.note ? [c.verification.note] : []),
  ];
}

describe('the reporting-channel directory', () => {
  it('passes its schema as a whole (ids unique, sources and dates present)', () => {
    const result = reportingChannelsSchema(today).safeParse(reportingChannels);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(new Set(reportingChannels.map((c) => c.id)).size).toBe(reportingChannels.length);
  });

  it.each(reportingChannels.map((c) => [c.id, c] as const))('%s has an https source and a past checked date', (_id, c) => {
    expect(c.verification.sources.length).toBeGreaterThan(0);
    for (const s of c.verification.sources) expect(new URL(s.url).protocol).toBe('https:');
    expect(c.verification.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.verification.checkedOn <= today).toBe(true);
  });

  it('gives every address as an https URL or an e-mail address', () => {
    for (const m of reportingChannels.flatMap((c) => c.how)) {
      if (m.address === undefined) continue;
      expect(/^https:\/\/[^\s]+$/.test(m.address) || /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(m.address), m.address).toBe(true);
    }
  });

  it('writes every Text in both languages', () => {
    for (const c of reportingChannels) {
      for (const t of texts(c)) {
        expect(t.ko.trim(), c.id).not.toBe('');
        expect(t.en.trim(), c.id).not.toBe('');
      }
    }
  });

  it('traces every address of a verified entry to a cited source', () => {
    for (const c of reportingChannels.filter((x) => x.verification.status === 'verified')) {
      const hosts = new Set(c.verification.sources.map((s) => addressHost(s.url)));
      const urls = new Set(c.verification.sources.map((s) => s.url));
      for (const m of c.how) {
        if (m.address === undefined) continue;
        const traced = hosts.has(addressHost(m.address)) || (m.addressFrom !== undefined && urls.has(m.addressFrom));
        expect(traced, `${c.id}: ${m.address}`).toBe(true);
      }
    }
  });

  it('says what is uncertain about every unverified entry', () => {
    for (const c of reportingChannels.filter((x) => x.verification.status === 'unverified')) {
      expect(c.verification.note, c.id).toBeDefined();
    }
  });

  it('includes the channels a victim in Korea most needs', () => {
    const mustHave = [
      'kcsc', 'digital-sex-crime-support', 'police-ecrm', 'stopncii', 'take-it-down', 'naver', 'kakao',
      'google-search', 'youtube', 'x-twitter', 'meta', 'telegram', 'tiktok', 'reddit', 'pornhub-aylo',
    ];
    expect(mustHave.filter((id) => !byId.has(id))).toEqual([]);
    expect(byId.get('stopncii')?.ageScope).toBe('adult');
    expect(byId.get('take-it-down')?.ageScope).toBe('under-18');
  });

  it('never calls the images "porn" (a site’s own name aside)', () => {
    for (const c of reportingChannels) {
      for (const t of texts(c)) {
        expect(t.en.replace(/pornhub/gi, ''), c.id).not.toMatch(/porn/i);
        expect(t.ko.replace(/pornhub/gi, ''), c.id).not.toMatch(/porn|포르노|야동|음란물/i);
      }
    }
  });
});

describe('the reporting-channel schema rejects', () => {
  const good = byId.get('google-search');
  if (!good) throw new Error('google-search entry missing');

  it('nothing in a good entry', () => {
    expect(issuesOf(good)).toEqual([]);
  });

  it('an entry without sources', () => {
    const bad = { ...good, verification: { ...good.verification, sources: [] } };
    expect(issuesOf(bad).join('\n')).toMatch(/verification\.sources: at least one source/);
  });

  it('an entry without a checked date', () => {
    const { checkedOn: _dropped, ...withoutDate } = good.verification;
    expect(issuesOf({ ...good, verification: withoutDate })).not.toEqual([]);
  });

  it('a checked date in the future, or not a real date', () => {
    const at = (checkedOn: string) => issuesOf({ ...good, verification: { ...good.verification, checkedOn } });
    expect(at('2999-01-01').join('\n')).toMatch(/in the future/);
    expect(at('2026-02-30').join('\n')).toMatch(/not a real date/);
  });

  it('a source that is not https', () => {
    const sources = [{ url: 'http://example.org/page', title: 'Insecure' }];
    expect(issuesOf({ ...good, verification: { ...good.verification, sources } })).not.toEqual([]);
  });

  it('an address that is neither an https URL nor an e-mail', () => {
    const how = [{ kind: 'form', address: 'www.example.org/report' }];
    expect(issuesOf({ ...good, how })).not.toEqual([]);
  });

  it('a verified address on a host no source is on', () => {
    const how = [{ kind: 'form', address: 'https://phishing.example/report' }];
    expect(issuesOf({ ...good, how }).join('\n')).toMatch(/on no cited source's host/);
  });

  it('an unverified entry that does not say what is uncertain', () => {
    const { note: _dropped, ...withoutNote } = good.verification;
    const bad = { ...good, verification: { ...withoutNote, status: 'unverified' } };
    expect(issuesOf(bad).join('\n')).toMatch(/say what is unverified/);
  });

  it('a Text with an empty language', () => {
    expect(issuesOf({ ...good, asksFor: { ko: '', en: 'x' } })).not.toEqual([]);
  });

  it('a duplicate id in the directory', () => {
    const result = reportingChannelsSchema(today).safeParse([good, good]);
    expect(result.error?.issues.map((i) => i.message)).toContain('duplicate id google-search');
  });
});
