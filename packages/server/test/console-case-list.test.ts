/** The console's case list: each tab, its order, how to reach the person, item counts, the audit row. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRepository } from '../src/cases/case.repository.js';
import { auditRows, call, CONTACT, fileItem, V1, victimCase, withdraw } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import { createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`console case list on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    let colleague: Person;
    beforeAll(async () => {
      t = await createStaffTestApp(testDb);
      me = await t.person('counsellor');
      colleague = await t.person('counsellor');
    });
    afterAll(() => t.close());

    const ids = async (view: string) => {
      const response = await call(t, me, 'GET', `${V1}/cases?view=${view}`);
      expect(response.statusCode).toBe(200);
      return (response.json().cases as { id: string }[]).map((c) => c.id);
    };

    it('lists each tab in its order: new oldest first without junk, the rest newest first', async () => {
      const cases = caseRepository(t.db.kysely, t.clock.now);
      const first = await victimCase(t, { items: [{ item: fileItem(Buffer.from('a'), 'a') }, { item: fileItem(Buffer.from('b'), 'b') }] });
      const second = await victimCase(t);
      const junk = await victimCase(t);
      await cases.update(junk.id, { junkAt: t.clock.now().toISOString() });
      const mine = await victimCase(t);
      await cases.update(mine.id, { assignedStaffId: me.id, status: 'assigned' });
      const theirs = await victimCase(t);
      await cases.update(theirs.id, { assignedStaffId: colleague.id, status: 'waiting' });
      const closed = await victimCase(t);
      await cases.update(closed.id, { assignedStaffId: me.id, status: 'closed' });
      const withdrawn = await victimCase(t);
      await withdraw(t, withdrawn.id);

      expect(await ids('new')).toEqual([first.id, second.id]);
      expect(await ids('mine')).toEqual([mine.id]);
      expect(await ids('waiting')).toEqual([theirs.id]);
      expect(await ids('closed')).toEqual([withdrawn.id, closed.id]);
      expect(await ids('open')).toEqual([theirs.id, mine.id, junk.id, second.id, first.id]);
      expect(await ids('open')).toEqual(await (async () => {
        const response = await call(t, me, 'GET', `${V1}/cases`);
        return (response.json().cases as { id: string }[]).map((c) => c.id);
      })());

      const rows = (await call(t, me, 'GET', `${V1}/cases?view=open`)).json().cases as Record<string, unknown>[];
      expect(rows.find((r) => r.id === first.id)).toEqual({
        id: first.id, status: 'new', openedBy: 'victim_request', createdAt: first.createdAt, assignedToMe: false, withdrawnAt: null,
        junk: false, situation: 'dissemination', arrival: 'online', contact: CONTACT, items: 2,
      });
      expect(rows.find((r) => r.id === mine.id)).toMatchObject({ assignedToMe: true, status: 'assigned', items: 0 });
      expect(rows.find((r) => r.id === junk.id)).toMatchObject({ junk: true });
      const gone = ((await call(t, me, 'GET', `${V1}/cases?view=closed`)).json().cases as Record<string, unknown>[]).find((r) => r.id === withdrawn.id);
      expect(gone).toMatchObject({ contact: null, withdrawnAt: expect.any(String), status: 'closed' });
    });

    it('audits every listing with the tab and the count, and nothing personal', async () => {
      const before = (await auditRows(t, 'case.list')).length;
      await call(t, me, 'GET', `${V1}/cases?view=new`);
      const rows = await auditRows(t, 'case.list');
      expect(rows).toHaveLength(before + 1);
      const row = rows.at(-1);
      expect(row).toMatchObject({ actor_kind: 'staff', actor_id: me.id, case_id: null });
      expect(JSON.parse(row?.detail ?? '{}')).toEqual({ view: 'new', count: 2 });
      expect(row?.detail).not.toContain(CONTACT.phone);
    });

    it('refuses an unknown tab as a validation error', async () => {
      const response = await call(t, me, 'GET', `${V1}/cases?view=everything`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe('validation');
    });

    it('lists 200 new cases, each with its contact preferences', async () => {
      for (let i = 0; i < 200; i++) await victimCase(t, { message: `case ${i}` });
      const started = performance.now();
      const response = await call(t, me, 'GET', `${V1}/cases?view=new`);
      const took = performance.now() - started;
      expect(response.statusCode).toBe(200);
      const cases = response.json().cases as { contact: unknown; createdAt: string }[];
      expect(cases).toHaveLength(202);
      expect(cases.every((c) => c.contact !== null)).toBe(true);
      expect(cases.map((c) => c.createdAt)).toEqual([...cases.map((c) => c.createdAt)].sort());
      console.info(`[console case list] ${testDb.name}: 202 cases in ${Math.round(took)} ms`);
    });
  });
}
