/**
 * The figures over a generated year (seeded) on SQLite and PostgreSQL, checked against an
 * independent count made with plain loops (stats-year.ts), with the edges placed by hand: Seoul
 * days at the year's end, a target requested on the last day and one the day after, small counts.
 */
import { reportingChannels } from '@jikim/guide';
import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { CaseTargetsTable } from '../src/db/schema.js';
import { computeStats } from '../src/stats/compute-stats.js';
import { TEST_DATABASES } from './support/databases.js';
import { expectedStats, generateYear, insertYear, type Year } from './stats-year.js';

const NOW = new Date('2026-12-20T05:00:00.000Z');

function edges(year: Year): Year {
  const kase = year.cases[0];
  if (!kase) throw new Error('no case');
  let seq = 100_000;
  const target = (id: string, operator: string, requestedAt: string, removedAt: string | null): Insertable<CaseTargetsTable> => ({
    id, case_id: kase.id, seq: (seq += 1), url_key: id, record_sealed: 'sealed', operator, site_type: 'messenger',
    status: removedAt ? 'removed' : 'requested', source: 'counsellor', source_ref: null, created_at: requestedAt, requested_at: requestedAt,
    removed_at: removedAt, reappeared_at: null, last_event_at: removedAt ?? requestedAt, updated_at: requestedAt,
  });
  const centre = (id: string, name: string) => ({ ...year.centre[0] as Year['centre'][number], id, name });
  const targets = [...year.targets];
  for (let i = 0; i < 5; i += 1) {
    targets.push(target(`edge-in-${i}`, 'centre:lastDay00001', '2026-12-31T14:59:59.999Z', null));
    targets.push(target(`edge-out-${i}`, 'centre:dayAfter0001', '2026-12-31T15:00:00.000Z', null));
  }
  for (let i = 0; i < 3; i += 1) targets.push(target(`few-${i}`, 'centre:fewThree001', '2026-06-01T01:00:00.000Z', '2026-06-03T01:00:00.000Z'));
  for (let i = 0; i < 5; i += 1) targets.push(target(`backwards-${i}`, 'centre:backwards01', '2026-07-10T01:00:00.000Z', '2026-07-01T01:00:00.000Z'));
  // Five cases created at 00:30 on 1 January 2027 in Korea (still 31 December in UTC).
  const cases = [...year.cases, ...[0, 1, 2, 3, 4].map((i) => ({ ...kase, id: `newyear${String(i).padStart(9, '0')}`, created_at: '2026-12-31T15:30:00.000Z', junk_at: null, withdrawn_at: null, arrival: 'referral' as const, situation: 'synthesis' as const }))];
  return { ...year, cases, targets, centre: [...year.centre, centre('lastDay00001', '마지막 날'), centre('dayAfter0001', '다음 날'), centre('fewThree001', '=HYPERLINK("x")')] };
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`the figures over a generated year on ${testDb.name}`, () => {
    let db: Db;
    let drop: () => Promise<void>;
    const year = edges(generateYear({ seed: 13, cases: 400, targets: 4_000, referrals: 300, start: '2025-12-20T00:00:00.000Z', days: 376 }));

    beforeAll(async () => {
      const made = await testDb.create();
      drop = made.drop;
      db = createDb(made.database);
      await migrateToLatest(db);
      await insertYear(db.kysely, year);
    });
    afterAll(async () => {
      await db.close();
      await drop();
    });

    for (const [from, to] of [['2026-01-01', '2026-12-31'], ['2026-12-01', '2026-12-31'], ['2026-03-10', '2026-03-12']] as const) {
      it(`matches an independent count for ${from} to ${to}`, async () => {
        const stats = await computeStats(db.kysely, { from, to }, NOW);
        const want = expectedStats(year, from, to, NOW);
        expect(stats.cases).toEqual(want.cases);
        expect(stats.requests.total).toEqual(want.requests.total);
        expect(stats.requests.bySiteType).toEqual(want.requests.bySiteType);
        expect(stats.requests.byOutcome).toEqual(want.requests.byOutcome);
        expect(stats.referrals).toEqual(want.referrals);
        const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));
        expect(byKey(stats.requests.byOperator).map(({ key, count }) => ({ key, count }))).toEqual(byKey(want.requests.byOperator).map(({ key, count }) => ({ key, count })));
        expect(byKey(stats.removalDays).map(({ key, removed, median, p90 }) => ({ key, removed, median, p90 })))
          .toEqual(byKey(want.removalDays).map(({ key, removed, median, p90 }) => ({ key, removed, median, p90 })));
        // Largest first: each operator's raw count is at least the next one's.
        const raw = new Map(want.requests.byOperator.map((r) => [r.key, r.raw]));
        const order = stats.requests.byOperator.map((r) => raw.get(r.key) ?? -1);
        expect(order).toEqual([...order].sort((a, b) => b - a));
        const removedRaw = new Map(want.removalDays.map((r) => [r.key, r.raw]));
        const removedOrder = stats.removalDays.map((r) => removedRaw.get(r.key) ?? -1);
        expect(removedOrder).toEqual([...removedOrder].sort((a, b) => b - a));
      });
    }

    it('has real figures: most targets counted, a ~60% removal share, medians where there are 5 removals', async () => {
      const stats = await computeStats(db.kysely, { from: '2026-01-01', to: '2026-12-31' }, NOW);
      expect(typeof stats.requests.total === 'number' && stats.requests.total > 3_000).toBe(true);
      const removed = stats.requests.byOutcome.find((r) => r.key === 'removed')?.count as number;
      expect(removed / (stats.requests.total as number)).toBeGreaterThan(0.5);
      expect(stats.requests.byOutcome.find((r) => r.key === 'no_answer')?.count).not.toBe(0);
      expect(stats.requests.byOutcome.find((r) => r.key === 'pending')?.count).not.toBe(0);
      expect(stats.removalDays.filter((r) => r.median !== null).length).toBeGreaterThan(10);
      expect(stats.requests.bySiteType.map((r) => r.key)).toEqual(['adult', 'search', 'social', 'webhard', 'messenger', 'other']);
    });

    it('counts a target requested on the last Seoul day of the period, not one the day after', async () => {
      const y2026 = await computeStats(db.kysely, { from: '2026-01-01', to: '2026-12-31' }, NOW);
      expect(y2026.requests.byOperator.find((r) => r.key === 'centre:lastDay00001')).toEqual({ key: 'centre:lastDay00001', name: '마지막 날', count: 5 });
      expect(y2026.requests.byOperator.find((r) => r.key === 'centre:dayAfter0001')).toBeUndefined();
      const newYear = await computeStats(db.kysely, { from: '2027-01-01', to: '2027-01-01' }, NOW);
      expect(newYear.requests.byOperator.find((r) => r.key === 'centre:dayAfter0001')).toEqual({ key: 'centre:dayAfter0001', name: '다음 날', count: 5 });
      expect(newYear.requests.byOperator.find((r) => r.key === 'centre:lastDay00001')).toBeUndefined();
    });

    it('puts a case made at 2026-12-31T15:30Z on 1 January 2027', async () => {
      const newYear = await computeStats(db.kysely, { from: '2027-01-01', to: '2027-01-01' }, NOW);
      expect(newYear.cases.total).toBe(5);
      expect(newYear.cases.byArrival.find((r) => r.key === 'referral')?.count).toBe(5);
      expect(newYear.cases.byScenario.find((r) => r.key === 'synthesis')?.count).toBe(5);
      const lastDay = await computeStats(db.kysely, { from: '2026-12-31', to: '2026-12-31' }, NOW);
      expect(lastDay.cases.total).toBe(0);
    });

    it('leaves a removal dated before its request out of the days to removal, not out of the requests', async () => {
    const july = await computeStats(db.kysely, { from: '2026-07-10', to: '2026-07-10' }, NOW);
    expect(july.requests.byOperator.find((r) => r.key === 'centre:backwards01')?.count).toBe(5);
    expect(july.removalDays.find((r) => r.key === 'centre:backwards01')).toBeUndefined();
  });

  it("shows small counts as '<5' and no days for fewer than five removals", async () => {
      const june = await computeStats(db.kysely, { from: '2026-06-01', to: '2026-06-01' }, NOW);
      const few = june.requests.byOperator.find((r) => r.key === 'centre:fewThree001');
      expect(few?.count).toBe('<5');
      expect(june.removalDays.find((r) => r.key === 'centre:fewThree001')).toEqual({ key: 'centre:fewThree001', name: '=HYPERLINK("x")', removed: '<5', median: null, p90: null });
      const all = [june.cases.total, june.requests.total, ...june.cases.byScenario.map((r) => r.count), ...june.requests.byOperator.map((r) => r.count), ...june.referrals.byKind.map((r) => r.count)];
      for (const count of all) expect(count === 0 || count === '<5' || (typeof count === 'number' && count >= 5)).toBe(true);
    });

    it("names operators in the locale: the directory's name, the centre's, or not in the directory", async () => {
      const shipped = reportingChannels[0];
      if (!shipped) throw new Error('empty directory');
      for (const locale of ['ko', 'en'] as const) {
        const stats = await computeStats(db.kysely, { from: '2026-01-01', to: '2026-12-31', locale }, NOW);
        expect(stats.requests.byOperator.find((r) => r.key === shipped.id)?.name).toBe(shipped.name[locale]);
        expect(stats.requests.byOperator.find((r) => r.key === 'other')?.name).toBe(locale === 'ko' ? '목록에 없는 곳' : 'Not in the directory');
        expect(stats.requests.byOperator.find((r) => r.key === 'centre:centreAAAA01')?.name).toBe('센터 운영자 1');
      }
    });
  });
}
