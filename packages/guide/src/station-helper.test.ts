import { describe, expect, it } from 'vitest';
import {
  STATION_RULE_STEP, THREAT_STEP_IDS, accompanyingOrganisations, accompanyingOrganisationsSchema, organisationById,
  reportingChannels, scenarios, stationAdvice, stationLinks, stationLinksSchema,
} from './index.js';
import type { Text } from './types.js';

const today = new Date().toISOString().slice(0, 10);
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u;
const steps = scenarios.flatMap((s) => s.steps);
const stepById = (id: string) => {
  const step = steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};
const linkIssues = (value: unknown) =>
  stationLinksSchema(today).safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
const orgIssues = (value: unknown) =>
  accompanyingOrganisationsSchema(today).safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

/** Every Text the station helper says in its own words. */
const ownTexts: Text[] = [
  ...[true, false, 'unsure' as const].flatMap((k) => {
    const a = stationAdvice(k);
    return [a.where, ...(a.unsure ? [a.unsure] : [])];
  }),
  ...stationLinks.flatMap((l) => [l.name, l.purpose, ...(l.note ? [l.note] : [])]),
  ...accompanyingOrganisations.flatMap((o) => [o.basis, ...(o.note ? [o.note] : [])]),
];

describe('the station rule', () => {
  const step = stepById(STATION_RULE_STEP);

  it('is the guide’s own threat step, word for word', () => {
    expect(THREAT_STEP_IDS).toContain(STATION_RULE_STEP);
    expect(step.seed).toMatch(/police station where the offender lives.*police station where you reside/);
    for (const known of [true, false, 'unsure'] as const) {
      const advice = stationAdvice(known);
      expect(advice.rule).toEqual(step.detail);
      expect(advice.ruleStep).toBe(STATION_RULE_STEP);
    }
  });

  it('sends the report to the offender’s area only when their address is known', () => {
    expect(stationAdvice(true).reportTo).toBe('offender-area');
    expect(stationAdvice(false).reportTo).toBe('own-area');
    expect(stationAdvice('unsure').reportTo).toBe('own-area');
  });

  it('quotes the part of the rule that applies, in both languages', () => {
    for (const known of [true, false, 'unsure'] as const) {
      const { where } = stationAdvice(known);
      expect(step.detail.ko).toContain(where.ko);
      expect(step.detail.en).toContain(where.en);
    }
    expect(stationAdvice(true).where.ko).toContain('가해자');
    expect(stationAdvice(false).where.en).toContain('where you live');
  });

  it('adds a word for the unsure only when the victim is unsure', () => {
    expect(stationAdvice('unsure').unsure?.ko).toContain(stationAdvice(false).where.ko);
    expect(stationAdvice('unsure').unsure?.en).toContain(stationAdvice(false).where.en);
    expect(stationAdvice(true)).not.toHaveProperty('unsure');
    expect(stationAdvice(false)).not.toHaveProperty('unsure');
  });
});

describe('the station links', () => {
  it('pass their schema (sources, dates, verified addresses traced to a cited page)', () => {
    expect(linkIssues(stationLinks)).toEqual([]);
  });

  it.each(stationLinks.map((l) => [l.id, l] as const))('%s has an https source and a past checked date', (_id, l) => {
    expect(l.sources.length).toBeGreaterThan(0);
    for (const s of l.sources) expect(new URL(s.url).protocol).toBe('https:');
    expect(l.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(l.checkedOn <= today).toBe(true);
    if (l.address !== null) expect(new URL(l.address).protocol).toBe('https:');
    if (l.status === 'unverified') expect(l.note).toBeDefined();
  });

  it('gives no address for the police station finder until a page confirms one', () => {
    const finder = stationLinks.find((l) => l.id === 'police-station-finder');
    expect(finder?.status === 'verified' || finder?.address === null).toBe(true);
  });

  it('gives the same ECRM address as the reporting-channel directory', () => {
    const channel = reportingChannels.find((c) => c.id === 'police-ecrm');
    const form = channel?.how.find((m) => m.kind === 'form');
    expect(stationLinks.find((l) => l.id === 'police-ecrm')?.address).toBe(form?.address);
  });

  it('are the same whatever the answer', () => {
    expect(stationAdvice(true).links).toBe(stationAdvice(false).links);
    expect(stationAdvice('unsure').accompany).toBe(accompanyingOrganisations);
  });
});

describe('the organisations that can accompany the victim', () => {
  it('pass their schema', () => {
    expect(orgIssues(accompanyingOrganisations)).toEqual([]);
  });

  it('say so in the guide’s own words: a step’s detail or the organisation’s description', () => {
    for (const o of accompanyingOrganisations) {
      if (o.basisStep === undefined) {
        expect(o.basis, o.organisation).toEqual(organisationById(o.organisation).helpsWith);
      } else {
        const step = stepById(o.basisStep);
        expect(step.detail.ko, o.organisation).toContain(o.basis.ko);
        expect(step.detail.en, o.organisation).toContain(o.basis.en);
        expect(step.contacts, o.organisation).toContain(o.organisation);
      }
    }
  });

  it('include one that goes with the victim, and the two shown beside the threat steps', () => {
    expect(accompanyingOrganisations.some((o) => o.support === 'accompany')).toBe(true);
    const ids = accompanyingOrganisations.map((o) => o.organisation);
    for (const c of stepById(STATION_RULE_STEP).contacts) expect(ids).toContain(c);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(accompanyingOrganisations.map((o) => [o.organisation, o] as const))(
    '%s has an https source and a past checked date',
    (_id, o) => {
      expect(o.sources.length).toBeGreaterThan(0);
      for (const s of o.sources) expect(new URL(s.url).protocol).toBe('https:');
      expect(o.checkedOn <= today).toBe(true);
      if (o.status === 'unverified') expect(o.note).toBeDefined();
    },
  );
});

describe('the station helper’s own words', () => {
  it('are written in both languages: Korean with Hangul, English without', () => {
    for (const t of ownTexts) {
      expect(t.ko.trim()).not.toBe('');
      expect(t.en.trim()).not.toBe('');
      expect(HANGUL.test(t.ko), t.ko).toBe(true);
      expect(HANGUL.test(t.en), t.en).toBe(false);
    }
  });

  it('never call the images "porn"', () => {
    for (const t of ownTexts) {
      expect(t.en).not.toMatch(/porn/i);
      expect(t.ko).not.toMatch(/porn|포르노|음란물|야동/i);
    }
  });
});

describe('the station schemas reject', () => {
  const safemap = stationLinks.find((l) => l.id === 'safemap-police');
  const org = accompanyingOrganisations[0];
  if (!safemap || !org) throw new Error('fixtures missing');

  it('a deliberately bad link: verified, untraced address, no sources, future date', () => {
    const bad = { ...safemap, address: 'https://police-station.example/find', sources: [], checkedOn: '2999-12-31' };
    const issues = linkIssues([bad]).join('\n');
    expect(issues).toMatch(/sources: at least one source/);
    expect(issues).toMatch(/checkedOn: checkedOn is in the future/);
    const { addressFrom: _from, ...withoutFrom } = safemap;
    expect(linkIssues([{ ...withoutFrom, address: 'https://police-station.example/find' }]).join('\n'))
      .toMatch(/address: https:\/\/police-station\.example\/find is traced to no cited source/);
  });

  it('a link whose address is not https, or an unverified link that does not say why', () => {
    expect(linkIssues([{ ...safemap, address: 'http://www.safemap.go.kr' }])).not.toEqual([]);
    const { note: _dropped, ...withoutNote } = safemap;
    expect(linkIssues([{ ...withoutNote, status: 'unverified' }]).join('\n')).toMatch(/note: say what is unverified/);
  });

  it('an organisation the guide does not list, or one without a source', () => {
    expect(orgIssues([{ ...org, organisation: 'made-up-centre' }])).not.toEqual([]);
    expect(orgIssues([{ ...org, sources: [] }]).join('\n')).toMatch(/at least one source/);
  });
});
