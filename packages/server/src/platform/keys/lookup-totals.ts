/**
 * Lookups are audited as totals per key per minute (`platform.lookups`: the minute, the number of
 * calls and of signals), not row by row: a platform may look up thousands of hashes a minute. A
 * minute's totals are appended once it has ended (a timer that does not keep the process alive,
 * or the next count after it) and on `flush()`, which the server calls when it closes. Writes run
 * one after another; totals whose write failed are kept and written with the next ones.
 */
import type { AuditLog } from '../../audit/audit-port.js';
import { WINDOW_MS } from './per-key-rate-limit.js';

interface Totals {
  readonly keyId: string;
  readonly window: number;
  calls: number;
  signals: number;
}

export function lookupTotals(deps: { readonly audit: AuditLog; readonly now: () => Date; readonly onError: (error: unknown) => void }) {
  const totals = new Map<string, Totals>();
  let writing: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let lastWindow = Number.NaN;

  const windowOf = () => Math.floor(deps.now().getTime() / WINDOW_MS);

  function add(entry: Totals): void {
    const slot = `${entry.window}:${entry.keyId}`;
    const held = totals.get(slot);
    if (held) {
      held.calls += entry.calls;
      held.signals += entry.signals;
    } else totals.set(slot, { ...entry });
  }

  /** Appends (and forgets) the totals `which` picks when the write's turn comes. */
  function write(which: (entry: Totals, current: number) => boolean): Promise<void> {
    const done = writing.then(async () => {
      const current = windowOf();
      const batch = [...totals].filter(([, entry]) => which(entry, current));
      for (const [slot] of batch) totals.delete(slot);
      for (const [i, [, { keyId, window, calls, signals }]] of batch.entries()) {
        try {
          const minute = new Date(window * WINDOW_MS).toISOString();
          await deps.audit.append({ actor: { kind: 'platform', keyId }, action: 'platform.lookups', detail: { minute, calls, signals } });
        } catch (error) {
          for (const [, entry] of batch.slice(i)) add(entry);
          throw error;
        }
      }
    });
    writing = done.catch(() => undefined);
    return done;
  }

  const writeEnded = () => void write((entry, current) => entry.window < current).catch(deps.onError);

  function schedule(): void {
    if (timer || totals.size === 0) return;
    const delay = Math.max(1000, (windowOf() + 1) * WINDOW_MS - deps.now().getTime() + 100);
    timer = setTimeout(() => {
      timer = undefined;
      writeEnded();
      schedule();
    }, delay);
    timer.unref();
  }

  return {
    count(keyId: string, signals: number): void {
      const window = windowOf();
      if (window !== lastWindow) {
        if (totals.size > 0) writeEnded();
        lastWindow = window;
      }
      add({ keyId, window, calls: 1, signals });
      schedule();
    },
    /** Appends every total held, this minute's too; resolves once they are in the audit log. */
    async flush(): Promise<void> {
      clearTimeout(timer);
      timer = undefined;
      await write(() => true);
    },
  };
}
