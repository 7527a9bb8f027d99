/**
 * Reminders (issue 13): targets requested 7 and 14 Seoul days ago land in their buckets, a removal a
 * week old is due for a re-check, a fresh request is in none; "mine" is the counsellor's own open
 * cases, "all" every open case; closed cases are left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRepository } from '../src/cases/case.repository.js';
import { caseWorkApp, requestCase } from './case-work-consent-fixtures.js';
import { addTargets } from './case-work-target-fixtures.js';
import { call, V1 } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import type { Person, StaffTestApp } from './support/staff-app.js';

const DAY = 24 * 60 * 60 * 1000;

interface Reminder { caseId: string; targetId: string; url: string; operatorName: string; since: string; days: number; reason?: string }

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`case reminders on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    let other: Person;
    beforeAll(async () => {
      t = await caseWorkApp(testDb);
      me = await t.person('counsellor');
      other = await t.person('counsellor');
    });
    afterAll(() => t.close());

    it('puts requests 7 and 14 Seoul days old in their buckets and a week-old removal in re-check, for my cases or all', async () => {
      const o = await requestCase(t);
      await caseRepository(t.db.kysely).update(o.caseId, { status: 'assigned', assignedStaffId: me.id });
      const closed = await requestCase(t);
      // The app starts at 18:00 in Seoul: whole days back from now are whole Seoul calendar days.
      const now = t.clock.now();
      const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
      const urls = ['https://www.youtube.com/watch?v=14', 'https://x.com/u/status/7', 'https://t.me/c/2', 'https://www.reddit.com/r/a/removed', 'https://www.tiktok.com/@u/video/13'];
      const { added } = await addTargets(t, me, o.caseId, urls);
      const [d14, d7, d2, removed, d13] = added;
      const status = (caseId: string, id: string | undefined, body: object) => call(t, me, 'POST', `${V1}/cases/${caseId}/targets/${id ?? ''}/status`, body);
      expect((await status(o.caseId, d14?.id, { status: 'requested', at: ago(14) })).statusCode).toBe(200);
      expect((await status(o.caseId, d7?.id, { status: 'requested', at: ago(7) })).statusCode).toBe(200);
      expect((await status(o.caseId, d2?.id, { status: 'requested', at: ago(2) })).statusCode).toBe(200);
      expect((await status(o.caseId, d13?.id, { status: 'requested', at: ago(13) })).statusCode).toBe(200);
      await status(o.caseId, removed?.id, { status: 'requested', at: ago(20) });
      await status(o.caseId, removed?.id, { status: 'removed', at: ago(8) });
      const { added: closedTargets } = await addTargets(t, me, closed.caseId, ['https://www.youtube.com/watch?v=closed']);
      await status(closed.caseId, closedTargets[0]?.id, { status: 'requested', at: ago(30) });
      await caseRepository(t.db.kysely).update(closed.caseId, { status: 'closed' });

      const mine = (await call(t, me, 'GET', `${V1}/reminders?scope=mine`)).json() as Record<'noAnswer7' | 'noAnswer14' | 'recheck', Reminder[]>;
      expect(mine.noAnswer14).toEqual([{ caseId: o.caseId, targetId: d14?.id, url: urls[0], operatorName: '유튜브 개인정보 침해 신고', since: ago(14), days: 14 }]);
      expect(mine.noAnswer7.map((r) => [r.targetId, r.days, r.url])).toEqual([[d13?.id, 13, urls[4]], [d7?.id, 7, urls[1]]]);
      expect(mine.recheck.map((r) => [r.targetId, r.reason, r.days])).toEqual([[removed?.id, 'removed', 8]]);

      const theirs = (await call(t, other, 'GET', `${V1}/reminders?scope=mine`)).json() as Record<string, Reminder[]>;
      expect(theirs).toEqual({ noAnswer7: [], noAnswer14: [], recheck: [] });
      const all = (await call(t, other, 'GET', `${V1}/reminders?scope=all`)).json() as Record<string, Reminder[]>;
      expect(all.noAnswer14?.map((r) => r.targetId)).toEqual([d14?.id]);

      t.clock.advance(DAY);
      // A day later the session has timed out: sign in again.
      expect((await t.login(me)).statusCode).toBe(200);
      const later = (await call(t, me, 'GET', `${V1}/reminders`)).json() as Record<string, Reminder[]>;
      expect(later.noAnswer14?.map((r) => [r.targetId, r.days])).toEqual([[d14?.id, 15], [d13?.id, 14]]);
      expect(later.noAnswer7?.map((r) => [r.targetId, r.days])).toEqual([[d7?.id, 8]]);
    });
  });
}
