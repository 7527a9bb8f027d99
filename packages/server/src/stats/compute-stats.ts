/**
 * The figures a centre reports, from clear columns only (no sealed field is read, the vault is never
 * called): cases created in a period of Seoul days (junk left out) by scenario and by arrival;
 * deletion requests (targets first requested in the period) by site type, operator and outcome;
 * days from first request to first removal per operator (median and p90, nearest rank); referrals
 * by kind. Counts are SQL aggregates (group by) on SQLite and PostgreSQL; only the removal
 * percentiles fetch rows, and only (operator, requested_at, removed_at). Every count is suppressed
 * below 5 (suppress.ts) before it leaves this module.
 */
import { ARRIVALS, OUTCOMES, REFERRAL_KINDS, SCENARIOS, SITE_TYPES, type Stats } from '@jikim/contracts';
import { seoulDay, seoulDayAfter } from '@jikim/case';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { medianAndP90 } from './percentile.js';
import { seoulDaysFromTo, seoulInstant, seoulPeriod } from './seoul-period.js';
import { operatorName, type StatsLocale } from './stats-labels.js';
import { suppress } from './suppress.js';

export interface StatsQuery {
  /** Seoul calendar days, inclusive (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  /** The language of operator names. */
  readonly locale?: StatsLocale;
}

/** A request with no event for this many Seoul days counts as "no answer". */
export const NO_ANSWER_DAYS = 14;
/** Fewer removals than this for an operator: no median or p90 (too few to say, and identifying). */
export const MIN_REMOVALS_FOR_DAYS = 5;

type Counts = Map<string, number>;
const add = (counts: Counts, key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
/** Every listed key (0 when absent), then any other key found, in the order found. */
function rows(keys: readonly string[], counts: Counts) {
  return [...new Set([...keys, ...counts.keys()])].map((key) => ({ key, count: suppress(counts.get(key) ?? 0) }));
}
const sum = (counts: Counts) => [...counts.values()].reduce((a, b) => a + b, 0);

export async function computeStats(db: Kysely<Database>, query: StatsQuery, now: Date): Promise<Stats> {
  if (query.from > query.to) throw new RangeError('the period ends before it starts');
  const locale = query.locale ?? 'ko';
  const { start, end } = seoulPeriod(query.from, query.to);
  // Last event on or before this Seoul day minus 14: before the start of (today − 13) in Korea.
  const noAnswerBefore = seoulInstant(seoulDayAfter(seoulDay(now), -(NO_ANSWER_DAYS - 1)));

  const caseRows = await db.selectFrom('cases')
    .select(['situation', 'arrival', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('created_at', '>=', start).where('created_at', '<', end).where('junk_at', 'is', null)
    // A withdrawn case leaves the figures (decision 0017): its targets, letters and referrals are deleted with it.
    .where('withdrawn_at', 'is', null)
    .groupBy(['situation', 'arrival'])
    .execute();
  const byScenario: Counts = new Map();
  const byArrival: Counts = new Map();
  for (const row of caseRows) {
    add(byScenario, row.situation ?? 'unsure', Number(row.n));
    add(byArrival, row.arrival, Number(row.n));
  }

  // One row per operator, site type and status; "no answer" is counted beside (a conditional sum),
  // so the group-by reads only the covering index case_targets_figures.
  const targetRows = await db.selectFrom('case_targets')
    .select(['operator', 'site_type', 'status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .select(sql<number | string>`sum(case when status = 'requested' and coalesce(last_event_at, requested_at) < ${noAnswerBefore} then 1 else 0 end)`.as('stale'))
    .where('requested_at', '>=', start).where('requested_at', '<', end)
    .groupBy(['operator', 'site_type', 'status'])
    .execute();
  const bySiteType: Counts = new Map();
  const byOperator: Counts = new Map();
  const byOutcome: Counts = new Map();
  for (const row of targetRows) {
    const n = Number(row.n);
    const stale = Number(row.stale);
    add(bySiteType, row.site_type, n);
    add(byOperator, row.operator, n);
    if (row.status === 'removed' || row.status === 'refused' || row.status === 'reappeared') add(byOutcome, row.status, n);
    else {
      add(byOutcome, 'no_answer', stale);
      add(byOutcome, 'pending', n - stale);
    }
  }

  const removals = await db.selectFrom('case_targets')
    .select(['operator', 'requested_at', 'removed_at'])
    .where('requested_at', '>=', start).where('requested_at', '<', end).where('removed_at', 'is not', null)
    .execute();
  const days = new Map<string, number[]>();
  for (const r of removals) {
    if (r.requested_at === null || r.removed_at === null) continue;
    const taken = seoulDaysFromTo(r.requested_at, r.removed_at);
    // A removal dated before its request (a record typed by hand) says nothing of the operator's speed.
    if (!(taken >= 0)) continue;
    const list = days.get(r.operator) ?? days.set(r.operator, []).get(r.operator) as number[];
    list.push(taken);
  }

  const referralRows = await db.selectFrom('case_referrals')
    .select(['kind', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('created_at', '>=', start).where('created_at', '<', end)
    .groupBy('kind')
    .execute();
  const byKind: Counts = new Map(referralRows.map((r) => [r.kind, Number(r.n)]));

  const centre = await db.selectFrom('centre_operators').select(['id', 'name']).execute();
  const centreNames = new Map(centre.map((c) => [c.id, c.name]));
  const nameOf = (key: string) => operatorName(key, locale, centreNames);
  const byCountThenKey = <T extends { key: string }>(n: (x: T) => number) => (a: T, b: T) => n(b) - n(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

  return {
    from: query.from,
    to: query.to,
    cases: { total: suppress(sum(byArrival)), byScenario: rows(SCENARIOS, byScenario), byArrival: rows(ARRIVALS, byArrival) },
    requests: {
      total: suppress(sum(byOperator)),
      bySiteType: rows(SITE_TYPES, bySiteType),
      byOperator: [...byOperator].map(([key, n]) => ({ key, n }))
        .sort(byCountThenKey((x) => x.n))
        .map(({ key, n }) => ({ key, name: nameOf(key), count: suppress(n) })),
      byOutcome: rows(OUTCOMES, byOutcome),
    },
    removalDays: [...days].map(([key, list]) => ({ key, list }))
      .sort(byCountThenKey((x) => x.list.length))
      .map(({ key, list }) => ({ key, name: nameOf(key), removed: suppress(list.length), ...medianAndP90(list, MIN_REMOVALS_FOR_DAYS) })),
    referrals: { byKind: rows(REFERRAL_KINDS, byKind) },
  };
}
