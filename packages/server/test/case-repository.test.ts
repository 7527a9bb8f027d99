import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE_ID_PATTERN, newCaseId } from '../src/cases/case-id.js';
import { caseRepository, type CaseRepository } from '../src/cases/case.repository.js';
import { createDb, type Db } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { TEST_DATABASES } from './support/databases.js';

describe('case ids', () => {
  it('are 16 Crockford base32 characters (80 random bits), never repeated', () => {
    const ids = new Set(Array.from({ length: 10_000 }, newCaseId));
    expect(ids.size).toBe(10_000);
    for (const id of ids) expect(id).toMatch(CASE_ID_PATTERN);
    // Every position takes many values: no counter or time inside.
    const first = new Set([...ids].map((id) => id[0]));
    expect(first.size).toBe(32);
  });
});

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`case repository on ${testDb.name}`, () => {
    let db: Db;
    let drop: () => Promise<void>;
    let clock: Date;
    let cases: CaseRepository;
    beforeEach(async () => {
      const created = await testDb.create();
      drop = created.drop;
      db = createDb(created.database);
      await migrateToLatest(db);
      clock = new Date('2026-03-01T09:00:00.000Z');
      cases = caseRepository(db.kysely, () => clock);
    });
    afterEach(async () => {
      await db.close();
      await drop();
    });

    const tick = () => (clock = new Date(clock.getTime() + 60_000));

    it('creates, gets, lists by status and assignee (newest first, paged) and closes', async () => {
      const a = await cases.create({ openedBy: 'victim_request' });
      tick();
      const b = await cases.create({ openedBy: 'counsellor', assignedStaffId: 'staff-1' });
      tick();
      const c = await cases.create({ openedBy: 'victim_request', assignedStaffId: 'staff-2' });
      expect(a).toEqual({ id: a.id, status: 'new', openedBy: 'victim_request', createdAt: '2026-03-01T09:00:00.000Z', closedAt: null, assignedStaffId: null,
        locale: 'ko', situation: null, arrival: 'online', requestSealed: null, withdrawnAt: null, junkAt: null, updatedAt: '2026-03-01T09:00:00.000Z' });
      expect(b.status).toBe('assigned');
      expect(await cases.get(b.id)).toEqual(b);
      expect(await cases.get('0000000000000000')).toBeUndefined();

      expect((await cases.list()).map((x) => x.id)).toEqual([c.id, b.id, a.id]);
      expect((await cases.list({ status: 'new' })).map((x) => x.id)).toEqual([a.id]);
      expect((await cases.list({ status: ['new', 'assigned'] })).map((x) => x.id)).toEqual([c.id, b.id, a.id]);
      expect(await cases.list({ status: [] })).toEqual([]);
      expect((await cases.list({ assignedStaffId: 'staff-1' })).map((x) => x.id)).toEqual([b.id]);
      expect((await cases.list({ assignedStaffId: null })).map((x) => x.id)).toEqual([a.id]);
      const page = await cases.list({ limit: 2 });
      expect(page.map((x) => x.id)).toEqual([c.id, b.id]);
      const last = page.at(-1);
      if (!last) throw new Error('empty page');
      expect((await cases.list({ limit: 2, before: last })).map((x) => x.id)).toEqual([a.id]);

      tick();
      const closed = await cases.close(b.id);
      expect(closed).toEqual({ ...b, status: 'closed', closedAt: '2026-03-01T09:03:00.000Z' });
      tick();
      expect((await cases.close(b.id))?.closedAt).toBe('2026-03-01T09:03:00.000Z');
      expect(await cases.close('0000000000000000')).toBeUndefined();
      expect((await cases.list({ status: 'closed' })).map((x) => x.id)).toEqual([b.id]);
      expect((await cases.listClosedBefore(new Date('2026-03-01T09:03:00.001Z'))).map((x) => x.id)).toEqual([b.id]);
      expect(await cases.listClosedBefore(new Date('2026-03-01T09:03:00.000Z'))).toEqual([]);

      await cases.delete(b.id);
      expect(await cases.get(b.id)).toBeUndefined();
    });

    it('pages the same created_at by id, and the database refuses an unknown status', async () => {
      const made = await Promise.all(Array.from({ length: 5 }, () => cases.create({ openedBy: 'counsellor' })));
      const all = [...made].sort((x, y) => (x.id < y.id ? 1 : -1)).map((x) => x.id);
      const first = await cases.list({ limit: 3 });
      const cursor = first[2];
      if (!cursor) throw new Error('short page');
      const rest = await cases.list({ limit: 3, before: cursor });
      expect([...first, ...rest].map((x) => x.id)).toEqual(all);
      await expect(db.kysely.insertInto('cases').values({
        id: newCaseId(), status: 'lost' as 'new', opened_by: 'counsellor', created_at: clock.toISOString(), closed_at: null, assigned_staff_id: null,
        locale: 'ko', situation: null, arrival: 'other', request_sealed: null, withdrawn_at: null, junk_at: null, updated_at: null,
      }).execute()).rejects.toThrow();
    });
  });
}
