/**
 * The matcher (decision 0018): one in-memory index per process that follows the change log.
 * Implementation in progress; the signature is what the routes build on.
 */
import type { Db } from '../../db/database.js';
import type { KeyVault } from '../../vault/vault.js';
import type { Matcher } from '../platform-ports.js';

export interface MatcherDeps {
  readonly db: Db;
  readonly vault: KeyVault;
  readonly now: () => Date;
  /** How often to follow the change log (default 1000 ms). */
  readonly refreshMs?: number;
  /** A refresh older than this makes the index stale (default 60000 ms). */
  readonly staleMs?: number;
  /** Where the index is saved (on close, and by `saveSnapshot()`) and loaded from at start. */
  readonly snapshotFile?: string | null;
}

export interface RunningMatcher extends Matcher {
  /** Loads the snapshot (or builds from the tables), follows the change log, starts the timer. */
  start(): Promise<void>;
  /** Writes the snapshot (tmp + rename) when a snapshot file is configured. */
  saveSnapshot(): Promise<void>;
}

export function createMatcher(deps: MatcherDeps): RunningMatcher {
  void deps;
  const pending = (): never => {
    throw new Error('createMatcher: not implemented yet');
  };
  return { start: pending, saveSnapshot: pending, lookup: pending, ready: () => false, stale: () => true, status: () => ({}), refresh: pending, close: async () => undefined };
}
