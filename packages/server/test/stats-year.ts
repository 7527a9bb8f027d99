/**
 * A generated year of case work for the figures (tests and bench/stats.bench.ts): cases, targets,
 * referrals and centre operators from a seeded PRNG, inserted straight into the tables in batches
 * with dummy sealed columns (the figures never read them). `expectedStats` counts the same data
 * with plain loops and @jikim/case's Intl-based Seoul day — a different path from computeStats's
 * SQL — to check it against.
 */
import { ARRIVALS, OUTCOMES, REFERRAL_KINDS, SCENARIOS, SITE_TYPES, type Stats, type SuppressedCount } from '@jikim/contracts';
import { seoulDay, seoulDaysBetween } from '@jikim/case';
import { reportingChannels } from '@jikim/guide';
import type { Insertable, Kysely } from 'kysely';
import type { CasesTable, CaseReferralsTable, CaseTargetsTable, CentreOperatorsTable, Database } from '../src/db/schema.js';

/** mulberry32: small, seeded, the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface YearOptions {
  readonly seed: number;
  readonly cases: number;
  readonly targets: number;
  readonly referrals: number;
  /** The first instant of generated times; cases spread over `days` days from it. */
  readonly start: string;
  readonly days: number;
}

export interface Year {
  readonly cases: Insertable<CasesTable>[];
  readonly targets: Insertable<CaseTargetsTable>[];
  readonly referrals: Insertable<CaseReferralsTable>[];
  readonly centre: Insertable<CentreOperatorsTable>[];
}

const DAY = 86_400_000;
const CENTRE_IDS = ['centreAAAA01', 'centreBBBB02', 'centreCCCC03', 'centreDDDD04', 'centreEEEE05'];
/** ~30 operators: 24 shipped channels, 5 of the centre's own, and "not in the directory". */
export const OPERATORS: readonly string[] = [...reportingChannels.slice(0, 24).map((c) => c.id), ...CENTRE_IDS.map((id) => `centre:${id}`), 'other'];

export function generateYear(o: YearOptions): Year {
  const random = prng(o.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const t0 = Date.parse(o.start);
  const iso = (ms: number) => new Date(ms).toISOString();
  const cases: Insertable<CasesTable>[] = [];
  for (let n = 0; n < o.cases; n += 1) {
    const at = iso(t0 + Math.floor(random() * o.days * DAY));
    cases.push({
      id: `c${String(n).padStart(15, '0')}`, status: pick(['new', 'assigned', 'waiting', 'closed'] as const), opened_by: 'victim_request',
      created_at: at, closed_at: null, assigned_staff_id: null, locale: 'ko',
      situation: random() < 0.1 ? null : pick(SCENARIOS), arrival: pick(ARRIVALS),
      request_sealed: 'sealed', junk_at: random() < 0.05 ? at : null, withdrawn_at: random() < 0.03 ? at : null, updated_at: at,
    });
  }
  // Operators get very different shares (a few big ones), site types follow the operator.
  const weights = OPERATORS.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const weighted = () => {
    let r = random() * total;
    for (const [i, w] of weights.entries()) if ((r -= w) <= 0) return OPERATORS[i] as string;
    return 'other';
  };
  const siteOf = new Map(OPERATORS.map((op, i) => [op, SITE_TYPES[i % SITE_TYPES.length] as CaseTargetsTable['site_type']]));
  const targets: Insertable<CaseTargetsTable>[] = [];
  for (let n = 0; n < o.targets; n += 1) {
    const kase = cases[Math.floor(random() * cases.length)] as Insertable<CasesTable>;
    const created = Date.parse(kase.created_at);
    const r = random();
    const status: CaseTargetsTable['status'] = r < 0.6 ? 'removed' : r < 0.7 ? 'refused' : r < 0.75 ? 'reappeared' : r < 0.88 ? 'requested' : r < 0.95 ? 'acknowledged' : 'found';
    const requested = status === 'found' ? null : created + Math.floor(random() * 10 * DAY);
    const removed = requested !== null && (status === 'removed' || status === 'reappeared') ? requested + Math.floor(random() ** 2 * 60 * DAY) : null;
    const last = requested === null ? null : removed ?? requested + Math.floor(random() * 20 * DAY);
    const operator = weighted();
    targets.push({
      id: `t${String(n).padStart(15, '0')}`, case_id: kase.id, seq: n, url_key: `k${n}`, record_sealed: 'sealed',
      operator, site_type: siteOf.get(operator) ?? 'other', status, source: random() < 0.1 ? 'victim' : 'counsellor', source_ref: null,
      created_at: iso(created), requested_at: requested === null ? null : iso(requested), removed_at: removed === null ? null : iso(removed),
      reappeared_at: status === 'reappeared' && removed !== null ? iso(removed + DAY) : null,
      last_event_at: last === null ? null : iso(last), updated_at: iso(created),
    });
  }
  const referrals: Insertable<CaseReferralsTable>[] = [];
  for (let n = 0; n < o.referrals; n += 1) {
    const kase = pick(cases);
    const at = iso(Date.parse(kase.created_at) + Math.floor(random() * 5 * DAY));
    referrals.push({ id: `r${String(n).padStart(15, '0')}`, case_id: kase.id, kind: pick(REFERRAL_KINDS), state: 'sent', without_consent: 0, created_at: at, updated_at: at, detail_sealed: 'sealed' });
  }
  const centre = CENTRE_IDS.map((id, i) => ({
    id, name: `센터 운영자 ${i + 1}`, email: null, form_url: null, language: 'ko' as const, site_type: 'other' as const,
    domains: '[]', notes: '', created_at: o.start, updated_at: o.start, removed_at: null,
  }));
  return { cases, targets, referrals, centre };
}

/** Inserts in batches small enough for SQLite's and PostgreSQL's bound-parameter limits. */
export async function insertYear(db: Kysely<Database>, year: Year, batch = 1_000): Promise<void> {
  const chunks = async <T>(rows: readonly T[], insert: (rows: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += batch) await insert(rows.slice(i, i + batch));
  };
  await db.transaction().execute(async (trx) => {
    if (year.centre.length > 0) await trx.insertInto('centre_operators').values(year.centre).execute();
    await chunks(year.cases, (rows) => trx.insertInto('cases').values(rows).execute());
    await chunks(year.targets, (rows) => trx.insertInto('case_targets').values(rows).execute());
    await chunks(year.referrals, (rows) => trx.insertInto('case_referrals').values(rows).execute());
  });
}

const hide = (n: number): SuppressedCount => (n === 0 ? 0 : n < 5 ? '<5' : n);
const nearest = (sorted: number[], p: number) => sorted[Math.ceil((p / 100) * sorted.length) - 1] as number;

/** The figures for a period counted by plain loops (names left to the caller: `name` is ''). */
export function expectedStats(year: Year, from: string, to: string, now: Date) {
  const inPeriod = (at: string | null | undefined) => {
    if (!at) return false;
    const day = seoulDay(at);
    return day >= from && day <= to;
  };
  const tally = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;
  const scenario = tally(SCENARIOS);
  const arrival = tally(ARRIVALS);
  for (const c of year.cases) {
    if (!inPeriod(c.created_at) || c.junk_at || c.withdrawn_at) continue;
    scenario[c.situation ?? 'unsure'] = (scenario[c.situation ?? 'unsure'] ?? 0) + 1;
    arrival[c.arrival as string] = (arrival[c.arrival as string] ?? 0) + 1;
  }
  const site = tally(SITE_TYPES);
  const outcome = tally(OUTCOMES);
  const operator: Record<string, number> = {};
  const days: Record<string, number[]> = {};
  for (const t of year.targets) {
    if (!inPeriod(t.requested_at)) continue;
    site[t.site_type] = (site[t.site_type] ?? 0) + 1;
    operator[t.operator] = (operator[t.operator] ?? 0) + 1;
    let result: string = 'pending';
    if (t.status === 'removed' || t.status === 'refused' || t.status === 'reappeared') result = t.status;
    else if (t.status === 'requested' && seoulDaysBetween(t.last_event_at ?? (t.requested_at as string), now) >= 14) result = 'no_answer';
    outcome[result] = (outcome[result] ?? 0) + 1;
    const taken = t.removed_at ? seoulDaysBetween(t.requested_at as string, t.removed_at) : -1;
    if (taken >= 0) (days[t.operator] ??= []).push(taken);
  }
  const kinds = tally(REFERRAL_KINDS);
  for (const r of year.referrals) if (inPeriod(r.created_at)) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
  const rows = (counts: Record<string, number>) => Object.entries(counts).map(([key, n]) => ({ key, count: hide(n) }));
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    from, to,
    cases: { total: hide(sum(arrival)), byScenario: rows(scenario), byArrival: rows(arrival) },
    requests: {
      total: hide(sum(operator)),
      bySiteType: rows(site),
      byOperator: Object.entries(operator).map(([key, n]) => ({ key, count: hide(n), raw: n })),
      byOutcome: rows(outcome),
    },
    removalDays: Object.entries(days).map(([key, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      const enough = sorted.length >= 5;
      return { key, removed: hide(sorted.length), raw: sorted.length, median: enough ? nearest(sorted, 50) : null, p90: enough ? nearest(sorted, 90) : null };
    }),
    referrals: { byKind: rows(kinds) },
  } satisfies Omit<Stats, 'requests' | 'removalDays'> & Record<string, unknown>;
}
