/**
 * A bank's contents: added with their signals sealed, read back opened, disabled or quarantined,
 * removed. Every change to what can match writes the change log in the same transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { BankError, type BankContent, type BankStore, type SignalType } from '../platform-ports.js';
import { randomContentId, randomSignalKey, toId } from './bank-ids.js';
import { readContents } from './bank-read.js';
import { removeContents, touchContent } from './bank-removal.js';
import { sealerFor, sealMeta, signalContext } from './bank-sealing.js';
import { checkSignals } from './bank-signals.js';
import type { BankStoreDeps, PlatformBankStore } from './bank-store.js';
import { appendChanges, bankWrite } from './bank-write.js';

/** The matcher's ids are below 2^31 (decision 0018). */
const MAX_SIGNAL_ID = 2 ** 31 - 1;
const MAX_ATTEMPTS = 50;

/** Another writer took the ids this attempt sealed its values for: seal again with fresh ones. */
class IdsTaken extends Error {}

async function lastSignalId(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('bank_signals').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
  return row?.id === null || row?.id === undefined ? 0 : Number(row.id);
}

type ContentOps = Pick<PlatformBankStore, 'addContent' | 'getContent' | 'updateContent' | 'deleteContent' | 'listContents' | 'quarantineContent'>;

export function contentOps({ db, vault, now }: BankStoreDeps): ContentOps {
  const kysely = db.kysely;

  async function bankExists(executor: Kysely<Database>, bank: string): Promise<void> {
    const row = await executor.selectFrom('banks').select('name').where('name', '=', bank).executeTakeFirst();
    if (!row) throw new BankError('bank_not_found', 'No such bank');
  }

  async function contentRow(bank: string, id: number) {
    if (!Number.isSafeInteger(id) || id < 1) return undefined;
    return kysely.selectFrom('bank_contents').selectAll().where('bank', '=', bank).where('id', '=', id).executeTakeFirst();
  }

  async function getContent(bank: string, id: number): Promise<BankContent | null> {
    const row = await contentRow(bank, id);
    return row ? ((await readContents(kysely, vault, [row]))[0] ?? null) : null;
  }

  /** Updates one content's row and logs an `upsert` per signal; content_not_found when it is gone. */
  async function changeState(bank: string, id: number, set: { disabled_until?: string | null; quarantined_at?: string | null; meta_sealed?: string }): Promise<void> {
    const at = now();
    await bankWrite(db, async (trx) => {
      const updated = await trx.updateTable('bank_contents').set({ ...set, updated_at: at.toISOString() })
        .where('bank', '=', bank).where('id', '=', id).executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw new BankError('content_not_found', 'No such content');
      if ('disabled_until' in set || 'quarantined_at' in set) await touchContent(trx, bank, id, at);
    });
  }

  const addContent: BankStore['addContent'] = async (input) => {
    const signals = checkSignals(input.signals);
    const owner = { case_id: input.caseId ?? null, submission_id: input.submissionId ?? null };
    const seal = sealerFor(vault, owner);
    const note = input.note ?? '';
    for (let attempt = 1; ; attempt += 1) {
      const contentId = randomContentId();
      const first = (await lastSignalId(kysely)) + 1;
      if (first + signals.length - 1 > MAX_SIGNAL_ID) throw new Error('The banks hold as many signals as the matcher can number');
      const sealed: string[] = [];
      for (const [i, s] of signals.entries()) sealed.push(await seal(s.value, signalContext(first + i)));
      const meta = await sealMeta(seal, contentId, note);
      const at = now();
      const when = at.toISOString();
      try {
        await bankWrite(db, async (trx) => {
          await bankExists(trx, input.bank);
          const taken = await trx.selectFrom('bank_contents').select('id').where('id', '=', contentId).executeTakeFirst();
          if (taken || (await lastSignalId(trx)) >= first) throw new IdsTaken();
          await trx.insertInto('bank_contents').values({
            id: contentId, bank: input.bank, ...owner, origin: input.origin, meta_sealed: meta,
            disabled_until: null, quarantined_at: null, created_at: when, updated_at: when,
          }).execute();
          const keys = signals.map(() => randomSignalKey());
          await trx.insertInto('bank_signals').values(signals.map((s, i) => ({
            id: first + i, key: keys[i] ?? randomSignalKey(), content_id: contentId, signal_type: s.type,
            value_sealed: sealed[i] ?? '', quality: s.quality ?? null, created_at: when,
          }))).execute();
          await appendChanges(trx, signals.map((_, i) => ({ signalId: first + i, signalKey: keys[i] ?? '', op: 'upsert', bank: input.bank })), at);
        });
      } catch (error) {
        if (error instanceof IdsTaken && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      const byType: Partial<Record<SignalType, string[]>> = {};
      for (const s of signals) (byType[s.type] ??= []).push(s.value);
      return { id: contentId, bank: input.bank, signals: byType, note, disabledUntil: null, quarantinedAt: null, createdAt: when };
    }
  };

  return {
    addContent,
    getContent,

    async updateContent(bank, id, change) {
      const row = await contentRow(bank, id);
      if (!row) throw new BankError('content_not_found', 'No such content');
      const set: { disabled_until?: string | null; meta_sealed?: string } = {};
      if (change.disabledUntil !== undefined) set.disabled_until = change.disabledUntil === null ? null : new Date(change.disabledUntil).toISOString();
      if (change.note !== undefined) set.meta_sealed = await sealMeta(sealerFor(vault, row), id, change.note);
      if (Object.keys(set).length > 0) await changeState(bank, id, set);
      const content = await getContent(bank, id);
      if (!content) throw new BankError('content_not_found', 'No such content');
      return content;
    },

    async deleteContent(bank, id) {
      if (!Number.isSafeInteger(id) || id < 1) return 0;
      return bankWrite(db, (trx) => removeContents(trx, { bank, id }, now()));
    },

    async listContents(bank, options) {
      await bankExists(kysely, bank);
      let query = kysely.selectFrom('bank_contents').selectAll().where('bank', '=', bank);
      if (options.after !== undefined) {
        // The cursor is the last id of the page before; anything else names no content.
        if (!/^\d{1,16}$/.test(options.after)) throw new BankError('content_not_found', 'No such cursor');
        query = query.where('id', '>', Number(options.after));
      }
      const rows = await query.orderBy('id').limit(options.limit + 1).execute();
      const page = rows.slice(0, options.limit);
      const last = page.at(-1);
      return {
        items: await readContents(kysely, vault, page),
        nextCursor: rows.length > options.limit && last ? String(toId(last.id)) : null,
      };
    },

    async quarantineContent(bank, id, quarantined) {
      await changeState(bank, id, { quarantined_at: quarantined ? now().toISOString() : null });
    },
  };
}
