/** What a counsellor records in a case: each an event in the case and a row in the audit log. */
import { CSRF_HEADER } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRepository } from '../src/cases/case.repository.js';
import { auditRows, call, V1, victimCase } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import { createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

const ROUTES: readonly (readonly [string, object])[] = [
  ['assign', { staffId: null }],
  ['notes', { text: 'a note' }],
  ['messages', { text: 'hello', waitForReply: false }],
  ['identity', { method: 'phone_known_details' }],
  ['status', { status: 'waiting' }],
];

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`console case events on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    let colleague: Person;
    let auditor: Person;
    let admin: Person;
    beforeAll(async () => {
      t = await createStaffTestApp(testDb);
      me = await t.person('counsellor');
      colleague = await t.person('counsellor');
      auditor = await t.person('auditor');
      admin = await t.person('admin');
    });
    afterAll(() => t.close());

    const detail = async (id: string) => (await call(t, me, 'GET', `${V1}/cases/${id}`)).json();
    const lastEvent = async (id: string) => (await detail(id)).events.at(-1);

    it('assigns to an active counsellor and back to nobody (new ↔ assigned)', async () => {
      const c = await victimCase(t);
      expect((await call(t, me, 'POST', `${V1}/cases/${c.id}/assign`, { staffId: colleague.id })).statusCode).toBe(204);
      expect(await caseRepository(t.db.kysely).get(c.id)).toMatchObject({ status: 'assigned', assignedStaffId: colleague.id });
      expect(await lastEvent(c.id)).toMatchObject({ type: 'assigned', assignedStaffId: colleague.id, status: 'assigned', actor: { staffId: me.id } });
      expect((await auditRows(t, 'case.assign')).at(-1)).toMatchObject({ case_id: c.id, subject_staff_id: colleague.id, actor_id: me.id });

      expect((await call(t, me, 'POST', `${V1}/cases/${c.id}/assign`, { staffId: null })).statusCode).toBe(204);
      expect(await caseRepository(t.db.kysely).get(c.id)).toMatchObject({ status: 'new', assignedStaffId: null });

      for (const staffId of [auditor.id, admin.id, 'nobody']) {
        const refused = await call(t, me, 'POST', `${V1}/cases/${c.id}/assign`, { staffId });
        expect(refused.statusCode).toBe(400);
        expect(refused.json().fields).toEqual([{ path: 'staffId', message: 'an active counsellor' }]);
      }
    });

    it('records notes, messages (waiting when a reply is awaited) and identity checks', async () => {
      const c = await victimCase(t);
      await call(t, me, 'POST', `${V1}/cases/${c.id}/notes`, { text: '  called at 7  ' });
      expect(await lastEvent(c.id)).toMatchObject({ type: 'note', text: 'called at 7' });

      expect((await call(t, me, 'POST', `${V1}/cases/${c.id}/messages`, { text: 'We removed two posts.' })).statusCode).toBe(204);
      const events = (await detail(c.id)).events;
      expect(events.slice(-2)).toMatchObject([{ type: 'message_to_victim', text: 'We removed two posts.' }, { type: 'status', status: 'waiting' }]);
      expect((await caseRepository(t.db.kysely).get(c.id))?.status).toBe('waiting');
      await call(t, me, 'POST', `${V1}/cases/${c.id}/messages`, { text: 'More soon.', waitForReply: false });
      expect(await lastEvent(c.id)).toMatchObject({ type: 'message_to_victim', text: 'More soon.' });

      await call(t, me, 'POST', `${V1}/cases/${c.id}/identity`, { method: 'video_call_id', note: 'matched the photo ID' });
      expect(await lastEvent(c.id)).toMatchObject({ type: 'identity_checked', actor: { kind: 'counsellor', staffId: me.id }, identity: { method: 'video_call_id', note: 'matched the photo ID' } });
      const audit = (await auditRows(t, 'case.identity')).at(-1);
      expect(JSON.parse(audit?.detail ?? '')).toEqual({ method: 'video_call_id' });
      for (const action of ['case.note', 'case.message']) {
        const rows = (await auditRows(t, action)).filter((r) => r.case_id === c.id);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) expect(row.detail).not.toMatch(/called|removed|photo/);
      }
    });

    it('sets the status: closing sets closed_at, opening again follows the assignee', async () => {
      const c = await victimCase(t);
      await call(t, me, 'POST', `${V1}/cases/${c.id}/assign`, { staffId: me.id });
      t.clock.advance(60_000);
      expect((await call(t, me, 'POST', `${V1}/cases/${c.id}/status`, { status: 'closed' })).statusCode).toBe(204);
      const closed = await caseRepository(t.db.kysely).get(c.id);
      expect(closed).toMatchObject({ status: 'closed', closedAt: t.clock.now().toISOString() });
      await call(t, me, 'POST', `${V1}/cases/${c.id}/status`, { status: 'new' });
      expect(await caseRepository(t.db.kysely).get(c.id)).toMatchObject({ status: 'assigned', closedAt: null });
      expect(await lastEvent(c.id)).toMatchObject({ type: 'status', status: 'assigned' });
      expect((await auditRows(t, 'case.status')).at(-1)).toMatchObject({ case_id: c.id, detail: '{"status":"assigned"}' });
    });

    it('refuses every event without the CSRF header, to an auditor or an admin, and for no such case', async () => {
      const c = await victimCase(t);
      for (const [route, body] of ROUTES) {
        const url = `${V1}/cases/${c.id}/${route}`;
        const noCsrf = await t.app.inject({ method: 'POST', url, payload: body, headers: { cookie: me.cookie } });
        expect(noCsrf.statusCode, route).toBe(403);
        const wrongCsrf = await t.app.inject({ method: 'POST', url, payload: body, headers: { cookie: me.cookie, [CSRF_HEADER]: colleague.csrf } });
        expect(wrongCsrf.statusCode, route).toBe(403);
        expect((await call(t, auditor, 'POST', url, body)).statusCode, route).toBe(403);
        expect((await call(t, admin, 'POST', url, body)).statusCode, route).toBe(403);
        expect((await call(t, undefined, 'POST', url, body)).statusCode, route).toBe(401);
        expect((await call(t, me, 'POST', `${V1}/cases/0000000000000000/${route}`, body)).statusCode, route).toBe(404);
      }
      expect((await detail(c.id)).events.map((e: { type: string }) => e.type)).toEqual(['requested']);
    });

    it('refuses an empty note and an unknown identity method as validation errors', async () => {
      const c = await victimCase(t);
      expect((await call(t, me, 'POST', `${V1}/cases/${c.id}/notes`, { text: '   ' })).json().error).toBe('validation');
      expect((await call(t, me, 'POST', `${V1}/cases/${c.id}/identity`, { method: 'copy_of_id' })).json().error).toBe('validation');
    });
  });
}
