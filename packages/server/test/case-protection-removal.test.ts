/**
 * A case's hashes leave the confirmed bank, every index and every feed (a `delete` in the change
 * log per signal) when the person withdraws the hash_protection consent (in the locker, or told to a
 * counsellor), withdraws the case, or when the case is destroyed. On both databases, real files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withdrawCase } from '../src/help/withdraw-case.js';
import { createBankStore } from '../src/platform/banks/bank-store.js';
import { destroyCase } from '../src/retention/case-destruction.js';
import { auditOf, requestCase, victim } from './case-work-consent-fixtures.js';
import {
  changesAfter, confirmedMatches, consent, eventually, lastSeq, makePhoto, makeVideo, md5, pdqOfCopy, protect, protectionApp, PROTECTION, share, signalIdsOf, staffCall,
} from './case-protection-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import type { Person, StaffTestApp } from './support/staff-app.js';

let photos: Buffer[];
let video: Buffer;
let copies: string[];

beforeAll(async () => {
  photos = await Promise.all([makePhoto(2), makePhoto(4), makePhoto(5), makePhoto(6)]);
  copies = await Promise.all(photos.map(pdqOfCopy));
  video = makeVideo();
});

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`case protection removed on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    let key: string;
    beforeAll(async () => {
      ({ t, me, key } = await protectionApp(testDb, 'Platform B'));
    });
    afterAll(() => t.close());
    const banks = () => createBankStore({ db: t.db, vault: t.app.vault, now: t.clock.now });

    /** A case whose person shared photo `n` and the video, both in the bank and matchable. */
    async function protectedCase(n: number) {
      const opened = await requestCase(t);
      const items = await share(t, opened.caseId, [photos[n] as Buffer, video]);
      await consent(t, me, opened.caseId, true);
      const contentIds = (await protect(t, me, opened.caseId, items)).added.map((c) => c.contentId);
      const signals = await signalIdsOf(t, contentIds);
      expect(signals).toHaveLength(11);
      await eventually(async () => (await confirmedMatches(t, key, 'pdq', copies[n] as string)).length > 0);
      expect(await confirmedMatches(t, key, 'pdq', copies[n] as string)).toEqual([contentIds[0]]);
      return { ...opened, contentIds, signals, mark: await lastSeq(t) };
    }

    /** Nothing of the case in the bank; a `delete` for each of its signals; no index finds it. */
    async function gone(c: Awaited<ReturnType<typeof protectedCase>>, n: number): Promise<void> {
      expect(await t.db.kysely.selectFrom('bank_contents').select('id').where('id', 'in', c.contentIds).execute()).toEqual([]);
      expect(await t.db.kysely.selectFrom('bank_signals').select('id').where('content_id', 'in', c.contentIds).execute()).toEqual([]);
      const deletes = (await changesAfter(t, c.mark)).filter(([id]) => c.signals.includes(id));
      expect(deletes.map(([id, op]) => [id, op]).sort()).toEqual(c.signals.map((id) => [id, 'delete']).sort());
      await eventually(async () => (await confirmedMatches(t, key, 'pdq', copies[n] as string)).length === 0);
      expect(await confirmedMatches(t, key, 'md5', md5(video))).toEqual([]);
    }

    it('the person withdrawing the consent in the locker takes the hashes out of every index, audited and in the case history', async () => {
      const c = await protectedCase(0);
      expect((await victim(t, c, 'POST', '/case/consents', { kind: 'hash_protection', granted: false })).statusCode).toBe(204);
      await gone(c, 0);
      const audit = await auditOf(t, 'case.protection.consent_withdrawn', c.caseId);
      expect(audit.map((a) => [a.actor_kind, a.detail])).toEqual([['victim', { removed: 2 }]]);
      expect((await staffCall(t, me, 'GET', PROTECTION(c.caseId))).json()).toEqual({ consentGiven: false, contents: [] });
      // Without the consent nothing more goes in.
      expect((await staffCall(t, me, 'POST', PROTECTION(c.caseId), { itemIds: ['x'] })).statusCode).toBe(409);
    });

    it('a withdrawal told to a counsellor does the same', async () => {
      const c = await protectedCase(1);
      await consent(t, me, c.caseId, false);
      await gone(c, 1);
      expect((await auditOf(t, 'case.protection.consent_withdrawn', c.caseId)).map((a) => [a.actor_id, a.detail])).toEqual([[me.id, { removed: 2 }]]);
    });

    it('destroying the case removes its hashes with deletes in the change log before the rows go', async () => {
      const c = await protectedCase(2);
      expect(await destroyCase({ db: t.db.kysely, vault: t.app.vault, blobs: t.app.blobs, audit: t.app.audit, banks: banks() }, c.caseId, { kind: 'system' }, { reason: 'retention' })).toBe(true);
      await gone(c, 2);
      expect(await t.db.kysely.selectFrom('cases').select('id').where('id', '=', c.caseId).execute()).toEqual([]);
    });

    it('the person withdrawing the case removes its hashes the same way', async () => {
      const c = await protectedCase(3);
      expect((await victim(t, c, 'POST', '/case/withdraw', { confirm: true })).statusCode).toBe(204);
      await gone(c, 3);
      // Running the withdrawal again (as after a crash) finds nothing more to remove.
      const mark = await lastSeq(t);
      expect(await withdrawCase({ db: t.db.kysely, vault: t.app.vault, blobs: t.app.blobs, audit: t.app.audit, now: t.clock.now, banks: banks() }, c.caseId)).toBe(true);
      expect(await changesAfter(t, mark)).toEqual([]);
    });
  });
}
