/**
 * The figures over HTTP, on SQLite and PostgreSQL: admins only, the JSON equals computeStats for
 * the same period, the CSV is an attachment with a BOM whose formula-like operator name is inert,
 * a bad period is a 400, and every read is audited with the period.
 */
import { statsSchema } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeStats } from '../src/stats/compute-stats.js';
import { auditRows, call, V1 } from './console-case-fixtures.js';
import { generateYear, insertYear } from './stats-year.js';
import { TEST_DATABASES } from './support/databases.js';
import { createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`GET /stats and /stats.csv on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let admin: Person;
    let counsellor: Person;

    beforeAll(async () => {
      t = await createStaffTestApp(testDb, new Date('2026-12-20T05:00:00Z'));
      admin = await t.person('admin');
      counsellor = await t.person('counsellor');
      const year = generateYear({ seed: 7, cases: 60, targets: 400, referrals: 30, start: '2026-01-01T00:00:00.000Z', days: 300 });
      const centre = year.centre.map((c, i) => (i === 0 ? { ...c, name: '=HYPERLINK("http://x")' } : c));
      await insertYear(t.db.kysely, { ...year, centre });
    });
    afterAll(() => t.close());

    it('answers admins with the figures computeStats makes for the same period, and audits the read', async () => {
      const response = await call(t, admin, 'GET', `${V1}/stats?from=2026-01-01&to=2026-12-31&locale=en`);
      expect(response.statusCode).toBe(200);
      const body = statsSchema.parse(response.json());
      expect(body).toEqual(await computeStats(t.db.kysely, { from: '2026-01-01', to: '2026-12-31', locale: 'en' }, t.clock.now()));
      expect(body.requests.total).not.toBe(0);
      const rows = await auditRows(t, 'stats.read');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ actor_id: admin.id, case_id: null });
      expect(JSON.parse(rows[0]?.detail ?? '{}')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    });

    it('names operators in Korean when no locale is given', async () => {
      const body = statsSchema.parse((await call(t, admin, 'GET', `${V1}/stats?from=2026-01-01&to=2026-12-31`)).json());
      expect(body.requests.byOperator.find((r) => r.key === 'other')?.name).toBe('목록에 없는 곳');
    });

    it('refuses counsellors (403), no session (401), and a period that ends before it starts (400)', async () => {
      expect((await call(t, counsellor, 'GET', `${V1}/stats?from=2026-01-01&to=2026-12-31`)).statusCode).toBe(403);
      expect((await call(t, undefined, 'GET', `${V1}/stats.csv?from=2026-01-01&to=2026-12-31`)).statusCode).toBe(401);
      expect((await call(t, admin, 'GET', `${V1}/stats?from=2026-12-31&to=2026-01-01`)).statusCode).toBe(400);
      expect((await call(t, admin, 'GET', `${V1}/stats?from=2026-13-01&to=2026-12-31`)).statusCode).toBe(400);
      expect((await call(t, admin, 'GET', `${V1}/stats?from=2026-01-01&to=2026-12-31&locale=fr`)).statusCode).toBe(400);
    });

    it('exports the same figures as a CSV attachment, formula cells made inert, and audits the export', async () => {
      const response = await call(t, admin, 'GET', `${V1}/stats.csv?from=2026-02-01&to=2026-11-30&locale=ko`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="jikim-stats-2026-02-01-2026-11-30.csv"');
      const text = response.body;
      expect(text.startsWith('\uFEFF"section","key","name","count","median_days","p90_days"\r\n')).toBe(true);
      const stats = await computeStats(t.db.kysely, { from: '2026-02-01', to: '2026-11-30', locale: 'ko' }, t.clock.now());
      const inert = stats.requests.byOperator.find((r) => r.key === 'centre:centreAAAA01');
      expect(inert).toBeDefined();
      expect(text).toContain(`"requests_by_operator","centre:centreAAAA01","'=HYPERLINK(""http://x"")","${String(inert?.count)}","",""\r\n`);
      expect(text).toContain(`"requests","total","삭제 요청 (전체)","${String(stats.requests.total)}","",""\r\n`);
      expect(text.slice(1).match(/(^|,)"[=+\-@\t\r]/gmu)).toBeNull();
      const rows = await auditRows(t, 'stats.export');
      expect(rows.map((r) => JSON.parse(r.detail))).toEqual([{ from: '2026-02-01', to: '2026-11-30' }]);
    });
  });
}
