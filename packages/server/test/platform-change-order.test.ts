/**
 * The change log is read in commit order (PostgreSQL, where writers really run at once).
 *
 * Transaction A takes the lock and appends its change, then holds before committing; transaction B
 * starts meanwhile, waits for the lock, and commits after A; a reader polls `seq > last` throughout.
 *
 * Why a naive log fails this test: with `seq` an identity column (a number taken at insert) and no
 * lock, A would take seq 1 at its insert and B, not waiting for anything, seq 2 and commit at once.
 * The reader, polling while A holds, would see seq 2 and move `last` to 2; when A then committed,
 * its seq 1 would be below `last` and never read: the reader's changes would be [2], not [1, 2], and
 * the final expectation below would fail (as would the one that B waits on A's lock).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../src/db/database.js';
import { appendChanges, bankWrite, SIGNAL_CHANGES_LOCK_KEY } from '../src/platform/banks/bank-write.js';
import { TEST_DATABASES } from './support/databases.js';
import { createVaultFixture, type VaultFixture } from './support/vault-fixture.js';

const postgres = TEST_DATABASES.find((d) => d.name === 'postgres');
if (!postgres) throw new Error('no PostgreSQL test database');

/** A reader as a matcher is: everything after the last sequence number it has seen. */
function reader(db: Db) {
  const seen: { seq: number; signalId: number }[] = [];
  return {
    seen,
    async poll(): Promise<void> {
      const last = seen.at(-1)?.seq ?? 0;
      const rows = await db.kysely.selectFrom('signal_changes').select(['seq', 'signal_id']).where('seq', '>', last).orderBy('seq').execute();
      seen.push(...rows.map((r) => ({ seq: Number(r.seq), signalId: r.signal_id })));
    },
  };
}

function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open() };
}

async function waitingForLock(db: Db): Promise<number> {
  // The change log's key: its high 32 bits are the lock's classid, its low 32 bits its objid.
  const row = await sql<{ n: string }>`select count(*) as n from pg_locks where locktype = 'advisory' and not granted
    and database = (select oid from pg_database where datname = current_database())
    and classid = ${Math.floor(SIGNAL_CHANGES_LOCK_KEY / 2 ** 32)} and objid = ${SIGNAL_CHANGES_LOCK_KEY % 2 ** 32}`.execute(db.kysely);
  return Number(row.rows[0]?.n ?? 0);
}

describe.skipIf(!postgres.available)('the change log on postgres', () => {
  let f: VaultFixture;
  beforeEach(async () => {
    f = await createVaultFixture(postgres);
  });
  afterEach(() => f.close());

  it('never lets a reader skip a change whose commit was delayed', async () => {
    const read = reader(f.db);
    const inserted = gate();
    const release = gate();
    const a = bankWrite(f.db, async (trx) => {
      await appendChanges(trx, [{ signalId: 1, signalKey: 'k1', op: 'upsert', bank: 'A' }], new Date());
      inserted.open();
      await release.opened;
    });
    await inserted.opened;
    let bDone = false;
    const b = bankWrite(f.db, (trx) => appendChanges(trx, [{ signalId: 2, signalKey: 'k2', op: 'upsert', bank: 'B' }], new Date())).then(() => (bDone = true));
    // A holds; B queues behind it (or, in a naive log, would have committed by now).
    await vi.waitFor(async () => expect(bDone || (await waitingForLock(f.db)) > 0).toBe(true), { timeout: 10_000, interval: 10 });
    for (let i = 0; i < 20; i += 1) await read.poll();
    expect(bDone).toBe(false);
    expect(read.seen).toEqual([]);
    release.open();
    await Promise.all([a, b]);
    await read.poll();
    expect(read.seen).toEqual([{ seq: 1, signalId: 1 }, { seq: 2, signalId: 2 }]);
  });

  it('gives many writers with delays one gap-free order, which a polling reader follows whole', async () => {
    const read = reader(f.db);
    let writing = true;
    const polling = (async () => {
      while (writing) await read.poll();
    })();
    let next = 0;
    const writer = async (w: number) => {
      for (let i = 0; i < 8; i += 1) {
        await bankWrite(f.db, async (trx) => {
          const ids = [(next += 1), (next += 1)];
          await appendChanges(trx, ids.map((signalId) => ({ signalId, signalKey: `k${signalId}`, op: 'upsert' as const, bank: `W${w}` })), new Date());
          await new Promise((resolve) => setTimeout(resolve, (w * 7 + i * 3) % 11));
        });
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    writing = false;
    await polling;
    await read.poll();
    expect(read.seen.map((r) => r.seq)).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
    expect(new Set(read.seen.map((r) => r.signalId)).size).toBe(64);
  });
});
