/**
 * The operator directory (issue 13): the shipped channels read-only with their hosts, sources and
 * checked day; the centre's own added, changed and removed (audited by id), classifying addresses
 * before the directory does; and a case refuses more targets than CASE_WORK_LIMITS allows.
 */
import { CASE_WORK_LIMITS } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseWorkApp, requestCase } from './case-work-consent-fixtures.js';
import { addTargets } from './case-work-target-fixtures.js';
import { auditRows, call, V1 } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import { as, type Person, type StaffTestApp } from './support/staff-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`case-work operators on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    beforeAll(async () => {
      t = await caseWorkApp(testDb);
      me = await t.person('counsellor');
    });
    afterAll(() => t.close());

    it('lists the shipped directory and keeps the centre’s own operators, which classify first', async () => {
      const directory = (await call(t, me, 'GET', `${V1}/operators`)).json();
      const naver = directory.shipped.find((s: { key: string }) => s.key === 'naver');
      expect(naver).toMatchObject({ name: { ko: '네이버 신고센터' }, siteType: 'social', domains: ['naver.com', 'naver.me'], verified: true, checkedOn: '2026-11-28' });
      expect(naver.sources[0].url).toMatch(/^https:\/\/help\.naver\.com\//);
      expect(directory.centre).toEqual([]);

      const made = await call(t, me, 'POST', `${V1}/operators`, { name: 'Blog team', language: 'en', siteType: 'webhard', domains: ['blog.naver.com'], email: 'team@blog-test.example' });
      expect(made.statusCode, made.body).toBe(201);
      const op = made.json();
      expect(op).toMatchObject({ key: `centre:${String(op.id)}`, name: 'Blog team', domains: ['blog.naver.com'], notes: '' });

      const o = await requestCase(t);
      const { added } = await addTargets(t, me, o.caseId, ['https://m.blog.naver.com/a/1', 'https://cafe.naver.com/b/2']);
      expect(added.map((a) => [a.operator, a.siteType, a.operatorName])).toEqual([[op.key, 'webhard', 'Blog team'], ['naver', 'social', '네이버 신고센터']]);

      const changed = await call(t, me, 'PUT', `${V1}/operators/${String(op.id)}`, { name: 'Blog team (Naver)', language: 'ko', siteType: 'social', domains: [] });
      expect(changed.json()).toMatchObject({ name: 'Blog team (Naver)', language: 'ko', domains: [] });
      const removed = await t.app.inject({ method: 'DELETE', url: `${V1}/operators/${String(op.id)}`, headers: as(me, 'DELETE') });
      expect(removed.statusCode).toBe(204);
      expect((await call(t, me, 'GET', `${V1}/operators`)).json().centre).toEqual([]);
      // A target written to it keeps its name.
      const listed = (await call(t, me, 'GET', `${V1}/cases/${o.caseId}/targets`)).json().targets;
      expect(listed[0].operatorName).toBe('Blog team (Naver)');
      const chosen = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/targets`, { targets: [{ url: 'https://example.org/x', operator: op.key }] });
      expect(chosen.statusCode).toBe(400);
      expect((await auditRows(t, 'operator.create')).map((r) => JSON.parse(r.detail))).toEqual([{ operatorId: op.id }]);
      expect((await auditRows(t, 'operator.remove')).map((r) => JSON.parse(r.detail))).toEqual([{ operatorId: op.id }]);
    });

    it('refuses more targets than a case may hold, with too_many_targets', async () => {
      const o = await requestCase(t);
      const rows = Array.from({ length: CASE_WORK_LIMITS.targetsPerCase }, (_, i) => ({
        id: `filler-${String(i)}`, case_id: o.caseId, seq: i + 1, url_key: `k${String(i)}`, record_sealed: 'x', operator: 'other', site_type: 'other' as const,
        status: 'found' as const, source: 'counsellor' as const, source_ref: null, created_at: '2026-12-01T00:00:00.000Z', requested_at: null,
        removed_at: null, reappeared_at: null, last_event_at: null, updated_at: '2026-12-01T00:00:00.000Z',
      }));
      for (let i = 0; i < rows.length; i += 200) await t.db.kysely.insertInto('case_targets').values(rows.slice(i, i + 200)).execute();
      const response = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/targets`, { targets: [{ url: 'https://example.org/one-more' }] });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ error: 'too_many_targets' });
    });
  });
}
