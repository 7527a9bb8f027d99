import { existsSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import * as guide from './index.js';
import {
  awarenessPoints, crimeTypes, definition, emergency, notYourFault, organisationById,
  organisations, scenarioById, scenarios, sources,
} from './index.js';

const SEED_URL = new URL('../../../../shared/seed/000_2ae545c4c086a083.txt', import.meta.url);
const seedExists = existsSync(SEED_URL);
if (!seedExists) {
  const msg = `!!! SEED FILE NOT FOUND at ${SEED_URL.pathname}: the guide-vs-seed checks are SKIPPED !!!`;
  if (process.env['CI'] === 'true') {
    describe('seed file', () => it('must exist in CI', () => expect.fail(msg)));
  } else {
    console.warn(`\n${'!'.repeat(msg.length)}\n${msg}\n${'!'.repeat(msg.length)}\n`);
  }
}
const seedText = seedExists ? readFileSync(SEED_URL, 'utf8') : '';

/** Parses the seed independently of the data, so a missing or mangled item shows up. */
function parseSeed(text: string) {
  const lines = text.split(/\r?\n/).map((l) => l.trim().replace(/\s*\|$/, ''));
  const after = (header: string, keep: (l: string) => boolean): string[] => {
    const start = lines.indexOf(header);
    if (start < 0) return [];
    const out: string[] = [];
    for (const l of lines.slice(start + 1)) {
      if (!keep(l)) break;
      out.push(l);
    }
    return out;
  };
  const types = after('[Digital Sex Crime Types]', (l) => l.startsWith('- ')).map((l) => l.slice(2));
  const quotes = lines.flatMap((l) => [...l.matchAll(/<i>(.*?)<\/i>/g)].map((m) => m[1] ?? ''));
  const stepGroups: string[][] = [];
  for (const l of lines) {
    if (l.startsWith('* Respond')) stepGroups.push([]);
    else if (/^[①②③④⑤⑥⑦⑧⑨]/.test(l)) stepGroups.at(-1)?.push(l.slice(1).trim());
  }
  const orgLines = after('[Organizations Providing Assistance]', (l) => / - [\d-]+(,\d+)? \(.+\)$/.test(l));
  const phones = orgLines.flatMap((l) => {
    const m = / - ([\d-]+)(?:,(\d+))? \(/.exec(l);
    if (!m?.[1]) return [];
    const first = m[1].replace(/\D/g, '');
    return m[2] ? [first, first.slice(0, -m[2].length) + m[2]] : [first];
  });
  const sites = orgLines.map((l) => /\(([^()]+)\)$/.exec(l)?.[1] ?? '');
  const sourceLines = after('[Source]', (l) => l.startsWith('- ')).map((l) => l.slice(2));
  const pick = (re: RegExp) => lines.find((l) => re.test(l))?.replace(/^- /, '') ?? '';
  return {
    definition: pick(/^Digital sex crime refers to/),
    types, quotes, stepGroups, orgLines, phones, sites, sources: sourceLines,
    awareness: [pick(/^First, /), pick(/^Second, /)],
    notYourFault: pick(/^- Victims of sex crimes are never at fault\./),
    policeNumbers: [...text.matchAll(/\b(112)\b/g)].map((m) => m[1] ?? ''),
  };
}

const normSite = (url: string) => url.toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');

describe.skipIf(!seedExists)('the guide implements every part of the seed', () => {
  const seed = parseSeed(seedText);

  it('parses the seed as expected', () => {
    expect(seed.types).toHaveLength(4);
    expect(seed.quotes).toHaveLength(3);
    expect(seed.stepGroups.map((g) => g.length)).toEqual([3, 4, 3]);
    expect(seed.orgLines).toHaveLength(6);
    expect(seed.sources).toHaveLength(2);
    expect(seed.definition).not.toBe('');
    expect(seed.notYourFault).not.toBe('');
    expect(seed.awareness.every((a) => a !== '')).toBe(true);
  });

  it('maps each seed item to its data, in order', () => {
    expect(definition.seed).toBe(seed.definition);
    expect(crimeTypes.map((t) => t.seed)).toEqual(seed.types);
    expect(awarenessPoints.map((a) => a.seed)).toEqual(seed.awareness);
    expect(scenarios.map((s) => s.seedQuote)).toEqual(seed.quotes);
    expect(scenarios.map((s) => s.steps.map((st) => st.seed))).toEqual(seed.stepGroups);
    expect(scenarios.map((s) => s.steps.length)).toEqual([3, 4, 3]);
    expect(organisations.map((o) => o.seed)).toEqual(seed.orgLines);
    expect(sources.map((s) => s.seed)).toEqual(seed.sources);
    expect(notYourFault.seed).toBe(seed.notYourFault);
  });

  it('references each seed item exactly once, and nothing extra', () => {
    const all = [
      definition.seed, notYourFault.seed,
      ...crimeTypes.map((t) => t.seed), ...awarenessPoints.map((a) => a.seed),
      ...scenarios.flatMap((s) => [s.seedQuote, ...s.steps.map((st) => st.seed)]),
      ...organisations.map((o) => o.seed), ...sources.map((s) => s.seed),
    ];
    const expected = [
      seed.definition, seed.notYourFault, ...seed.types, ...seed.awareness, ...seed.quotes,
      ...seed.stepGroups.flat(), ...seed.orgLines, ...seed.sources,
    ];
    expect([...all].sort()).toEqual([...expected].sort());
    expect(new Set(all).size).toBe(all.length);
    for (const s of all) {
      expect(seedText.includes(s), s).toBe(true);
      expect(s, s).toBe(s.trim());
      expect(s.endsWith('|'), s).toBe(false);
    }
  });

  it('has every phone number of the seed, including 112', () => {
    const tels = new Set([...organisations.flatMap((o) => o.phones.map((p) => p.tel)), emergency.phone.tel]);
    expect(seed.phones).toContain('0222636464');
    expect(seed.phones).toContain('0222636465');
    expect(seed.policeNumbers.length).toBeGreaterThan(0);
    for (const p of [...seed.phones, ...seed.policeNumbers]) expect(tels, p).toContain(p);
  });

  it('has every website of the seed', () => {
    const sites = organisations.map((o) => normSite(o.website));
    for (const s of seed.sites) expect(sites, s).toContain(normSite(s));
  });
});

type Found = { path: string; value: unknown };
function walk(value: unknown, path: string, out: Found[] = []): Found[] {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, out);
  }
  return out;
}
const isText = (v: unknown): v is { ko: string; en: string } =>
  !!v && typeof v === 'object' && !Array.isArray(v) &&
  Object.keys(v).sort().join() === 'en,ko' && Object.values(v).every((x) => typeof x === 'string');
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
const data = { definition, crimeTypes, awarenessPoints, scenarios, organisations, emergency, sources, notYourFault };
const everything = walk(data, 'guide');

describe('the guide data', () => {
  it('writes every Text in both languages: Korean with Hangul, English without', () => {
    const texts = everything.filter((f) => isText(f.value));
    const steps = scenarios.flatMap((s) => s.steps);
    const expected = 3 + crimeTypes.length * 3 + awarenessPoints.length * 2 + scenarios.length * 3 +
      steps.length * 2 + steps.filter((st) => st.locker).length + steps.filter((st) => st.protect).length + organisations.length * 2 + organisations.filter((o) => o.hours).length + 2 +
      sources.length * 2 + 2;
    expect(texts.length).toBe(expected);
    for (const { path, value } of texts) {
      const t = value as { ko: string; en: string };
      expect(t.ko.trim(), `${path}.ko`).not.toBe('');
      expect(t.en.trim(), `${path}.en`).not.toBe('');
      expect(HANGUL.test(t.ko), `${path}.ko has Hangul`).toBe(true);
      expect(HANGUL.test(t.en), `${path}.en has no Hangul: ${t.en}`).toBe(false);
    }
  });

  it('never calls illegal recordings porn (outside the point that rejects the term)', () => {
    const exempt = `guide.awarenessPoints[${awarenessPoints.findIndex((a) => a.id === 'not-pornography')}]`;
    for (const { path, value } of everything) {
      if (typeof value !== 'string' || /\.seed(Quote)?$/.test(path) || path.startsWith(exempt)) continue;
      expect(value, path).not.toMatch(/porn|포르노|야동/i);
    }
  });

  it('uses digits-only tel fields that match the displayed number', () => {
    for (const p of [...organisations.flatMap((o) => o.phones), emergency.phone]) {
      expect(p.tel).toMatch(/^\d+$/);
      expect(p.tel).toBe(p.display.replace(/\D/g, ''));
    }
  });

  it('numbers steps by scenario and links only known organisations', () => {
    const ids = new Set(organisations.map((o) => o.id));
    for (const s of scenarios) {
      s.steps.forEach((st, i) => expect(st.id).toBe(`${s.id}-${i + 1}`));
      for (const st of s.steps) for (const c of st.contacts) expect(ids).toContain(c);
      expect(crimeTypes.map((t) => t.id)).toContain(s.crimeType);
    }
    expect(organisations.every((o) => /^https?:\/\/[^\s]+$/.test(o.website))).toBe(true);
    expect(organisations.filter((o) => o.hours).map((o) => o.id)).toEqual(['women-1366']);
  });

  it('points to the evidence locker from the steps that keep evidence or clues', () => {
    const withLocker = scenarios.flatMap((s) => s.steps).filter((st) => st.locker).map((st) => st.id);
    // "Secure the evidence" (dissemination), "collect the threats" (threat), "remember the clues" (illegal shooting).
    expect(withLocker).toEqual(['illegal-shooting-3', 'dissemination-1', 'threat-1']);
  });

  it('points to "Protect my images" from asking for deletion and from the original a threat is about', () => {
    const withProtect = scenarios.flatMap((s) => s.steps).filter((st) => st.protect).map((st) => st.id);
    expect(withProtect).toEqual(['dissemination-4', 'threat-2']);
  });

  it('looks items up by id and throws on unknown ids', () => {
    expect(scenarioById('threat').steps).toHaveLength(3);
    expect(organisationById('women-1366').phones[0]?.tel).toBe('1366');
    expect(() => scenarioById('nope')).toThrow(/Unknown scenario/);
    expect(() => organisationById('nope')).toThrow(/Unknown organisation/);
    expect(guide.LOCALES).toEqual(['ko', 'en']);
  });
});
