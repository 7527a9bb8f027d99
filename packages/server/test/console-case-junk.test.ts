/** Clearing a flood: new requests marked junk are destroyed like any case; nothing else is touched. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRepository } from '../src/cases/case.repository.js';
import { auditRows, call, CONTACT, fileItem, V1, victimCase } from './console-case-fixtures.js';
import { TEST_DATABASES } from './support/databases.js';
import { createStaffTestApp, type Person, type StaffTestApp } from './support/staff-app.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`console case junk on ${testDb.name}`, () => {
    let t: StaffTestApp;
    let me: Person;
    let auditor: Person;
    beforeAll(async () => {
      t = await createStaffTestApp(testDb);
      me = await t.person('counsellor');
      auditor = await t.person('auditor');
    });
    afterAll(() => t.close());

    it('destroys new requests (key, blobs, rows) and leaves taken-up and counsellor-opened cases alone', async () => {
      const bytes = Buffer.from('spam');
      const spam = [await victimCase(t, { items: [{ item: fileItem(bytes) }], files: [bytes] }), await victimCase(t)];
      const real = await victimCase(t);
      await caseRepository(t.db.kysely).update(real.id, { assignedStaffId: me.id, status: 'assigned' });
      const phoned = (await call(t, me, 'POST', `${V1}/cases`, { locale: 'ko', contact: CONTACT, situation: 'unsure', assignToMe: false })).json().id as string;
      expect(fs.existsSync(path.join(t.config.blobDir, spam[0]?.id ?? ''))).toBe(true);

      const ids = [...spam.map((c) => c.id), real.id, phoned, '0000000000000000'];
      expect((await call(t, auditor, 'POST', `${V1}/cases/junk`, { ids })).statusCode).toBe(403);
      const response = await call(t, me, 'POST', `${V1}/cases/junk`, { ids });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ destroyed: 2 });

      for (const c of spam) {
        expect(await caseRepository(t.db.kysely).get(c.id)).toBeUndefined();
        expect(await t.db.kysely.selectFrom('data_keys').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
        expect(fs.existsSync(path.join(t.config.blobDir, c.id))).toBe(false);
      }
      expect(await caseRepository(t.db.kysely).get(real.id)).toMatchObject({ junkAt: null, status: 'assigned' });
      expect(await caseRepository(t.db.kysely).get(phoned)).toMatchObject({ junkAt: null, status: 'new' });

      const destroyed = (await auditRows(t, 'case.destroy')).filter((r) => spam.some((c) => c.id === r.case_id));
      expect(destroyed.map((r) => [r.actor_id, JSON.parse(r.detail)])).toEqual([[me.id, { reason: 'junk' }], [me.id, { reason: 'junk' }]]);
      expect(JSON.parse((await auditRows(t, 'case.junk')).at(-1)?.detail ?? '')).toEqual({ asked: 5, destroyed: 2 });
      const counts = await t.db.kysely.selectFrom('destroyed_case_counts').selectAll().where('opened_by', '=', 'victim_request').execute();
      expect(counts.reduce((n, r) => n + Number(r.cases), 0)).toBe(2);
    });

    it('refuses an empty list and ids that are not case ids', async () => {
      expect((await call(t, me, 'POST', `${V1}/cases/junk`, { ids: [] })).statusCode).toBe(400);
      expect((await call(t, me, 'POST', `${V1}/cases/junk`, { ids: ['../etc'] })).statusCode).toBe(400);
    });
  });
}
