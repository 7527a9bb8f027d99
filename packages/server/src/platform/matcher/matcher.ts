/**
 * The matcher (decision 0018): one in-memory index per process that follows the change log.
 * Start: the saved snapshot if it opens (else a build from the tables), then every change after the
 * sequence number it covers; then, every `refreshMs`, the changes since. No full rebuild, ever.
 * Lookups read memory only and are synchronous.
 */
import type { Db } from '../../db/database.js';
import type { KeyVault } from '../../vault/vault.js';
import type { Matcher, MatcherStatus } from '../platform-ports.js';
import { lastSeq, oldestSeq, readBanks, readChanges, readSignals, CHANGES_PER_READ } from './match-source.js';
import { readSnapshot, SNAPSHOT_KEY_PURPOSE, writeSnapshot } from './match-snapshot.js';
import { MatchState } from './match-state.js';
import { SIGNAL_TYPES } from './signal-table.js';

export interface MatcherDeps {
  readonly db: Db;
  readonly vault: KeyVault;
  readonly now: () => Date;
  /** How often to follow the change log (default 1000 ms). */
  readonly refreshMs?: number;
  /** A last successful refresh older than this makes the index stale (default 60000 ms). */
  readonly staleMs?: number;
  /** Where the index is saved (on close, and by `saveSnapshot()`) and loaded from at start. */
  readonly snapshotFile?: string | null;
}

export interface RunningMatcher extends Matcher {
  /** Loads the snapshot (or builds from the tables), follows the change log, starts the timer. */
  start(): Promise<void>;
  /** Writes the snapshot atomically to `file` (default: the configured snapshot file). */
  saveSnapshot(file?: string): Promise<void>;
  /** Where the index came from at start: a snapshot, or a build from the tables (null before). */
  loadedFrom(): 'snapshot' | 'tables' | null;
}

export function createMatcher(deps: MatcherDeps): RunningMatcher {
  const { db, vault, now } = deps;
  const refreshMs = deps.refreshMs ?? 1000;
  const staleMs = deps.staleMs ?? 60_000;
  let state: MatchState | null = null;
  let seq = 0;
  let builtAt: string | null = null;
  let refreshedAt: Date | null = null;
  let from: 'snapshot' | 'tables' | null = null;
  let timer: NodeJS.Timeout | null = null;
  let busy = false;
  // One load, refresh or save at a time, in the order asked.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  /** The saved state, or null (then the tables are read): none, unreadable, or not this database's. */
  async function fromSnapshot(file: string): Promise<MatchState | null> {
    try {
      const snapshot = await readSnapshot(file, await vault.keyedHashKey(SNAPSHOT_KEY_PURPOSE));
      // A snapshot ahead of the change log belongs to another database (or one restored from backup).
      if (!snapshot || snapshot.seq > (await lastSeq(db))) return null;
      // Older than the change log kept (pruned): the changes after it are gone, so build instead.
      if (snapshot.seq < (await oldestSeq(db)) - 1) return null;
      const loaded = new MatchState({ tables: snapshot.tables, pdq: snapshot.pdq });
      seq = snapshot.seq;
      return loaded;
    } catch {
      return null;
    }
  }

  async function fromTables(): Promise<MatchState> {
    // Changes up to here are in the tables read below; later ones are applied after (idempotently).
    seq = await lastSeq(db);
    const built = new MatchState();
    built.beginBulk();
    for (let after = 0; ;) {
      const rows = await readSignals(db, vault, after);
      for (const row of rows) if (row.state) built.apply(row.id, row.state);
      const last = rows.at(-1);
      if (!last) break;
      after = last.id;
    }
    built.endBulk();
    return built;
  }

  async function load(): Promise<void> {
    const snapshot = deps.snapshotFile ? await fromSnapshot(deps.snapshotFile) : null;
    state = snapshot ?? (await fromTables());
    from = snapshot ? 'snapshot' : 'tables';
    builtAt = now().toISOString();
    await follow(state);
  }

  async function follow(current: MatchState): Promise<void> {
    current.setBanks(await readBanks(db));
    for (;;) {
      const changes = await readChanges(db, vault, seq);
      for (const change of changes) current.apply(change.signalId, change.state);
      const last = changes.at(-1);
      if (last) seq = last.seq;
      if (changes.length < CHANGES_PER_READ) break;
    }
    refreshedAt = now();
  }

  const refresh = () => serial(async () => {
    if (state) await follow(state);
    else await load();
  });

  async function saveSnapshot(file = deps.snapshotFile ?? undefined): Promise<void> {
    if (!file) throw new Error('No snapshot file is configured');
    await serial(async () => {
      if (!state) throw new Error('The matcher has not loaded');
      const saved = state.save();
      await writeSnapshot(file, await vault.keyedHashKey(SNAPSHOT_KEY_PURPOSE), { seq, builtAt: builtAt ?? now().toISOString(), ...saved });
    });
  }

  return {
    async start() {
      await refresh();
      if (timer) return;
      timer = setInterval(() => {
        if (busy) return;
        busy = true;
        // A failed refresh leaves the index as it was; stale() reports it once it is old.
        refresh().catch(() => undefined).finally(() => (busy = false));
      }, refreshMs);
      timer.unref();
    },
    refresh,
    saveSnapshot,
    loadedFrom: () => from,
    ready: () => state !== null,
    stale: () => refreshedAt === null || now().getTime() - refreshedAt.getTime() > staleMs,
    lookup(type, value, options) {
      return state ? state.lookup(type, value, options, now().getTime()) : [];
    },
    lookupVideo(frames, options) {
      return state ? state.lookupVideo(frames, options, now().getTime()) : [];
    },
    status() {
      const out: Record<string, MatcherStatus[string]> = {};
      for (const type of SIGNAL_TYPES) {
        out[type] = { size: state?.size(type) ?? 0, seq, refreshedAt: refreshedAt?.toISOString() ?? null, builtAt };
      }
      return out;
    },
    async close() {
      if (timer) clearInterval(timer);
      timer = null;
      await queue;
      if (deps.snapshotFile && state) await saveSnapshot();
    },
  };
}
