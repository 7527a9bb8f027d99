/**
 * The figures as one CSV table for a spreadsheet: columns section,key,name,count,median_days,
 * p90_days; UTF-8 with a byte-order mark (Korean opens intact in Excel), every cell quoted (RFC
 * 4180), CRLF lines, and a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR, …)
 * prefixed with an apostrophe — the audit export's cell writer. '<5' stays text.
 */
import type { Stats } from '@jikim/contracts';
import { CSV_BOM, csvLine } from '../audit/audit-csv.js';
import { label, type STATS_LABELS, type StatsLocale } from './stats-labels.js';

export const STATS_CSV_COLUMNS = ['section', 'key', 'name', 'count', 'median_days', 'p90_days'] as const;

type Cell = string | number | null;

export function statsCsvRows(stats: Stats, locale: StatsLocale): Cell[][] {
  const out: Cell[][] = [];
  const counts = (section: string, group: keyof typeof STATS_LABELS, list: readonly { key: string; count: string | number }[]) => {
    for (const row of list) out.push([section, row.key, label(group, row.key, locale), row.count, null, null]);
  };
  out.push(['cases', 'total', label('section', 'cases', locale), stats.cases.total, null, null]);
  counts('cases_by_scenario', 'scenario', stats.cases.byScenario);
  counts('cases_by_arrival', 'arrival', stats.cases.byArrival);
  out.push(['requests', 'total', label('section', 'requests', locale), stats.requests.total, null, null]);
  counts('requests_by_site_type', 'siteType', stats.requests.bySiteType);
  for (const row of stats.requests.byOperator) out.push(['requests_by_operator', row.key, row.name, row.count, null, null]);
  counts('requests_by_outcome', 'outcome', stats.requests.byOutcome);
  for (const row of stats.removalDays) out.push(['removal_days', row.key, row.name, row.removed, row.median, row.p90]);
  counts('referrals_by_kind', 'referral', stats.referrals.byKind);
  return out;
}

/** The whole file as one string (a few hundred rows at most). */
export function statsCsv(stats: Stats, locale: StatsLocale): string {
  // csvCell neutralises strings only: numbers are numbers. Every name and key passes as a string.
  return CSV_BOM + csvLine(STATS_CSV_COLUMNS) + statsCsvRows(stats, locale).map((row) => csvLine(row)).join('');
}
