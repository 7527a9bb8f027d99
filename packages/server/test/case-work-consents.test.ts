/**
 * Consent records (issue 13): recorded by a counsellor (said on the phone) and by the person in the
 * locker (code + PIN), withdrawn, read back with how and when; the person's status view shows the
 * current ones; notes sealed; a withdrawn case takes none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseWorkApp, auditOf, requestCase, victim } from './case-work-consent-fixtures.js';
import { call, V1, withdraw } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import type { Person, StaffTestApp } from './support/staff-app.js';

const NOTE = 'Agreed on the phone on Tuesday to talk to the Mapo station';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`case consents on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    beforeAll(async () => {
      t = await caseWorkApp(testDb);
      me = await t.person('counsellor');
    });
    afterAll(() => t.close());

    it('keeps what the counsellor recorded and what the person gave and withdrew in the locker, in order, with how and when', async () => {
      const o = await requestCase(t);
      const first = await call(t, me, 'POST', `${V1}/cases/${o.caseId}/consents`, { kind: 'police', granted: true, note: NOTE });
      expect(first.statusCode).toBe(201);
      const saidAt = t.clock.now().toISOString();
      expect(first.json().current).toEqual({ police: true });

      t.clock.advance(60_000);
      expect((await victim(t, o, 'POST', '/case/consents', { kind: 'kcsc', granted: true })).statusCode).toBe(204);
      const kcscAt = t.clock.now().toISOString();
      t.clock.advance(60_000);
      expect((await victim(t, o, 'POST', '/case/consents', { kind: 'police', granted: false })).statusCode).toBe(204);
      const withdrawnAt = t.clock.now().toISOString();

      const state = (await call(t, me, 'GET', `${V1}/cases/${o.caseId}/consents`)).json();
      expect(state.records).toEqual([
        { id: expect.any(String), kind: 'police', granted: true, at: saidAt, how: 'counsellor', actor: { kind: 'counsellor', staffId: me.id, name: '김지킴 Kim' }, note: NOTE },
        { id: expect.any(String), kind: 'kcsc', granted: true, at: kcscAt, how: 'locker', actor: { kind: 'victim' }, note: '' },
        { id: expect.any(String), kind: 'police', granted: false, at: withdrawnAt, how: 'locker', actor: { kind: 'victim' }, note: '' },
      ]);
      expect(state.current).toEqual({ police: false, kcsc: true });

      const rows = await t.db.kysely.selectFrom('case_consents').selectAll().where('case_id', '=', o.caseId).orderBy('seq').execute();
      expect(rows.map((r) => [r.seq, r.kind, r.granted, r.how, r.actor_id])).toEqual([[1, 'police', 1, 'counsellor', me.id], [2, 'kcsc', 1, 'locker', null], [3, 'police', 0, 'locker', null]]);
      expect(rows[0]?.note_sealed).not.toContain('Mapo');

      const audit = await auditOf(t, 'case.consent.record', o.caseId);
      expect(audit.map((a) => [a.actor_kind, a.actor_id, a.detail])).toEqual([
        ['staff', me.id, { granted: true, how: 'counsellor', kind: 'police' }],
        ['victim', null, { granted: true, how: 'locker', kind: 'kcsc' }],
        ['victim', null, { granted: false, how: 'locker', kind: 'police' }],
      ]);
      expect(audit.map((a) => a.detail).join()).not.toContain('Mapo');
    });

    it('shows the person the consents given now in their status view, and the case history says which, never the note', async () => {
      const o = await requestCase(t);
      expect((await victim(t, o, 'GET', '/case')).json().consents).toEqual({});
      await call(t, me, 'POST', `${V1}/cases/${o.caseId}/consents`, { kind: 'write_to_operators', granted: true, note: NOTE });
      await victim(t, o, 'POST', '/case/consents', { kind: 'retention', granted: false });
      const status = (await victim(t, o, 'GET', '/case')).json();
      expect(status.consents).toEqual({ write_to_operators: true, retention: false });
      // When each consent given now was given (the person reads "you agreed on …"); withdrawn kinds have no date.
      const given = (await call(t, me, 'GET', `${V1}/cases/${o.caseId}/consents`)).json().records as { kind: string; at: string }[];
      expect(status.consentsSince).toEqual({ write_to_operators: given.find((r) => r.kind === 'write_to_operators')?.at });

      const events = (await call(t, me, 'GET', `${V1}/cases/${o.caseId}`)).json().events.filter((e: { type: string }) => e.type === 'consent');
      expect(events).toMatchObject([
        { type: 'consent', actor: { kind: 'counsellor', staffId: me.id }, text: 'write_to_operators: given' },
        { type: 'consent', actor: { kind: 'victim' }, text: 'retention: withdrawn' },
      ]);
    });

    it('refuses a kind it does not know, and a call without a session or without the right PIN', async () => {
      const o = await requestCase(t);
      expect((await call(t, me, 'POST', `${V1}/cases/${o.caseId}/consents`, { kind: 'everything', granted: true })).statusCode).toBe(400);
      expect((await call(t, undefined, 'POST', `${V1}/cases/${o.caseId}/consents`, { kind: 'police', granted: true })).statusCode).toBe(401);
      const wrongPin = String((Number(o.pin) + 1) % 1_000_000).padStart(6, '0');
      expect((await victim(t, { ...o, pin: wrongPin }, 'POST', '/case/consents', { kind: 'police', granted: true })).statusCode).toBe(401);
      expect(await t.db.kysely.selectFrom('case_consents').select('id').where('case_id', '=', o.caseId).execute()).toEqual([]);
    });

    it('answers 410 for a withdrawn case in the console, and the person’s code no longer opens it', async () => {
      const o = await requestCase(t);
      await withdraw(t, o.caseId);
      expect((await call(t, me, 'GET', `${V1}/cases/${o.caseId}/consents`)).statusCode).toBe(410);
      expect((await call(t, me, 'POST', `${V1}/cases/${o.caseId}/consents`, { kind: 'police', granted: true })).statusCode).toBe(410);
      expect((await victim(t, o, 'POST', '/case/consents', { kind: 'police', granted: true })).statusCode).toBe(401);
      expect(await t.db.kysely.selectFrom('case_consents').select('id').where('case_id', '=', o.caseId).execute()).toEqual([]);
    });
  });
}
