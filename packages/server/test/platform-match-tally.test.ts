/**
 * Match counts are held in memory and written in one pass (match-tally.ts): nothing is written per
 * lookup; a flush writes every count (a signal matched in several lookups gets all of them); a failed
 * write keeps its counts for the next; the timer writes them without a flush.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchTally } from '../src/platform/match-tally.js';
import { TEST_DATABASES } from './support/databases.js';
import { bankFixture, newSubmission, randomPdq, type BankFixture } from './platform-bank-fixtures.js';

for (const testDb of TEST_DATABASES) {
  describe.skipIf(!testDb.available)(`platform match tally on ${testDb.name}`, () => {
    let f: BankFixture;
    let submission: string;
    const counts = async () => (await f.store.submissionSignals(submission)).map((s) => [s.signalId, s.matches]);

    beforeEach(async () => {
      f = await bankFixture(testDb);
      submission = await newSubmission(f.db);
      await f.store.addContent({ bank: 'JIKIM_UNREVIEWED', origin: 'victim', submissionId: submission, signals: [{ type: 'pdq', value: randomPdq() }, { type: 'pdq', value: randomPdq() }] });
    });
    afterEach(() => f.close());

    it('holds counts until a flush, then writes each signal’s own', async () => {
      const errors: unknown[] = [];
      const tally = matchTally({ store: f.store, onError: (e) => errors.push(e), everyMs: 60_000 });
      tally.add([1]);
      tally.add([1, 2]);
      tally.add([]);
      tally.add([1]);
      expect(await counts()).toEqual([[1, 0], [2, 0]]);
      await tally.flush();
      expect(await counts()).toEqual([[1, 3], [2, 1]]);
      await tally.flush();
      expect(await counts()).toEqual([[1, 3], [2, 1]]);
      expect(errors).toEqual([]);
    });

    it('keeps the counts of a failed write for the next one', async () => {
      let fail = true;
      const store = { countMatches: (ids: readonly number[]) => (fail ? Promise.reject(new Error('database away')) : f.store.countMatches(ids)) };
      const tally = matchTally({ store, onError: () => undefined, everyMs: 60_000 });
      tally.add([2, 2]);
      await expect(tally.flush()).rejects.toThrow('database away');
      tally.add([1]);
      fail = false;
      await tally.flush();
      expect(await counts()).toEqual([[1, 1], [2, 2]]);
    });

    it('writes a tally of many signals in several statements, every count landing', async () => {
      const absent = Array.from({ length: 148 }, (_, i) => 1000 + i);
      await f.store.countMatches([...absent, 2, 1, 1]);
      expect(await counts()).toEqual([[1, 2], [2, 1]]);
    });

    it('writes on its own timer', async () => {
      const tally = matchTally({ store: f.store, onError: () => undefined, everyMs: 20 });
      tally.add([2]);
      await expect.poll(counts, { timeout: 5000 }).toEqual([[1, 0], [2, 1]]);
    });
  });
}
