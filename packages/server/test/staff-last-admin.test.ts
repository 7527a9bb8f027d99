/**
 * The last admin stays, also when two admins act on each other at the same instant: each
 * deactivation or demotion checks the count of active admins and writes in one serialised step
 * (people.ts), so of two such requests sent together exactly one passes and one admin remains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../src/staff/people.js';
import { StaffError } from '../src/staff/staff-deps.js';
import { TEST_DATABASES } from './support/databases.js';
import { as, createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

const V1 = '/api/console/v1';
const ROUNDS = 8;

type Move = 'deactivate' | 'demote' | 'reissue';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`the last admin under concurrency on ${testDb.name}`, () => {
    let t: StaffTestApp;
    beforeAll(async () => {
      t = await createStaffTestApp(testDb);
    });
    afterAll(() => t.close());

    const activeAdmins = async () =>
      (await t.db.kysely.selectFrom('staff').select('id').where('role', '=', 'admin').where('status', '=', 'active').execute()).map((r) => r.id);

    const changes = async () => Number((await t.db.kysely.selectFrom('audit_log').select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('action', 'in', ['staff.deactivate', 'staff.role_change', 'staff.reissue']).executeTakeFirstOrThrow()).n);

    const act = (who: Person, move: Move, subject: Person) => {
      switch (move) {
        case 'deactivate': return t.app.inject({ method: 'POST', url: `${V1}/staff/${subject.id}/deactivate`, headers: as(who, 'POST') });
        case 'demote': return t.app.inject({ method: 'PUT', url: `${V1}/staff/${subject.id}/role`, payload: { role: 'counsellor' }, headers: as(who, 'PUT') });
        // A new set-up link starts the admin over: they are no longer an active admin.
        case 'reissue': return t.app.inject({ method: 'POST', url: `${V1}/staff/${subject.id}/setup-link`, headers: as(who, 'POST') });
      }
    };

    for (const [first, second] of [['deactivate', 'deactivate'], ['demote', 'demote'], ['deactivate', 'demote'], ['reissue', 'deactivate']] as const) {
      it(`two admins, one ${first}s the other as the other ${second}s the first: exactly one passes, one admin remains (${ROUNDS} rounds)`, async () => {
        let survivor = await t.person('admin');
        // Only the two racing admins are active: every earlier one has been removed.
        for (const id of await activeAdmins()) {
          if (id !== survivor.id) await t.db.kysely.updateTable('staff').set({ status: 'deactivated' }).where('id', '=', id).execute();
        }
        for (let round = 0; round < ROUNDS; round++) {
          const other = await t.person('admin');
          expect(await activeAdmins()).toHaveLength(2);
          const before = await changes();
          const [a, b] = await Promise.all([act(survivor, first, other), act(other, second, survivor)]);
          const statuses = [a.statusCode, b.statusCode];
          expect(statuses.filter((s) => s === 204 || s === 201), `round ${round}: ${a.body} ${b.body}`).toHaveLength(1);
          // The one that lost: refused as the last admin (409), or no longer an admin itself when its
          // turn came: deactivated or started over (401), or demoted (403).
          expect(statuses.find((s) => s !== 204 && s !== 201)).toBeOneOf([401, 403, 409]);
          const left = await activeAdmins();
          expect(left).toHaveLength(1);
          // The change that happened is audited once; the refused one not at all.
          expect(await changes()).toBe(before + 1);
          survivor = left[0] === survivor.id ? survivor : other;
          // The survivor still runs the place.
          expect((await t.app.inject({ url: `${V1}/staff`, headers: as(survivor, 'GET') })).statusCode).toBe(200);
        }
      });
    }

    it('the last active admin cannot be started over with a new set-up link (409); another admin can', async () => {
      const a = await t.person('admin');
      for (const id of await activeAdmins()) {
        if (id !== a.id) await t.db.kysely.updateTable('staff').set({ status: 'deactivated' }).where('id', '=', id).execute();
      }
      expect((await act(a, 'reissue', a)).statusCode).toBe(409);
      expect(await activeAdmins()).toEqual([a.id]);
      const b = await t.person('admin');
      expect((await act(a, 'reissue', b)).statusCode).toBe(201);
      expect(await activeAdmins()).toEqual([a.id]);
    });

    it('an admin deactivated a moment ago cannot still act: a request already past its session check changes nothing', async () => {
      const a = await t.person('admin');
      const b = await t.person('admin');
      const c = await t.person('counsellor');
      // b's request has passed requireStaff; before it writes, a deactivates b (or makes b a counsellor).
      const late = { id: b.id, role: 'admin' as const, sessionId: 'b-session-checked-earlier' };
      expect((await act(a, 'deactivate', b)).statusCode).toBe(204);
      const service = people(t.deps);
      await expect(service.deactivate(late, c.id)).rejects.toMatchObject({ name: 'StaffError', statusCode: 401 });
      await expect(service.changeRole(late, c.id, 'auditor')).rejects.toBeInstanceOf(StaffError);
      const cRow = await t.db.kysely.selectFrom('staff').select(['status', 'role']).where('id', '=', c.id).executeTakeFirstOrThrow();
      expect(cRow).toEqual({ status: 'active', role: 'counsellor' });
      // A counsellor (an admin a moment ago) is refused the same way.
      const d = await t.person('admin');
      expect((await act(a, 'demote', d)).statusCode).toBe(204);
      await expect(service.deactivate({ id: d.id, role: 'admin', sessionId: 'd-session' }, c.id)).rejects.toMatchObject({ statusCode: 403 });
      expect((await t.db.kysely.selectFrom('staff').select('status').where('id', '=', c.id).executeTakeFirstOrThrow()).status).toBe('active');
    });
  });
}
