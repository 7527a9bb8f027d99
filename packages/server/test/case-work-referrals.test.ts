/**
 * Referrals (issue 13): going ahead without the consent the kind needs takes a reason (409
 * consent_missing without one) and is audited on its own; a consent withdrawn in the locker flags the
 * referrals that need it and is audited per open referral; the states move only as allowed;
 * organisation, notes and reason are sealed; a withdrawn case answers 410.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, caseWorkApp, requestCase, victim } from './case-work-consent-fixtures.js';
import { call, V1, withdraw } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import type { Person, StaffTestApp } from './support/staff-app.js';

const STATION = '서울마포경찰서 Mapo Police Station';
const REASON = 'She is in danger tonight and asked us to act now';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`case referrals on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    beforeAll(async () => {
      t = await caseWorkApp(testDb);
      me = await t.person('counsellor');
    });
    afterAll(() => t.close());

    const refer = (caseId: string, body: object) => call(t, me, 'POST', `${V1}/cases/${caseId}/referrals`, body);
    const move = (caseId: string, id: string, body: object) => call(t, me, 'POST', `${V1}/cases/${caseId}/referrals/${id}/state`, body);
    const consent = (caseId: string, kind: string, granted: boolean) => call(t, me, 'POST', `${V1}/cases/${caseId}/consents`, { kind, granted });
    const list = async (caseId: string) => (await call(t, me, 'GET', `${V1}/cases/${caseId}/referrals`)).json().referrals as { id: string; flagged: boolean; state: string }[];

    it('refuses a police referral without consent and without a reason (409 consent_missing); with a reason it is made, flagged and audited as such', async () => {
      const o = await requestCase(t);
      const refused = await refer(o.caseId, { kind: 'police', organisation: STATION });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toBe('consent_missing');
      expect((await refer(o.caseId, { kind: 'police', organisation: STATION, withoutConsentReason: 'too short' })).statusCode).toBe(400);
      expect(await list(o.caseId)).toEqual([]);

      const made = await refer(o.caseId, { kind: 'police', organisation: STATION, note: 'the files on a USB stick', withoutConsentReason: REASON });
      expect(made.statusCode).toBe(201);
      const referral = made.json();
      expect(referral).toMatchObject({
        kind: 'police', state: 'proposed', organisation: STATION, note: 'the files on a USB stick', withoutConsentReason: REASON, flagged: true,
        history: [{ state: 'proposed', note: 'the files on a USB stick', actor: { staffId: me.id, name: '김지킴 Kim' } }],
      });
      expect(await list(o.caseId)).toEqual([referral]);

      const audit = await auditOf(t, 'case.referral.without_consent', o.caseId);
      expect(audit.map((a) => [a.actor_id, a.detail])).toEqual([[me.id, { consent: 'police', kind: 'police', referralId: referral.id, state: 'proposed' }]]);
      expect(JSON.stringify(audit)).not.toContain('danger');
      expect(await auditOf(t, 'case.referral.create', o.caseId)).toEqual([]);

      const row = await t.db.kysely.selectFrom('case_referrals').selectAll().where('id', '=', referral.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ case_id: o.caseId, kind: 'police', state: 'proposed', without_consent: 1 });
      for (const clear of ['Mapo', '마포', 'USB', 'danger']) expect(row.detail_sealed).not.toContain(clear);
    });

    it('does not flag a referral the person consented to; withdrawn in the locker, it is flagged and the audit says so for each open one', async () => {
      const o = await requestCase(t);
      expect((await victim(t, o, 'POST', '/case/consents', { kind: 'police', granted: true })).statusCode).toBe(204);
      await consent(o.caseId, 'kcsc', true);
      const police = (await refer(o.caseId, { kind: 'police', organisation: STATION })).json();
      const kcsc = (await refer(o.caseId, { kind: 'kcsc', organisation: '방송통신심의위원회' })).json();
      const closed = (await refer(o.caseId, { kind: 'police', organisation: 'another station' })).json();
      expect((await move(o.caseId, closed.id, { state: 'declined' })).statusCode).toBe(200);
      expect([police.flagged, kcsc.flagged, police.withoutConsentReason]).toEqual([false, false, undefined]);
      expect((await auditOf(t, 'case.referral.create', o.caseId)).map((a) => a.detail.referralId)).toEqual([police.id, kcsc.id, closed.id]);

      expect((await victim(t, o, 'POST', '/case/consents', { kind: 'police', granted: false })).statusCode).toBe(204);
      const flags = Object.fromEntries((await list(o.caseId)).map((r) => [r.id, r.flagged]));
      expect(flags).toEqual({ [police.id]: true, [kcsc.id]: false, [closed.id]: false });
      const withdrawn = await auditOf(t, 'case.referral.consent_withdrawn', o.caseId);
      expect(withdrawn.map((a) => [a.actor_kind, a.detail])).toEqual([['victim', { consent: 'police', kind: 'police', referralId: police.id, state: 'proposed' }]]);

      // Withdrawing again changes nothing and audits nothing more; giving it again clears the flag.
      await victim(t, o, 'POST', '/case/consents', { kind: 'police', granted: false });
      expect(await auditOf(t, 'case.referral.consent_withdrawn', o.caseId)).toHaveLength(1);
      await consent(o.caseId, 'police', true);
      expect((await list(o.caseId)).find((r) => r.id === police.id)?.flagged).toBe(false);
    });

    it('moves through the states it allows and refuses the others; consented needs the consent, sent without it a reason', async () => {
      const o = await requestCase(t);
      await consent(o.caseId, 'support_services', true);
      const r = (await refer(o.caseId, { kind: 'legal_aid', organisation: 'Korea Legal Aid Corporation' })).json();
      expect((await move(o.caseId, r.id, { state: 'accepted' })).statusCode).toBe(409);
      expect((await move(o.caseId, r.id, { state: 'done' })).statusCode).toBe(409);

      await consent(o.caseId, 'support_services', false);
      const noConsent = await move(o.caseId, r.id, { state: 'consented' });
      expect([noConsent.statusCode, noConsent.json().error]).toEqual([409, 'consent_missing']);
      expect((await move(o.caseId, r.id, { state: 'consented', withoutConsentReason: REASON })).statusCode).toBe(409);
      expect((await move(o.caseId, r.id, { state: 'sent' })).json().error).toBe('consent_missing');
      t.clock.advance(60_000);
      const sent = await move(o.caseId, r.id, { state: 'sent', note: 'sent by fax', withoutConsentReason: REASON });
      expect(sent.statusCode).toBe(200);
      expect(sent.json()).toMatchObject({ state: 'sent', flagged: true, withoutConsentReason: REASON, updatedAt: t.clock.now().toISOString() });
      expect((await auditOf(t, 'case.referral.without_consent', o.caseId)).map((a) => a.detail))
        .toEqual([{ consent: 'support_services', from: 'proposed', kind: 'legal_aid', referralId: r.id, state: 'sent' }]);

      await consent(o.caseId, 'support_services', true);
      for (const state of ['accepted', 'done']) expect((await move(o.caseId, r.id, { state })).statusCode).toBe(200);
      for (const state of ['declined', 'accepted', 'proposed']) expect((await move(o.caseId, r.id, { state })).statusCode).toBe(409);
      const [done] = await list(o.caseId);
      expect(done).toMatchObject({ state: 'done', flagged: true });
      expect((done as unknown as { history: { state: string; note: string }[] }).history.map((h) => [h.state, h.note]))
        .toEqual([['proposed', ''], ['sent', 'sent by fax'], ['accepted', ''], ['done', '']]);
      expect((await auditOf(t, 'case.referral.state', o.caseId)).map((a) => [a.detail.from, a.detail.state])).toEqual([['sent', 'accepted'], ['accepted', 'done']]);

      const events = (await call(t, me, 'GET', `${V1}/cases/${o.caseId}`)).json().events.filter((e: { type: string }) => e.type === 'referral');
      expect(events.map((e: { text: string }) => e.text)).toEqual(['legal_aid: proposed', 'legal_aid: sent', 'legal_aid: accepted', 'legal_aid: done']);

      const second = (await refer(o.caseId, { kind: 'medical', organisation: 'a clinic' })).json();
      for (const state of ['consented', 'sent', 'declined']) expect((await move(o.caseId, second.id, { state })).statusCode).toBe(200);
      expect((await move(o.caseId, second.id, { state: 'done' })).statusCode).toBe(409);
      expect((await move(o.caseId, 'no-such-referral', { state: 'sent' })).statusCode).toBe(404);
    });

    it('answers 410 for a withdrawn case, and another case’s referral is not found', async () => {
      const o = await requestCase(t);
      const other = await requestCase(t);
      const r = (await refer(o.caseId, { kind: 'psychological', organisation: 'a counselling centre', withoutConsentReason: REASON })).json();
      expect((await move(other.caseId, r.id, { state: 'declined' })).statusCode).toBe(404);
      await withdraw(t, o.caseId);
      expect((await call(t, me, 'GET', `${V1}/cases/${o.caseId}/referrals`)).statusCode).toBe(410);
      expect((await refer(o.caseId, { kind: 'medical', organisation: 'a clinic', withoutConsentReason: REASON })).statusCode).toBe(410);
      expect((await move(o.caseId, r.id, { state: 'declined' })).statusCode).toBe(410);
    });
  });
}
