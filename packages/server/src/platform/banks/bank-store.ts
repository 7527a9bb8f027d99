/**
 * The banks' storage (decision 0018): banks, their contents and sealed signals, and the change log
 * every matcher follows. Contents are in bank-contents.ts; what a person's withdrawal and status
 * need is here with the banks themselves.
 */
import type { Db } from '../../db/database.js';
import type { KeyVault } from '../../vault/vault.js';
import { BankError, type BankStore } from '../platform-ports.js';
import { contentOps } from './bank-contents.js';
import { toBank } from './bank-read.js';
import { removeContents } from './bank-removal.js';
import { bankWrite } from './bank-write.js';
import { toId } from './bank-ids.js';

export interface BankStoreDeps {
  readonly db: Db;
  readonly vault: KeyVault;
  readonly now: () => Date;
}

/** The store, plus what only the feedback rules need (not a route's business). */
export interface PlatformBankStore extends BankStore {
  /** Quarantines a content (or lifts it, `false`): its signals stop matching; an `upsert` per signal. */
  quarantineContent(bank: string, id: number, quarantined: boolean): Promise<void>;
}

/** Signals a statement when match counts are written (see countMatches). */
const COUNT_IDS_PER_STATEMENT = 50;

export function createBankStore(deps: BankStoreDeps): PlatformBankStore {
  const { db, now } = deps;
  const kysely = db.kysely;

  async function getBank(name: string) {
    const row = await kysely.selectFrom('banks').selectAll().where('name', '=', name).executeTakeFirst();
    return row ? toBank(row) : null;
  }

  return {
    getBank,

    async listBanks({ owners, after, limit }) {
      if (owners?.length === 0) return { items: [], nextCursor: null };
      let query = kysely.selectFrom('banks').selectAll();
      if (owners) query = query.where('owner', 'in', owners);
      if (after !== undefined) query = query.where('name', '>', after);
      const rows = await query.orderBy('name').limit(limit + 1).execute();
      const page = rows.slice(0, limit).map(toBank);
      return { items: page, nextCursor: rows.length > limit ? (page.at(-1)?.name ?? null) : null };
    },

    async createBank(name, owner, kind) {
      const createdAt = now().toISOString();
      const inserted = await kysely.insertInto('banks')
        .values({ name, owner, kind, matching_enabled: 1, feed_enabled: 0, created_at: createdAt })
        .onConflict((oc) => oc.column('name').doNothing())
        .returning('name')
        .executeTakeFirst();
      if (!inserted) throw new BankError('bank_exists', 'A bank of that name exists');
      return { name, owner, kind, matchingEnabled: true, feedEnabled: false, createdAt };
    },

    async updateBank(name, change) {
      const set: { matching_enabled?: number; feed_enabled?: number } = {};
      if (change.matchingEnabled !== undefined) set.matching_enabled = change.matchingEnabled ? 1 : 0;
      if (change.feedEnabled !== undefined) set.feed_enabled = change.feedEnabled ? 1 : 0;
      // Matchers re-read the banks' flags on every refresh: no change-log rows needed.
      if (Object.keys(set).length > 0) await kysely.updateTable('banks').set(set).where('name', '=', name).execute();
      const bank = await getBank(name);
      if (!bank) throw new BankError('bank_not_found', 'No such bank');
      return bank;
    },

    async deleteBank(name) {
      await bankWrite(db, async (trx) => {
        await removeContents(trx, { bank: name }, now());
        const deleted = await trx.deleteFrom('banks').where('name', '=', name).executeTakeFirst();
        if (Number(deleted.numDeletedRows) === 0) throw new BankError('bank_not_found', 'No such bank');
      });
    },

    ...contentOps(deps),

    deleteCaseContents: (caseId) => bankWrite(db, (trx) => removeContents(trx, { caseId }, now())),
    deleteSubmissionContents: (submissionId) => bankWrite(db, (trx) => removeContents(trx, { submissionId }, now())),

    async submissionSignals(submissionId) {
      const rows = await kysely.selectFrom('bank_signals')
        .innerJoin('bank_contents', 'bank_contents.id', 'bank_signals.content_id')
        .select(['bank_signals.id as id', 'bank_signals.content_id as contentId', 'bank_contents.bank as bank', 'bank_signals.signal_type as type', 'bank_signals.matches as matches', 'bank_signals.created_at as createdAt'])
        .where('bank_contents.submission_id', '=', submissionId)
        .orderBy('bank_signals.id')
        .execute();
      return rows.map((r) => ({ signalId: r.id, contentId: toId(r.contentId), bank: r.bank, type: r.type, matches: Number(r.matches), createdAt: r.createdAt }));
    },

    async countMatches(signalIds) {
      const tally = new Map<number, number>();
      for (const id of signalIds) tally.set(id, (tally.get(id) ?? 0) + 1);
      const byCount = new Map<number, number[]>();
      for (const [id, n] of tally) {
        const ids = byCount.get(n);
        if (ids) ids.push(id);
        else byCount.set(n, [id]);
      }
      if (byCount.size === 0) return;
      // One transaction for the whole tally (one commit), in small statements with a turn of the
      // event loop between them: SQLite runs each one synchronously, and at 10M signals a second's
      // tally in one go held every lookup for about 15 ms.
      await kysely.transaction().execute(async (trx) => {
        let first = true;
        for (const [n, ids] of byCount) {
          for (let i = 0; i < ids.length; i += COUNT_IDS_PER_STATEMENT) {
            if (!first) await new Promise((resolve) => setImmediate(resolve));
            first = false;
            await trx.updateTable('bank_signals').set((eb) => ({ matches: eb('matches', '+', n) }))
              .where('id', 'in', ids.slice(i, i + COUNT_IDS_PER_STATEMENT)).execute();
          }
        }
      });
    },
  };
}
