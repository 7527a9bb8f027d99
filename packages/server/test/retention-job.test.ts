import path from 'node:path';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuditLog } from '../src/audit/audit-log.js';
import type { AuditLog } from '../src/audit/audit-port.js';
import type { BlobStore } from '../src/blobs/blob-store-port.js';
import { caseBlobs } from '../src/blobs/case-blobs.js';
import { createFileBlobStore } from '../src/blobs/file-blob-store.js';
import { caseRepository } from '../src/cases/case.repository.js';
import { createBankStore } from '../src/platform/banks/bank-store.js';
import { runRetention } from '../src/retention/retention-job.js';
import { inProcessRetentionScheduler, pgBossRetentionScheduler } from '../src/retention/retention-scheduler.js';
import { VaultError } from '../src/vault/aead.js';
import { TEST_DATABASES } from './support/databases.js';
import { createVaultFixture, type VaultFixture } from './support/vault-fixture.js';

const DAY = 24 * 60 * 60 * 1000;
const silent = { error: () => undefined };

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`retention on ${testDb.name}`, () => {
    let f: VaultFixture;
    let blobs: BlobStore;
    let audit: AuditLog;
    let clock: Date;
    const now = () => clock;
    beforeEach(async () => {
      f = await createVaultFixture(testDb);
      blobs = createFileBlobStore({ dir: f.blobDir, vault: f.vault });
      audit = createAuditLog(f.db, { audit: { anchorFile: path.join(f.dir, 'anchors.log') } });
      clock = new Date('2026-01-01T00:00:00.000Z');
    });
    afterEach(() => f.close());

    /** A case opened now and closed `closedDaysLater` days later (or left open), with a field and a blob. */
    async function caseWithData(closedDaysLater: number | null, openedBy: 'victim_request' | 'counsellor' = 'victim_request') {
      const start = clock;
      const cases = caseRepository(f.db.kysely, now);
      const opened = await cases.create({ openedBy });
      const note = await f.vault.sealCaseField(opened.id, 'what happened', 'note');
      const blob = await caseBlobs({ db: f.db.kysely, vault: f.vault, store: blobs, now }).store(opened.id, [Buffer.from('evidence')]);
      if (closedDaysLater !== null) {
        clock = new Date(start.getTime() + closedDaysLater * DAY);
        await cases.close(opened.id);
      }
      clock = start;
      return { id: opened.id, note, blob };
    }

    const run = (retentionDays = 90) => runRetention({ db: f.db.kysely, vault: f.vault, blobs, audit, banks: createBankStore({ db: f.db, vault: f.vault, now }), retentionDays, now });

    it('destroys closed cases past the retention period (key, blobs, rows), audits each, keeps counts', async () => {
      const expired = await caseWithData(0);
      const older = await caseWithData(-10, 'counsellor');
      const recent = await caseWithData(2);
      const open = await caseWithData(null);
      clock = new Date(clock.getTime() + 91 * DAY);

      const result = await run();
      expect(result.destroyed).toEqual([older.id, expired.id]);
      expect(result.failed).toEqual([]);
      expect(result.cutoff).toBe(new Date(clock.getTime() - 90 * DAY).toISOString());

      for (const gone of [older, expired]) {
        await expect(f.vault.openCaseField(gone.id, gone.note, 'note')).rejects.toThrow(VaultError);
        expect(fs.existsSync(path.join(f.blobDir, gone.id))).toBe(false);
        expect(await caseRepository(f.db.kysely).get(gone.id)).toBeUndefined();
      }
      const ids = (table: 'data_keys' | 'blobs') => f.db.kysely.selectFrom(table).select('case_id').orderBy('case_id').execute();
      expect((await ids('data_keys')).map((r) => r.case_id).sort()).toEqual([recent.id, open.id].sort());
      expect((await ids('blobs')).map((r) => r.case_id).sort()).toEqual([recent.id, open.id].sort());
      for (const kept of [recent, open]) expect(await f.vault.openCaseField(kept.id, kept.note, 'note')).toBe('what happened');

      const rows = await f.db.kysely.selectFrom('audit_log').select(['actor_kind', 'action', 'case_id', 'detail']).orderBy('seq').execute();
      expect(rows).toEqual([older.id, expired.id].map((caseId) => ({
        actor_kind: 'system', action: 'case.destroy', case_id: caseId, detail: '{"reason":"retention","retentionDays":90}',
      })));
      const counts = await f.db.kysely.selectFrom('destroyed_case_counts').selectAll().orderBy('closed_month').execute();
      expect(counts).toEqual([
        { closed_month: '2025-12', opened_by: 'counsellor', cases: 1 },
        { closed_month: '2026-01', opened_by: 'victim_request', cases: 1 },
      ]);

      // Two days on, the next one is due; the open case never is.
      expect((await run()).destroyed).toEqual([]);
      clock = new Date(clock.getTime() + 2 * DAY);
      expect((await run()).destroyed).toEqual([recent.id]);
      clock = new Date(clock.getTime() + 3650 * DAY);
      expect((await run()).destroyed).toEqual([]);
      expect((await caseRepository(f.db.kysely).get(open.id))?.status).toBe('new');
    });

    it('follows the configured number of days', async () => {
      const closed = await caseWithData(0);
      clock = new Date(clock.getTime() + 31 * DAY);
      expect((await run(90)).destroyed).toEqual([]);
      expect((await run(30)).destroyed).toEqual([closed.id]);
    });

    it('finishes a destruction cut short, and retries one whose audit row could not be written', async () => {
      const cut = await caseWithData(0);
      const unaudited = await caseWithData(0);
      clock = new Date(clock.getTime() + 100 * DAY);
      await f.vault.destroyCaseKey(cut.id); // a crash right after the key went

      const failing = await runRetention({
        db: f.db.kysely, vault: f.vault, blobs, now, retentionDays: 90, banks: createBankStore({ db: f.db, vault: f.vault, now }),
        audit: { append: () => Promise.reject(new Error('audit down')) },
      });
      expect(failing.destroyed).toEqual([]);
      expect([...failing.failed].sort()).toEqual([cut.id, unaudited.id].sort());
      // Key first: even though the rows stay for the next run, nothing of either case opens.
      await expect(f.vault.openCaseField(unaudited.id, unaudited.note, 'note')).rejects.toThrow(VaultError);
      expect(fs.existsSync(path.join(f.blobDir, unaudited.id))).toBe(false);

      expect([...(await run()).destroyed].sort()).toEqual([cut.id, unaudited.id].sort());
      expect(await f.db.kysely.selectFrom('cases').select('id').execute()).toEqual([]);
      expect((await f.db.kysely.selectFrom('audit_log').select('action').execute()).map((r) => r.action)).toEqual(['case.destroy', 'case.destroy']);
    });

    if (testDb.name === 'postgres') {
      it('runs through pg-boss on PostgreSQL, once at start and on request', async () => {
        let runs = 0;
        let ran: () => void = () => undefined;
        const scheduler = pgBossRetentionScheduler(
          (f.database as { url: string }).url,
          async () => {
            runs += 1;
            ran();
          },
          { pollingIntervalSeconds: 0.5, log: silent },
        );
        const first = new Promise<void>((resolve) => (ran = resolve));
        await scheduler.start();
        try {
          await first;
          const second = new Promise<void>((resolve) => (ran = resolve));
          await scheduler.runSoon();
          await second;
          expect(runs).toBe(2);
        } finally {
          await scheduler.stop();
        }
      }, 30_000);
    }
  });
}

describe('in-process retention scheduler (SQLite)', () => {
  it('runs after its first delay and then at its interval, never twice at once, and stops', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const scheduler = inProcessRetentionScheduler(
      () => { runs += 1; return new Promise<void>((resolve) => (release = resolve)); },
      { firstRunMs: 0, intervalMs: 5, log: silent },
    );
    await scheduler.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(1); // the first run is still going: no second one starts
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBeGreaterThan(1);
    release();
    await scheduler.stop();
    const stoppedAt = runs;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(runs).toBe(stoppedAt);
  });
});
