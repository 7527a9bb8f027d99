/**
 * Takedown targets (issue 13): 200 addresses over 12 operators added in one call and classified by
 * host, grouped for letters as the console groups them, duplicates reported when added again,
 * statuses by the takedown rules, the victim's view showing the same statuses, and a record the
 * victim shares from the locker's tracker appearing to the counsellor.
 */
import { groupTargets } from '@jikim/case';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, caseWorkApp, requestCase, victim } from './case-work-consent-fixtures.js';
import { addTargets, centreOperator, listTargets, spread } from './case-work-target-fixtures.js';
import { call, V1 } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import type { Person, StaffTestApp } from './support/staff-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`case targets on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    beforeAll(async () => {
      t = await caseWorkApp(testDb);
      me = await t.person('counsellor');
    });
    afterAll(() => t.close());

    it('adds 200 addresses over 12 operators, groups them by operator, and reports the ones already in the case', async () => {
      const o = await requestCase(t);
      const centre = await centreOperator(t, me, 'en');
      const wanted = spread(200, centre.key);
      const { added, alreadyInCase } = await addTargets(t, me, o.caseId, wanted.map((w) => w.url));
      expect(alreadyInCase).toEqual([]);
      expect(added.map((a) => [a.url, a.operator, a.status, a.source])).toEqual(wanted.map((w) => [w.url, w.operator, 'found', 'counsellor']));
      expect(added.find((a) => a.operator === 'telegram')?.siteType).toBe('messenger');
      expect(added.find((a) => a.operator === centre.key)).toMatchObject({ siteType: 'webhard', operatorName: '예시 웹하드', host: 'files.webhard-example.kr' });

      const listed = await listTargets(t, me, o.caseId);
      expect(listed.map((l) => l.id)).toEqual(added.map((a) => a.id));
      const groups = groupTargets(listed, { centreOperators: [{ key: centre.key, language: 'en' }] });
      expect(groups.map((g) => g.operator)).toEqual([...new Set(wanted.map((w) => w.operator))]);
      expect(groups).toHaveLength(12);
      for (const g of groups) expect(g.targetIds).toEqual(listed.filter((l) => l.operator === g.operator).map((l) => l.id));
      // 200 = 12 × 16 + 8: the first eight operators have one more.
      expect(groups.map((g) => g.targetIds.length)).toEqual([17, 17, 17, 17, 17, 17, 17, 17, 16, 16, 16, 16]);
      expect(Object.fromEntries(groups.map((g) => [g.operator, g.locale]))).toMatchObject({ naver: 'ko', 'google-search': 'ko', youtube: 'en', [centre.key]: 'en', other: 'ko' });

      const again = [wanted[0]?.url ?? '', (wanted[5]?.url ?? '').replace('https://www.instagram.com', 'HTTPS://WWW.Instagram.COM:443') + '#top', wanted[199]?.url ?? '', 'https://new.example/one'];
      const second = await addTargets(t, me, o.caseId, again);
      expect(second.alreadyInCase).toEqual(again.slice(0, 3));
      expect(second.added.map((a) => a.url)).toEqual(['https://new.example/one']);
      expect(await listTargets(t, me, o.caseId)).toHaveLength(201);

      const events = (await call(t, me, 'GET', `${V1}/cases/${o.caseId}`)).json().events as { type: string; text: string }[];
      expect(events.filter((e) => e.type === 'targets_added').map((e) => e.text)).toEqual(['200 addresses', '1 address']);
      const audits = await auditOf(t, 'case.targets.add', o.caseId);
      expect(audits.map((a) => a.detail)).toEqual([{ added: 200, alreadyInCase: 0 }, { added: 1, alreadyInCase: 3 }]);
      expect((await auditOf(t, 'case.targets.read', o.caseId)).map((a) => a.detail)).toEqual([{ count: 200 }, { count: 201 }]);
    });

    it('records statuses by the takedown rules, and the person sees the same statuses with no staff names', async () => {
      const o = await requestCase(t);
      const { added } = await addTargets(t, me, o.caseId, ['https://x.com/a/status/1', 'https://t.me/c/2', 'https://unknown.example/3']);
      const [a, b] = added;
      const status = (id: string, payload: object) => call(t, me, 'POST', `${V1}/cases/${o.caseId}/targets/${id}/status`, payload);
      const refused = await status(a?.id ?? '', { status: 'removed' });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ error: 'domain', code: 'status_not_allowed' });

      const requested = await status(a?.id ?? '', { status: 'requested', reference: 'X-CASE-77' });
      expect(requested.statusCode, requested.body).toBe(200);
      expect(requested.json()).toMatchObject({ id: a?.id, status: 'requested', events: [{ status: 'requested', reference: 'X-CASE-77', actor: { kind: 'counsellor', staffId: me.id } }] });
      t.clock.advance(60_000);
      const answered = await status(a?.id ?? '', { status: 'removed', response: 'We removed the post.' });
      expect(answered.json()).toMatchObject({ status: 'removed', events: [{ status: 'requested' }, { status: 'removed', response: 'We removed the post.' }] });
      expect((await status(b?.id ?? '', { status: 'requested' })).statusCode).toBe(200);

      const row = await t.db.kysely.selectFrom('case_targets').selectAll().where('id', '=', a?.id ?? '').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'removed', operator: 'x-twitter', site_type: 'social' });
      expect(row.requested_at).not.toBeNull();
      expect(row.removed_at).toBe(row.last_event_at);
      expect(row.record_sealed).not.toContain('x.com');

      const inConsole = await listTargets(t, me, o.caseId);
      const seen = (await victim(t, o, 'GET', '/case')).json().takedowns as { id: string; url: string; status: string; events: { by: string }[] }[];
      expect(seen.map((s) => [s.id, s.url, s.status])).toEqual(inConsole.map((c) => [c.id, c.url, c.status]));
      expect(seen.map((s) => s.status)).toEqual(['removed', 'requested', 'found']);
      expect(seen[0]?.events.map((e) => e.by)).toEqual(['centre', 'centre']);
      expect(JSON.stringify(seen)).not.toContain(me.id);
      // The case's history names each update's takedown status, never as a status of the case.
      const detail = await call(t, me, 'GET', `${V1}/cases/${o.caseId}`);
      expect(detail.statusCode).toBe(200);
      const updates = (detail.json().events as { type: string; status?: string; takedownStatus?: string }[]).filter((e) => e.type === 'target_status');
      expect(updates.map((e) => [e.takedownStatus, e.status])).toEqual([['requested', undefined], ['removed', undefined], ['requested', undefined]]);
      // Site names in the language the person reads the page in (?locale), the request's (Korean) otherwise.
      const names = async (query: string) => ((await victim(t, o, 'GET', `/case${query}`)).json().takedowns as { operatorName: string }[]).map((d) => d.operatorName);
      const [korean, english] = [await names(''), await names('?locale=en')];
      expect(korean).toHaveLength(3);
      expect(english[2]).not.toEqual(korean[2]);
      expect(english.join(' ')).not.toMatch(/[가-힣]/u);
    });

    it('keeps a record the person shares from the locker tracker, and replaces it when shared again', async () => {
      const o = await requestCase(t);
      const record = {
        id: 'locker-td-1', url: 'https://www.youtube.com/watch?v=abc', channel: 'youtube', reportedAt: '2026-11-20T01:00:00.000Z', method: 'form',
        events: [{ at: '2026-11-20T01:00:00.000Z', status: 'requested', reference: 'YT-1' }],
      };
      expect((await victim(t, o, 'POST', '/case/takedowns', { takedowns: [record] })).statusCode).toBe(204);
      let listed = await listTargets(t, me, o.caseId);
      expect(listed).toEqual([expect.objectContaining({
        url: record.url, operator: 'youtube', source: 'victim', status: 'requested', method: 'form',
        events: [{ at: '2026-11-20T01:00:00.000Z', status: 'requested', reference: 'YT-1', actor: { kind: 'victim' } }],
      })]);

      const more = { ...record, events: [...record.events, { at: '2026-11-25T01:00:00.000Z', status: 'removed', response: '삭제했습니다' }] };
      expect((await victim(t, o, 'POST', '/case/takedowns', { takedowns: [more] })).statusCode).toBe(204);
      listed = await listTargets(t, me, o.caseId);
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ status: 'removed', events: [{ status: 'requested' }, { status: 'removed', response: '삭제했습니다' }] });
      const bad = { ...record, id: 'locker-td-2', events: [{ at: '2026-11-20T01:00:00.000Z', status: 'removed' }] };
      expect((await victim(t, o, 'POST', '/case/takedowns', { takedowns: [bad] })).statusCode).toBe(400);
      expect((await victim(t, o, 'GET', '/case')).json().takedowns.map((d: { by?: string; events: { by: string }[] }) => d.events.map((e) => e.by))).toEqual([['you', 'you']]);
    });
  });
}
