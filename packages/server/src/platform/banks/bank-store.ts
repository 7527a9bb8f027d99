/**
 * The banks' storage (decision 0018): banks, their contents and sealed signals, and the change log
 * every matcher follows. Implementation in progress; the signature is what the routes build on.
 */
import type { Db } from '../../db/database.js';
import type { KeyVault } from '../../vault/vault.js';
import type { BankStore } from '../platform-ports.js';

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

export function createBankStore(deps: BankStoreDeps): PlatformBankStore {
  void deps;
  const pending = (): never => {
    throw new Error('createBankStore: not implemented yet');
  };
  return {
    getBank: pending, listBanks: pending, createBank: pending, updateBank: pending, deleteBank: pending,
    addContent: pending, getContent: pending, updateContent: pending, deleteContent: pending, listContents: pending,
    deleteCaseContents: pending, deleteSubmissionContents: pending, submissionSignals: pending, countMatches: pending,
    quarantineContent: pending,
  };
}
