import type { ProtectItem } from '@jikim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBankStore } from '../src/platform/banks/bank-store.js';
import type { BankStore } from '../src/platform/platform-ports.js';
import { createSubmission } from '../src/protect/create-submission.js';
import { submissionBodySchema } from '../src/protect/submission-signals.js';
import { createKeyedHash } from '../src/vault/keyed-hash.js';
import { TEST_DATABASES } from './support/databases.js';
import { createHelpApp, solvedPow, type HelpApp } from './help-app.js';
import { asPerson, imageItem, submissionIdOf, submit, videoItem } from './protect-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`withdrawing a /protect submission on ${testDb.name}`, () => {
    let t: HelpApp;
    beforeAll(async () => {
      t = await createHelpApp(testDb);
    });
    afterAll(() => t.close());

    async function stored(submissionId: string) {
      const contents = await t.db.kysely.selectFrom('bank_contents').select('id').where('submission_id', '=', submissionId).execute();
      const signals = contents.length === 0 ? [] : await t.db.kysely.selectFrom('bank_signals').select('id')
        .where('content_id', 'in', contents.map((c) => Number(c.id))).execute();
      const key = await t.db.kysely.selectFrom('data_keys').select('id').where('id', '=', `protect:${submissionId}`).executeTakeFirst();
      return { contents: contents.length, signalIds: signals.map((s) => s.id).sort((a, b) => a - b), key: key !== undefined };
    }

    async function changes(signalIds: readonly number[]) {
      const rows = await t.db.kysely.selectFrom('signal_changes').select(['seq', 'signal_id', 'op']).where('signal_id', 'in', signalIds).orderBy('seq').execute();
      return (op: 'upsert' | 'delete') => rows.filter((r) => r.op === op).map((r) => r.signal_id).sort((a, b) => a - b);
    }

    it('removes every content, destroys the key, writes a delete per signal; the status says withdrawn; again is fine', async () => {
      const kept = await submit(t.app, [imageItem(8)]);
      const keptId = await submissionIdOf(t, kept.code);
      const o = await submit(t.app, [imageItem(8), videoItem(3)]);
      const id = await submissionIdOf(t, o.code);
      const before = await stored(id);
      expect(before).toMatchObject({ contents: 2, key: true });
      expect(before.signalIds).toHaveLength(9 + 2);

      const withdrawn = await asPerson(t.app, o, 'POST', '/submission/withdraw');
      expect(withdrawn.statusCode).toBe(200);
      expect(withdrawn.json()).toEqual({ state: 'withdrawn', removed: 2 });
      expect(await stored(id)).toEqual({ contents: 0, signalIds: [], key: false });
      const log = await changes(before.signalIds);
      expect(log('upsert')).toEqual(before.signalIds);
      expect(log('delete')).toEqual(before.signalIds);
      const row = await t.db.kysely.selectFrom('protect_submissions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.withdrawn_at).toBe(t.now().toISOString());

      const status = await asPerson(t.app, o, 'GET', '/submission');
      expect(status.statusCode).toBe(200);
      expect(status.json()).toMatchObject({ state: 'withdrawn', items: [] });
      const again = await asPerson(t.app, o, 'POST', '/submission/withdraw');
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual({ state: 'withdrawn', removed: 0 });
      const audits = await t.db.kysely.selectFrom('audit_log').select(['actor_kind', 'detail']).where('action', '=', 'protect.withdraw').execute();
      expect(audits).toEqual([{ actor_kind: 'victim', detail: '{"removed":2}' }]);

      // The other submission is untouched.
      expect(await stored(keptId)).toMatchObject({ contents: 1, key: true });
      expect((await asPerson(t.app, kept, 'GET', '/submission')).json()).toMatchObject({ state: 'active', items: [{ index: 0, hashes: 9 }] });
    });

    it('removes what it made when a content fails midway: contents (each signal deleted in the log), key, row', async () => {
      const real = createBankStore({ db: t.db, vault: t.app.vault, now: t.now });
      let added = 0;
      const failing: BankStore = {
        ...real,
        addContent: async (input) => {
          added += 1;
          if (added === 2) throw new Error('the disk is full');
          return real.addContent(input);
        },
      };
      const deps = { db: t.db.kysely, vault: t.app.vault, hashes: createKeyedHash(t.app.vault), banks: failing, audit: t.app.audit, now: t.now, limits: t.config.help };
      const submissions = await t.db.kysely.selectFrom('protect_submissions').select('id').execute();
      const keysBefore = (await t.db.kysely.selectFrom('data_keys').select('id').where('id', 'like', 'protect:%').execute()).map((k) => k.id).sort();
      const body = submissionBodySchema.parse({ pow: await solvedPow(t.app), locale: 'en', items: [imageItem(8), imageItem(1), videoItem(2)] satisfies ProtectItem[] });
      await expect(createSubmission(deps, body, '10.5.0.1')).rejects.toThrow('the disk is full');

      const after = await t.db.kysely.selectFrom('protect_submissions').select('id').execute();
      expect(after).toHaveLength(submissions.length);
      const owners = await t.db.kysely.selectFrom('bank_contents').select('submission_id').where('submission_id', 'is not', null).execute();
      expect(owners.filter((c) => !submissions.some((s) => s.id === c.submission_id))).toEqual([]);
      const keys = await t.db.kysely.selectFrom('data_keys').select('id').where('id', 'like', 'protect:%').execute();
      expect(keys.map((k) => k.id).sort()).toEqual(keysBefore);
      // The first item's 9 signals went into the log and out again.
      const last = await t.db.kysely.selectFrom('signal_changes').select(['signal_id', 'op']).orderBy('seq', 'desc').limit(18).execute();
      const ids = new Set(last.map((r) => r.signal_id));
      expect(ids.size).toBe(9);
      expect(last.filter((r) => r.op === 'delete')).toHaveLength(9);
      expect(await t.db.kysely.selectFrom('bank_signals').select('id').where('id', 'in', [...ids]).execute()).toEqual([]);
      expect(await t.db.kysely.selectFrom('audit_log').select('seq').where('action', '=', 'protect.submit').where('detail', 'like', '%"items":3%').execute()).toEqual([]);
    });
  });
}
