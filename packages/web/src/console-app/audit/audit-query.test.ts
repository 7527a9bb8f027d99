import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { en, ko } from './audit-messages.js';
import { AuditPage } from './audit-page.js';
import { seoulDayStart } from '@jikim/case';
import { seoulTime } from '../seoul-time.js';
import { csvUrl, detailText, EMPTY_FILTER, entriesUrl, seoulDayEnd } from './audit-query.js';

describe('the auditor page’s query', () => {
  it('turns Seoul days into instants, the last day included', () => {
    expect(seoulDayStart('2026-12-01')).toBe('2026-12-01T00:00:00+09:00');
    expect(seoulDayEnd('2026-12-01')).toBe('2026-12-01T15:00:00.000Z');
    expect(seoulDayEnd('2026-12-31')).toBe('2026-12-31T15:00:00.000Z');
  });

  it('sends only the filters that are set, trimmed, the action in lower case', () => {
    expect(entriesUrl(EMPTY_FILTER)).toBe('/api/console/v1/audit/entries?limit=50');
    expect(csvUrl(EMPTY_FILTER)).toBe('/api/console/v1/audit/entries.csv');
    const form = { fromDay: '2026-11-01', toDay: '2026-11-30', actorKind: 'staff', actor: ' s-1 ', action: 'Case.', caseId: '', } as const;
    const query = new URL(entriesUrl(form, 120), 'https://x.example').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      from: '2026-11-01T00:00:00+09:00', to: '2026-11-30T15:00:00.000Z', actorKind: 'staff', actor: 's-1', action: 'case.', before: '120', limit: '50',
    });
    expect(csvUrl({ ...EMPTY_FILTER, caseId: 'c&d' })).toBe('/api/console/v1/audit/entries.csv?caseId=c%26d');
    expect(csvUrl({ ...EMPTY_FILTER, fromDay: 'not a day' })).toBe('/api/console/v1/audit/entries.csv');
  });

  it('shows times in Korea time and detail as key=value', () => {
    expect(seoulTime('2026-11-30T15:04:05.000Z', 'en')).toBe('01/12/2026, 00:04:05');
    expect(seoulTime('2026-11-30T15:04:05.000Z', 'ko')).toMatch(/^2026\. 12\. 01\. 00:04:05$/);
    expect(detailText({ role: 'auditor', rows: 3, ok: true, none: null })).toBe('role=auditor, rows=3, ok=true, none=null');
  });
});

describe('AuditPage', () => {
  it('renders its filters, CSV link and integrity check in each language', () => {
    for (const [lang, t] of [['ko', ko], ['en', en]] as const) {
      const html = renderToStaticMarkup(createElement(AuditPage, { lang }));
      for (const text of [t.title, t.from, t.to, t.actor, t.action, t.caseId, t.downloadCsv, t.verify, t.loading]) expect(html).toContain(text);
      expect(html).toContain('href="/api/console/v1/audit/entries.csv"');
      expect(html).not.toContain(t.anchorNow);
      expect(renderToStaticMarkup(createElement(AuditPage, { lang, csrfToken: 'token' }))).toContain(t.anchorNow);
    }
  });

  it('has every message in both languages', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k])).sort();
    expect(keys(ko)).toEqual(keys(en));
  });
});
