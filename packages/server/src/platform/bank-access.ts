/**
 * Which banks a platform's key reaches (decision 0018). It matches against its own banks and the
 * victims' banks, never another platform's; it curates only its own. The banks a platform may match
 * are read at most once a second per process and kept, so a lookup stays in memory; when the
 * database cannot be read, the last list is used (the index keeps answering, as the matcher does).
 */
import { PAGE_LIMIT_MAX } from '@jikim/contracts';
import { VICTIMS_OWNER, type Bank, type BankStore, type PlatformCaller } from './platform-ports.js';

export const MATCHABLE_TTL_MS = 1000;

export interface BankAccess {
  /** Name → bank, for every bank this caller may match against (its own and the victims'). */
  matchable(caller: PlatformCaller): Promise<ReadonlyMap<string, Bank>>;
  /** The bank when this caller may curate it (its own); null for a bank that is not, or not there. */
  curatable(caller: PlatformCaller, name: string): Promise<Bank | null>;
  /** Every bank the caller owns, by name. */
  ownBanks(caller: PlatformCaller): Promise<Bank[]>;
  /** After a bank is made or removed in this process: the next lookup reads the banks again. */
  forget(platformId: string): void;
}

async function allBanks(store: BankStore, owners: readonly string[]): Promise<Bank[]> {
  const banks: Bank[] = [];
  let after: string | undefined;
  do {
    const page = await store.listBanks({ owners, limit: PAGE_LIMIT_MAX, ...(after === undefined ? {} : { after }) });
    banks.push(...page.items);
    after = page.nextCursor ?? undefined;
  } while (after !== undefined);
  return banks;
}

export function bankAccess(store: BankStore, now: () => Date, ttlMs = MATCHABLE_TTL_MS): BankAccess {
  const held = new Map<string, { at: number; banks: Promise<ReadonlyMap<string, Bank>>; last?: ReadonlyMap<string, Bank> }>();

  async function read(platformId: string, previous?: ReadonlyMap<string, Bank>): Promise<ReadonlyMap<string, Bank>> {
    try {
      const banks = new Map((await allBanks(store, [platformId, VICTIMS_OWNER])).map((b) => [b.name, b]));
      const entry = held.get(platformId);
      if (entry) entry.last = banks;
      return banks;
    } catch (error) {
      if (previous) return previous;
      throw error;
    }
  }

  return {
    matchable(caller) {
      const at = now().getTime();
      const entry = held.get(caller.platformId);
      if (entry && at - entry.at < ttlMs && at >= entry.at) return entry.banks;
      const banks = read(caller.platformId, entry?.last);
      held.set(caller.platformId, { at, banks, ...(entry?.last ? { last: entry.last } : {}) });
      // A failed first read is not kept: the next call tries again.
      banks.catch(() => held.delete(caller.platformId));
      return banks;
    },

    async curatable(caller, name) {
      const bank = await store.getBank(name);
      return bank && bank.owner === caller.platformId ? bank : null;
    },

    ownBanks: (caller) => allBanks(store, [caller.platformId]),

    forget(platformId) {
      held.delete(platformId);
    },
  };
}
