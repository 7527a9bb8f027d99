/**
 * What the person sees and does with the code and PIN: per item, how many hashes it has and how
 * many times platforms' lookups matched them (never where); and withdrawal. A hash counts as
 * `active` once it is committed: every matcher follows the change log within seconds, so the
 * window in which it is only `received` is too short to show.
 */
import type { ProtectStatus, ProtectWithdrawResponse } from '@jikim/contracts';
import type { SignalType } from '../platform/platform-ports.js';
import { ProtectError, type ProtectDeps } from './protect-deps.js';

type Kind = ProtectStatus['items'][number]['kind'];

interface ItemTally {
  readonly contentId: number;
  readonly bank: string;
  readonly types: Set<SignalType>;
  hashes: number;
  matches: number;
}

export function protectSubmission(deps: ProtectDeps) {
  /** A photo has PDQ hashes and a video a vPDQ; only an MD5 alone needs the content's sealed note. */
  async function kindOf(item: ItemTally): Promise<Kind> {
    if (item.types.has('vpdq')) return 'video';
    if (item.types.has('pdq')) return 'image';
    const content = await deps.banks.getContent(item.bank, item.contentId);
    return content?.note === 'video' ? 'video' : 'image';
  }

  return {
    async status(id: string): Promise<ProtectStatus> {
      const row = await deps.db.selectFrom('protect_submissions').select(['created_at', 'withdrawn_at']).where('id', '=', id).executeTakeFirst();
      if (!row) throw new ProtectError(401, 'Wrong code or PIN');
      if (row.withdrawn_at) return { state: 'withdrawn', createdAt: row.created_at, items: [] };
      const items = new Map<number, ItemTally>();
      for (const s of await deps.banks.submissionSignals(id)) {
        const item = items.get(s.contentId) ?? { contentId: s.contentId, bank: s.bank, types: new Set(), hashes: 0, matches: 0 };
        item.types.add(s.type);
        item.hashes += 1;
        item.matches += s.matches;
        items.set(s.contentId, item);
      }
      return {
        state: 'active',
        createdAt: row.created_at,
        items: await Promise.all([...items.values()].map(async (item, index) => ({
          index, kind: await kindOf(item), hashes: item.hashes, state: 'active' as const, matches: item.matches,
        }))),
      };
    },

    /**
     * Contents first (each signal a `delete` in the change log, so every index and feed drops it),
     * then the key, then the row marked withdrawn. Each step may run again: a withdrawal cut short
     * is finished by the next call, and a second one removes nothing. Audited once.
     */
    async withdraw(id: string): Promise<ProtectWithdrawResponse> {
      const removed = await deps.banks.deleteSubmissionContents(id);
      await deps.vault.destroySubmissionKey(id);
      const at = deps.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        const updated = await trx.updateTable('protect_submissions').set({ withdrawn_at: at, updated_at: at })
          .where('id', '=', id).where('withdrawn_at', 'is', null).executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 1) {
          await deps.audit.append({ actor: { kind: 'victim' }, action: 'protect.withdraw', detail: { removed } }, trx);
        }
      });
      return { state: 'withdrawn', removed };
    },
  };
}
