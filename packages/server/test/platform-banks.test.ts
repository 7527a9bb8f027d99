/** The banks' storage: contents with sealed signals, pages, the change log each write appends. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BankError, VICTIMS_OWNER } from '../src/platform/platform-ports.js';
import { TEST_DATABASES } from './support/databases.js';
import { bankFixture, changeLog, createPlatformBank, everyRow, newCase, newSubmission, randomMd5, randomPdq, type BankFixture } from './platform-bank-fixtures.js';

const code = async (promise: Promise<unknown>) => promise.then(() => 'resolved', (error: unknown) => (error instanceof BankError ? error.code : String(error)));

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform banks on ${testDb.name}`, () => {
    let f: BankFixture;
    beforeEach(async () => {
      f = await bankFixture(testDb);
    });
    afterEach(() => f.close());

    it('creates, lists by page and owner, updates and refuses a second bank of a name', async () => {
      for (const name of ['B_ONE', 'A_ONE', 'C_ONE']) await f.store.createBank(name, 'p1', 'platform');
      expect(await code(f.store.createBank('A_ONE', 'p2', 'platform'))).toBe('bank_exists');
      const first = await f.store.listBanks({ limit: 3 });
      expect(first.items.map((b) => b.name)).toEqual(['A_ONE', 'B_ONE', 'C_ONE']);
      expect(first.nextCursor).toBe('C_ONE');
      const second = await f.store.listBanks({ limit: 3, after: first.nextCursor ?? '' });
      expect(second).toEqual({ items: [expect.objectContaining({ name: 'JIKIM_CONFIRMED', owner: VICTIMS_OWNER, kind: 'confirmed' }), expect.objectContaining({ name: 'JIKIM_UNREVIEWED', kind: 'unreviewed' })], nextCursor: null });
      expect((await f.store.listBanks({ owners: ['p1'], limit: 10 })).items.map((b) => b.name)).toEqual(['A_ONE', 'B_ONE', 'C_ONE']);
      expect((await f.store.listBanks({ owners: [], limit: 10 })).items).toEqual([]);
      const updated = await f.store.updateBank('B_ONE', { matchingEnabled: false, feedEnabled: true });
      expect(updated).toMatchObject({ name: 'B_ONE', matchingEnabled: false, feedEnabled: true });
      expect(await f.store.getBank('B_ONE')).toEqual(updated);
      expect(await code(f.store.updateBank('NONE', { feedEnabled: true }))).toBe('bank_not_found');
    });

    it('adds, reads, disables and deletes a content; its values are sealed in every row', async () => {
      const bank = await createPlatformBank(f.store);
      const pdq = randomPdq();
      const md5 = randomMd5();
      const note = 'NOTE-잠금-' + randomMd5();
      const added = await f.store.addContent({ bank, origin: 'platform', note, signals: [{ type: 'pdq', value: pdq, quality: 90 }, { type: 'md5', value: md5 }, { type: 'pdq', value: pdq }] });
      expect(Number.isSafeInteger(added.id) && added.id >= 1).toBe(true);
      expect(added).toMatchObject({ bank, signals: { pdq: [pdq], md5: [md5] }, note, disabledUntil: null, quarantinedAt: null });
      expect(await f.store.getContent(bank, added.id)).toEqual(added);
      expect(await f.store.getContent('JIKIM_CONFIRMED', added.id)).toBeNull();
      const rows = await everyRow(f.db);
      for (const secret of [pdq, md5, note]) expect(rows).not.toContain(secret);

      const until = '2027-01-01T00:00:00.000Z';
      expect(await f.store.updateContent(bank, added.id, { disabledUntil: until, note: 'changed' })).toMatchObject({ disabledUntil: until, note: 'changed', signals: { pdq: [pdq] } });
      expect(await f.store.deleteContent(bank, added.id)).toBe(1);
      expect(await f.store.deleteContent(bank, added.id)).toBe(0);
      expect(await f.store.getContent(bank, added.id)).toBeNull();
      expect(await code(f.store.updateContent(bank, added.id, { note: 'x' }))).toBe('content_not_found');
    });

    it('numbers content ids at random and signal ids densely', async () => {
      const bank = await createPlatformBank(f.store);
      const contents = [];
      for (let i = 0; i < 6; i += 1) contents.push(await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'md5', value: randomMd5() }, { type: 'pdq', value: randomPdq() }] }));
      const ids = contents.map((c) => c.id);
      expect(ids.some((id) => id > 2 ** 40)).toBe(true);
      expect(ids.slice(1).every((id, i) => id !== (ids[i] ?? 0) + 1)).toBe(true);
      const signalIds = (await f.db.kysely.selectFrom('bank_signals').select(['id', 'key']).orderBy('id').execute());
      expect(signalIds.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(new Set(signalIds.map((s) => s.key)).size).toBe(12);
      for (const s of signalIds) expect(s.key).toMatch(/^[0-9a-f]{32}$/);
    });

    it('writes the change log in order: an upsert per signal on add, disable and quarantine, a delete on removal', async () => {
      const bank = await createPlatformBank(f.store);
      const a = await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'pdq', value: randomPdq() }, { type: 'md5', value: randomMd5() }] });
      const b = await f.store.addContent({ bank: 'JIKIM_CONFIRMED', origin: 'counsellor', caseId: await newCase(f.db), signals: [{ type: 'pdq', value: randomPdq() }] });
      await f.store.updateContent(bank, a.id, { note: 'only the note' });
      await f.store.updateContent(bank, a.id, { disabledUntil: '2027-01-01T00:00:00Z' });
      await f.store.quarantineContent('JIKIM_CONFIRMED', b.id, true);
      await f.store.updateBank(bank, { matchingEnabled: false });
      await f.store.deleteContent(bank, a.id);
      await f.store.deleteBank('JIKIM_CONFIRMED');
      expect(await changeLog(f.db)).toEqual([
        { seq: 1, signalId: 1, op: 'upsert', bank },
        { seq: 2, signalId: 2, op: 'upsert', bank },
        { seq: 3, signalId: 3, op: 'upsert', bank: 'JIKIM_CONFIRMED' },
        { seq: 4, signalId: 1, op: 'upsert', bank },
        { seq: 5, signalId: 2, op: 'upsert', bank },
        { seq: 6, signalId: 3, op: 'upsert', bank: 'JIKIM_CONFIRMED' },
        { seq: 7, signalId: 1, op: 'delete', bank },
        { seq: 8, signalId: 2, op: 'delete', bank },
        { seq: 9, signalId: 3, op: 'delete', bank: 'JIKIM_CONFIRMED' },
      ]);
      expect(await f.store.getBank('JIKIM_CONFIRMED')).toBeNull();
      expect(await code(f.store.deleteBank('JIKIM_CONFIRMED'))).toBe('bank_not_found');
      expect((await f.db.kysely.selectFrom('bank_signals').select('id').execute()).length).toBe(0);
    });

    it('keeps the change log gap-free under concurrent writers', async () => {
      const bank = await createPlatformBank(f.store);
      const added = await Promise.all(Array.from({ length: 12 }, () => f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'pdq', value: randomPdq() }, { type: 'md5', value: randomMd5() }] })));
      await Promise.all(added.slice(0, 4).map((c) => f.store.deleteContent(bank, c.id)));
      const log = await changeLog(f.db);
      expect(log.map((r) => r.seq)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
      const signals = (await f.db.kysely.selectFrom('bank_signals').select('id').orderBy('id').execute()).map((s) => s.id);
      expect(signals.length).toBe(16);
      for (const c of added.slice(4)) expect(await f.store.getContent(bank, c.id)).toEqual(c);
    });

    it('walks a bank by pages, each content exactly once', async () => {
      const bank = await createPlatformBank(f.store);
      const ids = new Set<number>();
      for (let i = 0; i < 7; i += 1) ids.add((await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'md5', value: randomMd5() }] })).id);
      const seen: number[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages += 1) {
        const page = await f.store.listContents(bank, { limit: 3, ...(after === undefined ? {} : { after }) });
        seen.push(...page.items.map((c) => c.id));
        for (const c of page.items) expect(c.signals.md5).toHaveLength(1);
        if (page.nextCursor === null) break;
        after = page.nextCursor;
      }
      expect(seen).toEqual([...ids].sort((x, y) => x - y));
      expect(await code(f.store.listContents('NO_SUCH_BANK', { limit: 3 }))).toBe('bank_not_found');
      expect(await code(f.store.listContents(bank, { limit: 3, after: 'x' }))).toBe('content_not_found');
    });

    it('refuses malformed signals and unknown banks, writing nothing', async () => {
      const bank = await createPlatformBank(f.store);
      const bad = [
        [{ type: 'pdq', value: randomPdq().toUpperCase() }],
        [{ type: 'pdq', value: randomPdq().slice(1) }],
        [{ type: 'md5', value: randomPdq() }],
        [{ type: 'vpdq', value: 'not,a,vpdq' }],
        [{ type: 'vpdq', value: '' }],
        [{ type: 'md5', value: randomMd5(), quality: 101 }],
        [{ type: 'sha1', value: randomMd5() }],
        [],
      ] as const;
      for (const signals of bad) expect(await code(f.store.addContent({ bank, origin: 'platform', signals: signals as never }))).toBe('invalid_signal');
      expect(await code(f.store.addContent({ bank: 'NO_SUCH_BANK', origin: 'platform', signals: [{ type: 'md5', value: randomMd5() }] }))).toBe('bank_not_found');
      const vpdq = `0,100,${randomPdq()},0.000\n1,100,${randomPdq()},1.000\n`;
      expect((await f.store.addContent({ bank, origin: 'platform', signals: [{ type: 'vpdq', value: vpdq }] })).signals.vpdq).toEqual([vpdq]);
      expect((await changeLog(f.db)).length).toBe(1);
    });

    it('withdraws a case: every content of it, in every bank, and nothing else', async () => {
      const [caseA, caseB] = [await newCase(f.db), await newCase(f.db)];
      const pdq = randomPdq();
      const a1 = await f.store.addContent({ bank: 'JIKIM_CONFIRMED', origin: 'counsellor', caseId: caseA, signals: [{ type: 'pdq', value: pdq }, { type: 'md5', value: randomMd5() }] });
      await f.store.addContent({ bank: 'JIKIM_UNREVIEWED', origin: 'counsellor', caseId: caseA, signals: [{ type: 'md5', value: randomMd5() }] });
      const b1 = await f.store.addContent({ bank: 'JIKIM_CONFIRMED', origin: 'counsellor', caseId: caseB, signals: [{ type: 'md5', value: randomMd5() }] });
      expect(await everyRow(f.db)).not.toContain(pdq);
      expect((await f.store.getContent('JIKIM_CONFIRMED', a1.id))?.signals.pdq).toEqual([pdq]);
      expect(await f.store.deleteCaseContents(caseA)).toBe(2);
      expect(await f.store.deleteCaseContents(caseA)).toBe(0);
      expect(await f.store.getContent('JIKIM_CONFIRMED', b1.id)).toEqual(b1);
      expect((await changeLog(f.db)).slice(4).map((r) => [r.signalId, r.op])).toEqual([[1, 'delete'], [2, 'delete'], [3, 'delete']]);
      // The case's key sealed them: destroyed, the signals no longer open.
      await f.vault.destroyCaseKey(caseB);
      expect((await f.store.getContent('JIKIM_CONFIRMED', b1.id))?.signals).toEqual({});
    });

    it('seals a submission with its own key, lists its signals with their matches, withdraws it', async () => {
      const [mine, other] = [await newSubmission(f.db), await newSubmission(f.db)];
      const pdqs = [randomPdq(), randomPdq()];
      const c1 = await f.store.addContent({ bank: 'JIKIM_UNREVIEWED', origin: 'victim', submissionId: mine, signals: [{ type: 'pdq', value: pdqs[0] ?? '', quality: 80 }, { type: 'md5', value: randomMd5() }] });
      f.clock.now = new Date('2026-12-10T00:00:05.000Z');
      const c2 = await f.store.addContent({ bank: 'JIKIM_UNREVIEWED', origin: 'victim', submissionId: mine, signals: [{ type: 'pdq', value: pdqs[1] ?? '' }] });
      await f.store.addContent({ bank: 'JIKIM_UNREVIEWED', origin: 'victim', submissionId: other, signals: [{ type: 'md5', value: randomMd5() }] });
      const row = await f.db.kysely.selectFrom('bank_contents').select(['submission_id', 'case_id', 'origin']).where('id', '=', c1.id).executeTakeFirstOrThrow();
      expect(row).toEqual({ submission_id: mine, case_id: null, origin: 'victim' });
      const sealed = await f.db.kysely.selectFrom('bank_signals').select('value_sealed').where('id', '=', 1).executeTakeFirstOrThrow();
      expect(await f.vault.openSubmissionField(mine, sealed.value_sealed, 'bank_signals.value:1')).toBe(pdqs[0]);

      await f.store.countMatches([1, 3, 1, 1]);
      await f.store.countMatches([]);
      expect(await f.store.submissionSignals(mine)).toEqual([
        { signalId: 1, contentId: c1.id, bank: 'JIKIM_UNREVIEWED', type: 'pdq', matches: 3, createdAt: '2026-12-10T00:00:00.000Z' },
        { signalId: 2, contentId: c1.id, bank: 'JIKIM_UNREVIEWED', type: 'md5', matches: 0, createdAt: '2026-12-10T00:00:00.000Z' },
        { signalId: 3, contentId: c2.id, bank: 'JIKIM_UNREVIEWED', type: 'pdq', matches: 1, createdAt: '2026-12-10T00:00:05.000Z' },
      ]);
      expect(await f.store.deleteSubmissionContents(mine)).toBe(2);
      expect(await f.store.submissionSignals(mine)).toEqual([]);
      expect((await f.store.submissionSignals(other)).length).toBe(1);
      expect((await changeLog(f.db)).slice(4).map((r) => [r.signalId, r.op])).toEqual([[1, 'delete'], [2, 'delete'], [3, 'delete']]);
    });
  });
}
