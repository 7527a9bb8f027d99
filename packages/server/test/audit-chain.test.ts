import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { rowHash, ZERO_HASH } from '../src/audit/audit-chain.js';
import { TEST_DATABASES } from './support/databases.js';
import { auditFixture, staff } from './audit-fixtures.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`audit chain on ${testDb.name}`, () => {
    it('links each row to the one before by a hash over all its fields', async () => {
      const t = await auditFixture(testDb, { now: () => new Date('2026-12-02T01:02:03.456Z') });
      try {
        await t.audit.append({ actor: staff(), action: 'case.read', caseId: 'case-1', reason: '원본 확인 필요 (NFD: \u1100\u1161)' });
        await t.audit.append({ actor: { kind: 'cli' }, action: 'staff.invite', subjectStaffId: 'staff-2', detail: { role: 'auditor', count: 1, ok: true, none: null } });
        await t.audit.append({ actor: { kind: 'platform', keyId: 'key-9' }, action: 'takedown.update' });
        const rows = await t.db.kysely.selectFrom('audit_log').selectAll().orderBy('seq').execute();
        expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
        expect(rows[0]).toMatchObject({
          at: '2026-12-02T01:02:03.456Z', actor_kind: 'staff', actor_id: 'staff-1', session_id: 'session-1',
          action: 'case.read', case_id: 'case-1', reason: '원본 확인 필요 (NFD: 가)', detail: '{}', prev_hash: ZERO_HASH,
        });
        expect(rows[1]).toMatchObject({ actor_kind: 'cli', actor_id: null, subject_staff_id: 'staff-2', detail: '{"count":1,"none":null,"ok":true,"role":"auditor"}' });
        expect(rows[2]).toMatchObject({ actor_kind: 'platform', actor_id: 'key-9' });
        for (const [i, row] of rows.entries()) {
          const { hash, ...rest } = row;
          expect(hash).toBe(rowHash({ ...rest, seq: Number(rest.seq) }));
          if (i > 0) expect(row.prev_hash).toBe(rows[i - 1]?.hash);
        }
        expect(await t.audit.head()).toEqual({ seq: 3, hash: rows[2]?.hash });
      } finally {
        await t.close();
      }
    });

    it('refuses a malformed event (action, id length, reason length)', async () => {
      const t = await auditFixture(testDb);
      try {
        await expect(t.audit.append({ actor: staff(), action: 'Case Read' })).rejects.toThrow(TypeError);
        await expect(t.audit.append({ actor: staff('x'.repeat(201)), action: 'case.read' })).rejects.toThrow(TypeError);
        await expect(t.audit.append({ actor: staff(), action: 'case.read', reason: 'r'.repeat(2001) })).rejects.toThrow(TypeError);
        expect(await t.audit.head()).toEqual({ seq: 0, hash: ZERO_HASH });
      } finally {
        await t.close();
      }
    });

    it('serialises 200 concurrent appends into one gapless chain', async () => {
      const t = await auditFixture(testDb);
      try {
        await Promise.all(Array.from({ length: 200 }, (_, i) => t.audit.append({ actor: staff(`staff-${i % 7}`), action: 'case.read', caseId: `case-${i}` })));
        const rows = await t.db.kysely.selectFrom('audit_log').selectAll().orderBy('seq').execute();
        expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
        expect(new Set(rows.map((r) => r.case_id)).size).toBe(200);
        let prev = ZERO_HASH;
        for (const { hash, ...rest } of rows) {
          expect(rest.prev_hash).toBe(prev);
          expect(hash).toBe(rowHash({ ...rest, seq: Number(rest.seq) }));
          prev = hash;
        }
      } finally {
        await t.close();
      }
    });

    it("appends inside the caller's transaction: rolled back with it, committed with it", async () => {
      const t = await auditFixture(testDb);
      try {
        await expect(t.db.kysely.transaction().execute(async (trx) => {
          await t.audit.append({ actor: staff(), action: 'case.update', caseId: 'c1' }, trx);
          throw new Error('the change failed');
        })).rejects.toThrow('the change failed');
        expect(await t.audit.head()).toEqual({ seq: 0, hash: ZERO_HASH });
        await t.db.kysely.transaction().execute(async (trx) => {
          await t.audit.append({ actor: staff(), action: 'case.update', caseId: 'c1' }, trx);
          await t.audit.append({ actor: staff(), action: 'case.update', caseId: 'c2' }, trx);
        });
        // Concurrent appends outside still chain after those inside.
        await Promise.all([
          t.db.kysely.transaction().execute((trx) => t.audit.append({ actor: staff(), action: 'case.update', caseId: 'c3' }, trx)),
          t.audit.append({ actor: staff(), action: 'case.read', caseId: 'c4' }),
          t.audit.append({ actor: staff(), action: 'case.read', caseId: 'c5' }, t.db.kysely),
        ]);
        const rows = await t.db.kysely.selectFrom('audit_log').select(['seq', 'case_id']).orderBy('seq').execute();
        expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
        expect(rows.slice(0, 2).map((r) => r.case_id)).toEqual(['c1', 'c2']);
      } finally {
        await t.close();
      }
    });

    it('refuses UPDATE and DELETE (and TRUNCATE on PostgreSQL) by trigger', async () => {
      const t = await auditFixture(testDb);
      try {
        await t.audit.append({ actor: staff(), action: 'case.read', caseId: 'c1' });
        await expect(t.db.kysely.updateTable('audit_log').set({ reason: 'edited' }).execute()).rejects.toThrow(/append-only/);
        await expect(t.db.kysely.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
        await expect(t.db.kysely.updateTable('audit_log_base').set({ seq: 1 }).execute()).rejects.toThrow(/two years/);
        await expect(t.db.kysely.deleteFrom('audit_log_base').execute()).rejects.toThrow(/one row/);
        if (testDb.name === 'postgres') await expect(sql`truncate audit_log`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
        expect(await t.db.kysely.selectFrom('audit_log').select('reason').executeTakeFirst()).toEqual({ reason: null });
      } finally {
        await t.close();
      }
    });
  });
}
