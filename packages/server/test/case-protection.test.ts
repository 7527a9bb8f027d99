/**
 * A case's hashes in the confirmed bank (issue 14), on both databases: the person's shared photos
 * and video (real files) hashed by the server only with the hash_protection consent; a platform's
 * lookup of a resized copy finds the photo; the console sees matches and feedback; one content
 * removed leaves every index; a text document or a flat picture is `not_hashable`.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents } from '../src/cases/case-events.js';
import { auditOf, requestCase } from './case-work-consent-fixtures.js';
import {
  changesAfter, confirmedMatches, consent, eventually, lastSeq, makePhoto, makeVideo, md5, pdqOfCopy, protect, protectionApp, PROTECTION, share, signalIdsOf, staffCall,
} from './case-protection-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import type { Person, StaffTestApp } from './support/staff-app.js';

let photoA: Buffer;
let photoB: Buffer;
let video: Buffer;
const text = Buffer.from('My statement, written on 30 November. It says what happened and when.\n');

beforeAll(async () => {
  [photoA, photoB] = await Promise.all([makePhoto(1), makePhoto(3)]);
  video = makeVideo();
});

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`case protection on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    let key: string;
    beforeAll(async () => {
      ({ t, me, key } = await protectionApp(testDb, 'Platform A'));
    });
    afterAll(() => t.close());

    const contentsOf = async (caseId: string) => t.db.kysely.selectFrom('bank_contents').selectAll().where('case_id', '=', caseId).execute();

    it('refuses without the hash_protection consent (409 consent_missing) and adds nothing', async () => {
      const { caseId } = await requestCase(t);
      const [item] = await share(t, caseId, [photoA]);
      const refused = await staffCall(t, me, 'POST', PROTECTION(caseId), { itemIds: [item] });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toBe('consent_missing');
      expect(await contentsOf(caseId)).toEqual([]);
      expect((await staffCall(t, me, 'GET', PROTECTION(caseId))).json()).toEqual({ consentGiven: false, contents: [] });
    });

    it('adds shared photos and a video; a platform finds a resized copy; the console sees matches and feedback; one removed leaves the index', async () => {
      const { caseId } = await requestCase(t);
      const [a, b, v] = await share(t, caseId, [photoA, photoB, video]) as [string, string, string];
      await consent(t, me, caseId, true);
      const { added, alreadyProtected } = await protect(t, me, caseId, [a, b, v]);
      expect(alreadyProtected).toEqual([]);
      expect(added.map((c) => [c.itemId, c.kind, c.signals, c.matches, c.quarantined, c.addedBy])).toEqual([
        [a, 'photo', 9, 0, false, me.id], [b, 'photo', 9, 0, false, me.id], [v, 'video', 2, 0, false, me.id],
      ]);
      const [ca, cb, cv] = added.map((c) => c.contentId) as [number, number, number];
      const rows = await contentsOf(caseId);
      expect(rows.map((r) => [Number(r.id), r.bank, r.origin]).sort()).toEqual([[ca, 'JIKIM_CONFIRMED', 'counsellor'], [cb, 'JIKIM_CONFIRMED', 'counsellor'], [cv, 'JIKIM_CONFIRMED', 'counsellor']].sort());
      expect((await auditOf(t, 'case.protection.add', caseId)).map((r) => r.detail)).toEqual([{ added: 3, already: 0, signals: 20 }]);
      const events = await caseEvents(t.db.kysely, t.app.vault, t.clock.now).list(caseId, { types: ['hash_protection'] });
      expect(events.map((e) => e.body.text)).toEqual(['added: 3']);
      // The console's history shows it (a type the contract knows, so it is not dropped).
      const detail = (await staffCall(t, me, 'GET', `/api/console/v1/cases/${caseId}`)).json<{ events: { type: string; text: string }[] }>();
      expect(detail.events.filter((e) => e.type === 'hash_protection').map((e) => e.text)).toEqual(['added: 3']);

      // Sent again: reported, not added twice.
      expect(await protect(t, me, caseId, [a])).toEqual({ added: [], alreadyProtected: [a] });
      expect(await contentsOf(caseId)).toHaveLength(3);

      const copyA = await pdqOfCopy(photoA);
      await eventually(async () => (await confirmedMatches(t, key, 'pdq', copyA)).length > 0);
      expect(await confirmedMatches(t, key, 'pdq', copyA)).toEqual([ca]);
      expect(await confirmedMatches(t, key, 'md5', md5(video))).toEqual([cv]);

      const feedback = await t.app.inject({
        method: 'POST', url: '/api/platform/v1/feedback', headers: { authorization: `Bearer ${key}` },
        payload: { items: [{ bank: 'JIKIM_CONFIRMED', bank_content_id: ca, value: 'blocked' }] },
      });
      expect(feedback.statusCode, feedback.body).toBe(200);
      const view = async () => (await staffCall(t, me, 'GET', PROTECTION(caseId))).json() as { consentGiven: boolean; contents: { contentId: number; matches: number; feedback: Record<string, number> }[] };
      await eventually(async () => ((await view()).contents.find((c) => c.contentId === ca)?.matches ?? 0) >= 1);
      const seen = await view();
      expect(seen.consentGiven).toBe(true);
      expect(seen.contents.map((c) => c.contentId)).toEqual([ca, cb, cv]);
      expect(seen.contents[0]?.feedback).toEqual({ blocked: 1, not_blocked: 0, pending_review: 0, false_positive: 0 });
      expect(seen.contents[1]?.feedback.blocked).toBe(0);
      expect(seen.contents[1]?.matches).toBe(0);
      expect((await auditOf(t, 'case.protection.list', caseId)).length).toBeGreaterThan(0);

      const signalsA = await signalIdsOf(t, [ca]);
      const mark = await lastSeq(t);
      const removed = await staffCall(t, me, 'DELETE', `${PROTECTION(caseId)}/${ca}`);
      expect(removed.statusCode, removed.body).toBe(200);
      expect(removed.json()).toEqual({ removed: 1 });
      expect(await changesAfter(t, mark)).toEqual(signalsA.map((id) => [id, 'delete']));
      await eventually(async () => (await confirmedMatches(t, key, 'pdq', copyA)).length === 0);
      expect((await view()).contents.map((c) => c.contentId)).toEqual([cb, cv]);
      expect(await confirmedMatches(t, key, 'md5', md5(video))).toEqual([cv]);
      expect((await auditOf(t, 'case.protection.remove', caseId)).map((r) => r.detail)).toEqual([{ removed: 1 }]);

      // Gone already, or another case's content: 404.
      expect((await staffCall(t, me, 'DELETE', `${PROTECTION(caseId)}/${ca}`)).statusCode).toBe(404);
      const other = await requestCase(t);
      expect((await staffCall(t, me, 'DELETE', `${PROTECTION(other.caseId)}/${cb}`)).statusCode).toBe(404);
      expect(await contentsOf(caseId)).toHaveLength(2);
    });

    it('refuses a text document, or a picture with too little detail, as not_hashable, and adds nothing', async () => {
      const flat = await sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 120, g: 120, b: 120 } } }).jpeg().toBuffer();
      const { caseId } = await requestCase(t);
      const [photo, doc, grey] = await share(t, caseId, [photoB, text, flat]) as [string, string, string];
      await consent(t, me, caseId, true);
      for (const itemIds of [[photo, doc], [grey]]) {
        const refused = await staffCall(t, me, 'POST', PROTECTION(caseId), { itemIds });
        expect(refused.statusCode, refused.body).toBe(400);
        expect(refused.json().error).toBe('not_hashable');
      }
      expect(await contentsOf(caseId)).toEqual([]);
      expect((await staffCall(t, me, 'POST', PROTECTION(caseId), { itemIds: ['no-such-item'] })).statusCode).toBe(404);
    });
  });
}
