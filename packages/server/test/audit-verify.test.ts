import fs from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { rowHash } from '../src/audit/audit-chain.js';
import { createAuditLog } from '../src/audit/audit-log.js';
import { verifyAuditChain, type AuditVerifyReport } from '../src/audit/audit-verify.js';
import type { Database } from '../src/db/schema.js';
import { TEST_DATABASES, type TestDatabase } from './support/databases.js';
import { auditFixture, staff, type AuditFixture } from './audit-fixtures.js';

/** What an attacker with database access does first. */
export async function dropAuditTriggers(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const statements = dialect === 'sqlite'
    ? ['drop trigger audit_log_no_update', 'drop trigger audit_log_no_delete', 'drop trigger audit_log_base_advance']
    : ['drop trigger audit_log_no_change on audit_log', 'drop trigger audit_log_base_guard on audit_log_base'];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

async function tenRows(testDb: TestDatabase): Promise<AuditFixture> {
  const t = await auditFixture(testDb);
  for (let i = 1; i <= 10; i += 1) {
    await t.audit.append({ actor: staff(`staff-${i}`), action: 'case.read', caseId: `case-${i}`, reason: `사유 ${i}` });
    if (i === 5 || i === 10) await t.audit.anchor();
  }
  await dropAuditTriggers(t.db.kysely, testDb.name);
  return t;
}

const verify = (t: AuditFixture): Promise<AuditVerifyReport> => verifyAuditChain(t.db.kysely, [{ file: t.anchorFile, strict: true }]);

async function rehash(db: Kysely<Database>, fromSeq: number): Promise<void> {
  const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', fromSeq - 1).orderBy('seq').execute();
  let prev = rows[0]?.hash ?? '';
  for (const { hash: _old, ...row } of rows.slice(1)) {
    const linked = { ...row, seq: Number(row.seq), prev_hash: prev };
    prev = rowHash(linked);
    await db.updateTable('audit_log').set({ prev_hash: linked.prev_hash, hash: prev }).where('seq', '=', linked.seq).execute();
  }
}

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`audit verify on ${testDb.name}`, () => {
    const cases: [string, (t: AuditFixture) => Promise<void>, Partial<NonNullable<AuditVerifyReport['problem']>>][] = [
      ['a changed field', async (t) => {
        await t.db.kysely.updateTable('audit_log').set({ reason: '다른 사유' }).where('seq', '=', 4).execute();
      }, { seq: 4, kind: 'hash-mismatch' }],
      ['a changed field with its hash recomputed', async (t) => {
        const { hash: _h, ...row } = await t.db.kysely.selectFrom('audit_log').selectAll().where('seq', '=', 4).executeTakeFirstOrThrow();
        const edited = { ...row, seq: 4, case_id: 'case-99' };
        await t.db.kysely.updateTable('audit_log').set({ case_id: 'case-99', hash: rowHash(edited) }).where('seq', '=', 4).execute();
      }, { seq: 5, kind: 'broken-link' }],
      ['a deleted row in the middle', async (t) => {
        await t.db.kysely.deleteFrom('audit_log').where('seq', '=', 6).execute();
      }, { seq: 6, kind: 'gap' }],
      ['the first row deleted', async (t) => {
        await t.db.kysely.deleteFrom('audit_log').where('seq', '=', 1).execute();
      }, { seq: 1, kind: 'gap' }],
      ['rows cut off the end after an anchor', async (t) => {
        await t.db.kysely.deleteFrom('audit_log').where('seq', '>=', 8).execute();
      }, { seq: 8, kind: 'missing-after-anchor' }],
      ['reordered rows (seq 3 and 7 swapped)', async (t) => {
        await t.db.kysely.updateTable('audit_log').set({ seq: -1 }).where('seq', '=', 3).execute();
        await t.db.kysely.updateTable('audit_log').set({ seq: 3 }).where('seq', '=', 7).execute();
        await t.db.kysely.updateTable('audit_log').set({ seq: 7 }).where('seq', '=', -1).execute();
      }, { seq: 3, kind: 'hash-mismatch' }],
      ['the chain rewritten consistently from row 4 on', async (t) => {
        await t.db.kysely.updateTable('audit_log').set({ reason: null }).where('seq', '=', 4).execute();
        await rehash(t.db.kysely, 4);
      }, { seq: 5, kind: 'anchor-mismatch' }],
      ['the tail rewritten consistently and cut after the last anchor', async (t) => {
        await t.db.kysely.deleteFrom('audit_log').where('seq', '>=', 9).execute();
        await rehash(t.db.kysely, 6);
      }, { seq: 9, kind: 'missing-after-anchor' }],
      ['rows removed from the start as if by retention, without its anchor', async (t) => {
        const row3 = await t.db.kysely.selectFrom('audit_log').select('hash').where('seq', '=', 6).executeTakeFirstOrThrow();
        await t.db.kysely.updateTable('audit_log_base').set({ seq: 6, hash: row3.hash }).execute();
        await t.db.kysely.deleteFrom('audit_log').where('seq', '<=', 6).execute();
      }, { seq: 5, kind: 'gap' }],
      ['an edited anchor file', async (t) => {
        fs.appendFileSync(t.anchorFile, 'seq 10 was fine\n');
      }, { seq: 11, kind: 'bad-anchor-line' }],
    ];

    it('finds an intact chain and its anchors intact', async () => {
      const t = await tenRows(testDb);
      try {
        const report = await verify(t);
        expect(report).toMatchObject({ ok: true, rows: 10, head: { seq: 10 }, anchors: { checked: 2, beforeBase: 0, missingFiles: [] }, moreProblems: 0 });
        expect(report.problem).toBeUndefined();
      } finally {
        await t.close();
      }
    });

    it.each(cases)('names the first bad row after %s', async (_name, tamper, expected) => {
      const t = await tenRows(testDb);
      try {
        await tamper(t);
        const report = await verify(t);
        expect(report.ok).toBe(false);
        expect(report.problem).toMatchObject(expected);
      } finally {
        await t.close();
      }
    });

    it('purges rows past two years keeping the chain and its anchors verifiable; the database refuses a younger purge', async () => {
      const t = await auditFixture(testDb);
      try {
        const old = createAuditLog(t.db, { audit: { anchorFile: t.anchorFile } }, { now: () => new Date('2023-01-01T00:00:00.000Z') });
        for (let i = 1; i <= 4; i += 1) await old.append({ actor: staff(), action: 'case.read', caseId: `old-${i}` });
        await old.anchor();
        await t.audit.append({ actor: staff(), action: 'case.read', caseId: 'young' });
        await t.audit.anchor();

        // The database's own clock decides what is older than two years.
        await expect(t.audit.purge(new Date(Date.now() + 1000))).rejects.toThrow(/two years/);
        expect((await verify(t)).ok).toBe(true);

        expect(await t.audit.purge(new Date(Date.now() - 2 * 366 * 24 * 3600 * 1000))).toEqual({ throughSeq: 4, removed: 4 });
        const rows = await t.db.kysely.selectFrom('audit_log').select(['seq', 'action', 'detail']).orderBy('seq').execute();
        expect(rows).toEqual([
          { seq: 5, action: 'case.read', detail: '{}' },
          { seq: 6, action: 'audit.purge', detail: '{"removed":4,"throughSeq":4}' },
        ]);
        const report = await verify(t);
        expect(report).toMatchObject({ ok: true, rows: 2, base: { seq: 4 }, anchors: { beforeBase: 0 } });
        await t.audit.anchor();
        // 4 and 5 by hand, 5 by the refused purge, 4 (the new base) by the purge, 6 now.
        expect((await verify(t)).anchors).toEqual({ checked: 5, beforeBase: 0, missingFiles: [] });
        // Nothing more to purge: a no-op.
        expect(await t.audit.purge(new Date('2024-01-01T00:00:00.000Z'))).toEqual({ throughSeq: 4, removed: 0 });
        // Still append-only for everything after the base.
        await expect(t.db.kysely.deleteFrom('audit_log').where('seq', '=', 5).execute()).rejects.toThrow(/append-only/);
      } finally {
        await t.close();
      }
    });
  });
}
