import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRepository } from '../src/cases/case.repository.js';
import { withdrawCase } from '../src/help/withdraw-case.js';
import { createBankStore } from '../src/platform/banks/bank-store.js';
import { TEST_DATABASES } from './support/databases.js';
import { asVictim, createHelpApp, fileItem, openCase, webItem, type HelpApp } from './help-app.js';
import { createUpload, patch } from './help-tus.js';

const CASE_TABLES = [
  'case_items', 'case_events', 'case_access', 'blobs', 'data_keys', 'case_targets', 'case_letters', 'case_consents', 'case_referrals',
] as const;

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`withdrawing a help request on ${testDb.name}`, () => {
    let t: HelpApp;
    beforeAll(async () => {
      t = await createHelpApp(testDb);
    });
    afterAll(() => t.close());

    const rowsOf = async (caseId: string) => Object.fromEntries(await Promise.all(CASE_TABLES.map(async (table) =>
      [table, (await t.db.kysely.selectFrom(table).select('case_id').where('case_id', '=', caseId).execute()).length])));

    it('destroys everything at once: key, blobs (done and half-uploaded), rows; the case stays closed, withdrawn; the code opens nothing', async () => {
      const done = randomBytes(80_000);
      const half = randomBytes(200_000);
      const o = await openCase(t.app, [fileItem(done, 'done', 1), fileItem(half, 'half', 2), webItem('a link', 3)]);
      const [first, second] = o.uploads;
      expect((await patch(t.app, o, String((await createUpload(t.app, o, first?.itemId ?? '', done.length)).headers.location), 0, done)).statusCode).toBe(204);
      const halfway = String((await createUpload(t.app, o, second?.itemId ?? '', half.length)).headers.location);
      expect((await patch(t.app, o, halfway, 0, half.subarray(0, 100_000))).statusCode).toBe(204);
      await asVictim(t.app, o, 'POST', '/case/messages', { text: 'never mind' });

      const caseId = (await t.db.kysely.selectFrom('case_items').select('case_id').where('id', '=', first?.itemId ?? '').executeTakeFirstOrThrow()).case_id;
      const dir = path.join(t.dir, 'blobs', caseId);
      const names = fs.readdirSync(dir);
      expect(names.filter((n) => n.endsWith('.blob'))).toHaveLength(3); // two thumbnails and the finished file
      expect(names.filter((n) => n.endsWith('.part'))).toHaveLength(1);
      // Case work (issue 13): a consent the person gave, and a target, a letter and a referral of the centre.
      expect((await asVictim(t.app, o, 'POST', '/case/consents', { kind: 'write_to_operators', granted: true })).statusCode).toBe(204);
      const at = '2026-12-01T00:00:00.000Z';
      await t.db.kysely.insertInto('case_targets').values({
        id: 'target-withdraw-1', case_id: caseId, seq: 1, url_key: 'k', record_sealed: 's', operator: 'naver', site_type: 'social', status: 'requested',
        source: 'counsellor', source_ref: null, created_at: at, requested_at: at, removed_at: null, reappeared_at: null, last_event_at: at, updated_at: at,
      }).execute();
      await t.db.kysely.insertInto('case_letters').values({ id: 'letter-withdraw-1', case_id: caseId, at, method: 'web_form', operator: 'naver', target_count: 1, actor_id: 'staff', letter_sealed: 's' }).execute();
      await t.db.kysely.insertInto('case_referrals').values({ id: 'referral-withdraw-1', case_id: caseId, kind: 'police', state: 'proposed', without_consent: 0, created_at: at, updated_at: at, detail_sealed: 's' }).execute();
      expect(await rowsOf(caseId)).toMatchObject({ case_items: 3, case_access: 1, data_keys: 1, blobs: 3, case_targets: 1, case_letters: 1, case_consents: 1, case_referrals: 1 });

      expect((await asVictim(t.app, o, 'POST', '/case/withdraw', {})).statusCode).toBe(400);
      const withdrawn = await asVictim(t.app, o, 'POST', '/case/withdraw', { confirm: true });
      expect(withdrawn.statusCode).toBe(204);

      expect(fs.existsSync(dir)).toBe(false);
      expect(await rowsOf(caseId)).toEqual({
        case_items: 0, case_events: 0, case_access: 0, blobs: 0, data_keys: 0, case_targets: 0, case_letters: 0, case_consents: 0, case_referrals: 0,
      });
      const row = await caseRepository(t.db.kysely).get(caseId);
      expect(row).toMatchObject({ status: 'closed', requestSealed: null, withdrawnAt: expect.any(String), closedAt: expect.any(String) });
      expect((await asVictim(t.app, o, 'GET', '/case')).statusCode).toBe(401);
      expect((await patch(t.app, o, halfway, 100_000, half.subarray(100_000))).statusCode).toBe(401);
      const audit = await t.db.kysely.selectFrom('audit_log').select(['action', 'actor_kind']).where('case_id', '=', caseId).where('action', '=', 'help.withdraw').execute();
      expect(audit).toEqual([{ action: 'help.withdraw', actor_kind: 'victim' }]);
      // Nothing was sealed for it again (no new key made behind the withdrawal).
      expect(fs.existsSync(dir)).toBe(false);
    });

    it('finishes a withdrawal cut short, and repeating one changes nothing', async () => {
      const o = await openCase(t.app, [fileItem(randomBytes(100), 'x', 1)]);
      const caseId = (await t.db.kysely.selectFrom('case_items').select('case_id').where('id', '=', o.uploads[0]?.itemId ?? '').executeTakeFirstOrThrow()).case_id;
      // As if the process died right after destroying the key and the blobs.
      await t.app.vault.destroyCaseKey(caseId);
      await t.app.blobs.deleteCase(caseId);
      const banks = createBankStore({ db: t.db, vault: t.app.vault, now: t.now });
      const deps = { db: t.db.kysely, vault: t.app.vault, blobs: t.app.blobs, audit: t.app.audit, now: t.now, banks };
      expect(await withdrawCase(deps, caseId)).toBe(true);
      expect(await withdrawCase(deps, caseId)).toBe(true);
      expect(await rowsOf(caseId)).toEqual({
        case_items: 0, case_events: 0, case_access: 0, blobs: 0, data_keys: 0, case_targets: 0, case_letters: 0, case_consents: 0, case_referrals: 0,
      });
      expect((await caseRepository(t.db.kysely).get(caseId))?.withdrawnAt).toEqual(expect.any(String));
      expect(await t.db.kysely.selectFrom('audit_log').select('seq').where('case_id', '=', caseId).where('action', '=', 'help.withdraw').execute()).toHaveLength(1);
      expect((await asVictim(t.app, o, 'GET', '/case')).statusCode).toBe(401);
      expect(await withdrawCase(deps, 'NOSUCHCASE0000000000')).toBe(false);
    });
  });
}
