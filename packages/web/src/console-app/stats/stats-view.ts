/**
 * The statistics page worked out apart from how it looks: the period presets in Seoul days, the
 * query, the rows of each table from a Stats object, a count in words ('<5' is "< 5", never a
 * number) and as a bar (a suppressed count is an empty bar), and chart labels wrapped for a phone.
 */
import type { Stats, SuppressedCount } from '@jikim/contracts';
import type { StatsMessages } from './stats-messages.js';

export interface StatsRow { readonly key: string; readonly label: string; readonly count: SuppressedCount }
export type CountSectionId = 'scenario' | 'arrival' | 'siteType' | 'operator' | 'outcome' | 'referral';
export interface CountSection { readonly id: CountSectionId; readonly title: string; readonly rows: readonly StatsRow[] }
export type Preset = 'thisYear' | 'lastYear' | 'last30';
export interface Period { readonly from: string; readonly to: string }

/** Today in Korea, YYYY-MM-DD. */
export function seoulToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** This year (to today), last year (all of it), the last 30 days (today included). */
export function presetPeriod(preset: Preset, today: string): Period {
  const year = Number(today.slice(0, 4));
  if (preset === 'thisYear') return { from: `${year}-01-01`, to: today };
  if (preset === 'lastYear') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  const start = new Date(`${today}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 29);
  return { from: start.toISOString().slice(0, 10), to: today };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const validPeriod = (p: Period) => DAY.test(p.from) && DAY.test(p.to) && p.from <= p.to;

export const statsQuery = (p: Period, locale: 'ko' | 'en') =>
  `from=${encodeURIComponent(p.from)}&to=${encodeURIComponent(p.to)}&locale=${locale}`;

/** A count as a table shows it: "< 5" for a suppressed count, digits grouped by the language. */
export function countText(count: SuppressedCount, locale: 'ko' | 'en'): string {
  return count === '<5' ? '< 5' : count.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-GB');
}

/**
 * A count as a bar: a suppressed count is an empty outline over the whole range below 5 (0 to 5),
 * labelled "< 5", so that no length reads as a number.
 */
export function barOf(count: SuppressedCount): { readonly value: number; readonly suppressed: boolean } {
  return count === '<5' ? { value: 5, suppressed: true } : { value: count, suppressed: false };
}

/** The rows of every count table, named in the page's language (an unknown key keeps its own name). */
export function countSections(stats: Stats, m: StatsMessages): CountSection[] {
  const named = (names: Readonly<Record<string, string>>) => (r: { key: string; count: SuppressedCount }) =>
    ({ key: r.key, label: names[r.key] ?? r.key, count: r.count });
  return [
    { id: 'scenario', title: m.sections.scenario, rows: stats.cases.byScenario.map(named(m.scenario)) },
    { id: 'arrival', title: m.sections.arrival, rows: stats.cases.byArrival.map(named(m.arrival)) },
    { id: 'siteType', title: m.sections.siteType, rows: stats.requests.bySiteType.map(named(m.siteType)) },
    { id: 'operator', title: m.sections.operator, rows: stats.requests.byOperator.map((r) => ({ key: r.key, label: r.name, count: r.count })) },
    { id: 'outcome', title: m.sections.outcome, rows: stats.requests.byOutcome.map(named(m.outcome)) },
    { id: 'referral', title: m.sections.referral, rows: stats.referrals.byKind.map(named(m.referral)) },
  ];
}

/**
 * A label broken into lines of about `width` characters (at spaces where there are any, so words
 * stay whole; Korean without spaces is cut by characters), for a chart on a 360 px screen.
 */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0;) {
      const room = line ? width - line.length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
