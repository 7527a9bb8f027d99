import { describe, expect, it } from 'vitest';
import { THREAT_STEP_IDS, emergency, scenarioById, threatAdvice, threatAdviceSchema, threatStep } from './index.js';
import type { Text, ThreatAdviceItem, ThreatStepId } from './types.js';

const today = new Date().toISOString().slice(0, 10);
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
const issuesOf = (value: unknown) =>
  threatAdviceSchema(today).safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
const byId = new Map(threatAdvice.map((a) => [a.id, a]));
const texts = (a: ThreatAdviceItem): Text[] => [a.title, a.body, ...(a.note ? [a.note] : [])];

describe('the threat steps', () => {
  it('are the guide’s three threat steps, in order', () => {
    expect(THREAT_STEP_IDS).toEqual(scenarioById('threat').steps.map((s) => s.id));
    for (const id of THREAT_STEP_IDS) expect(threatStep(id).id).toBe(id);
  });

  it('throws on a step the guide does not have', () => {
    expect(() => threatStep('threat-9' as ThreatStepId)).toThrow(/no threat step threat-9/);
  });
});

describe('the threat advice', () => {
  it('passes its schema as a whole (ids unique, sources and dates present)', () => {
    expect(issuesOf(threatAdvice)).toEqual([]);
  });

  it('covers paying, saving before blocking, keeping evidence, and reporting', () => {
    expect([...byId.keys()]).toEqual(['do-not-pay', 'save-before-blocking', 'keep-evidence', 'report-and-get-support']);
    expect(byId.get('do-not-pay')?.body.ko).toMatch(/돈/);
    expect(byId.get('do-not-pay')?.body.en).toMatch(/money/);
    expect(byId.get('save-before-blocking')?.body.ko).toMatch(/번호.*시간/);
    expect(byId.get('save-before-blocking')?.body.en).toMatch(/number.*time/);
    expect(byId.get('keep-evidence')?.body.ko).toMatch(/녹음/);
    expect(byId.get('keep-evidence')?.body.en).toMatch(/Record calls/);
    expect(byId.get('report-and-get-support')?.body.ko).toContain(emergency.phone.display);
    expect(byId.get('report-and-get-support')?.body.en).toContain(emergency.phone.display);
  });

  it.each(threatAdvice.map((a) => [a.id, a] as const))('%s has an https source and a past checked date', (_id, a) => {
    expect(a.sources.length).toBeGreaterThan(0);
    for (const s of a.sources) {
      expect(new URL(s.url).protocol).toBe('https:');
      expect(s.title.trim()).not.toBe('');
      expect(s.publisher.ko.trim()).not.toBe('');
      expect(s.publisher.en.trim()).not.toBe('');
    }
    expect(a.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(a.checkedOn <= today).toBe(true);
  });

  it('writes every Text in both languages: Korean with Hangul, English without', () => {
    for (const a of threatAdvice) {
      for (const t of texts(a)) {
        expect(t.ko.trim(), a.id).not.toBe('');
        expect(t.en.trim(), a.id).not.toBe('');
        expect(HANGUL.test(t.ko), `${a.id}: ${t.ko}`).toBe(true);
        expect(HANGUL.test(t.en), `${a.id}: ${t.en}`).toBe(false);
      }
    }
  });

  it('never calls the images "porn" in its own words', () => {
    for (const a of threatAdvice) {
      for (const t of texts(a)) {
        expect(t.en, a.id).not.toMatch(/porn/i);
        expect(t.ko, a.id).not.toMatch(/porn|포르노|음란물|야동/i);
      }
    }
  });

  it('says what is uncertain about every unverified item', () => {
    for (const a of threatAdvice.filter((x) => x.status === 'unverified')) expect(a.note, a.id).toBeDefined();
  });
});

describe('the threat-advice schema rejects', () => {
  const good = byId.get('do-not-pay');
  if (!good) throw new Error('do-not-pay missing');
  const one = (item: unknown) => issuesOf([item]).join('\n');

  it('nothing in a good item', () => {
    expect(one(good)).toBe('');
  });

  it('a deliberately bad item: no sources, a future date, an empty language and a banned word', () => {
    const bad = {
      ...good,
      title: { ko: '', en: 'Delete the porn' },
      sources: [],
      checkedOn: '2999-01-01',
    };
    const issues = one(bad);
    expect(issues).toMatch(/sources: at least one source/);
    expect(issues).toMatch(/checkedOn: checkedOn is in the future/);
    expect(issues).toMatch(/title\.ko/);
    expect(issues).toMatch(/title\.en: do not call the images porn/);
  });

  it('a source that is not https, or has no publisher', () => {
    expect(one({ ...good, sources: [{ url: 'http://example.org/a', title: 'x', publisher: { ko: 'y', en: 'y' } }] })).not.toBe('');
    expect(one({ ...good, sources: [{ url: 'https://example.org/a', title: 'x', publisher: 'y' }] })).toMatch(/publisher/);
    expect(one({ ...good, sources: [{ url: 'https://example.org/a', title: 'x', publisher: { ko: 'y' } }] })).toMatch(/publisher\.en/);
    expect(one({ ...good, sources: [{ url: 'https://example.org/a', title: 'x' }] })).not.toBe('');
  });

  it('a missing or impossible checked date', () => {
    const { checkedOn: _dropped, ...withoutDate } = good;
    expect(one(withoutDate)).not.toBe('');
    expect(one({ ...good, checkedOn: '2026-02-30' })).toMatch(/not a real date/);
  });

  it('an unverified item that does not say what is uncertain', () => {
    expect(one({ ...good, status: 'unverified' })).toMatch(/note: say what is unverified/);
  });

  it('a Korean text calling the images 음란물', () => {
    expect(one({ ...good, body: { ko: '음란물을 지우세요', en: 'x' } })).toMatch(/body\.ko: do not call the images porn/);
  });

  it('a duplicate id', () => {
    expect(issuesOf([good, good]).join('\n')).toMatch(/duplicate id do-not-pay/);
  });
});
