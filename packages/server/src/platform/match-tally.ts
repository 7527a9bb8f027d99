/**
 * How often each stored signal was matched (a person's status and the console show it), counted in
 * memory and written once a second in one pass, not one database write per lookup: at thousands of
 * lookups a second those writes cost the server more than the matching (BENCHMARKS.md, "Platform API
 * over HTTP"). Counts whose write failed are kept and written with the next ones; `flush()` writes
 * what is held (the server calls it when it closes). A count shows at most about a second late.
 */
import type { BankStore } from './platform-ports.js';

export const TALLY_EVERY_MS = 1000;

export interface MatchTally {
  /** One match for each signal id (an id listed twice was matched twice). */
  add(signalIds: readonly number[]): void;
  /** Writes every count held; resolves once they are stored (rejects when the write fails). */
  flush(): Promise<void>;
}

export function matchTally(deps: {
  readonly store: Pick<BankStore, 'countMatches'>;
  readonly onError: (error: unknown) => void;
  readonly everyMs?: number;
}): MatchTally {
  let held = new Map<number, number>();
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  function write(): Promise<void> {
    const done = writing.then(async () => {
      if (held.size === 0) return;
      const batch = held;
      held = new Map();
      const ids: number[] = [];
      for (const [id, n] of batch) for (let i = 0; i < n; i += 1) ids.push(id);
      try {
        await deps.store.countMatches(ids);
      } catch (error) {
        for (const [id, n] of batch) held.set(id, (held.get(id) ?? 0) + n);
        throw error;
      }
    });
    writing = done.catch(() => undefined);
    return done;
  }

  function schedule(): void {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      write().catch(deps.onError).finally(() => {
        if (held.size > 0) schedule();
      });
    }, deps.everyMs ?? TALLY_EVERY_MS);
    timer.unref();
  }

  return {
    add(signalIds) {
      if (signalIds.length === 0) return;
      for (const id of signalIds) held.set(id, (held.get(id) ?? 0) + 1);
      schedule();
    },
    async flush() {
      clearTimeout(timer);
      timer = undefined;
      await write();
    },
  };
}
