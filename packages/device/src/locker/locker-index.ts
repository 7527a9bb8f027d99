/**
 * The locker's sealed index: every item and request with its version (how many events it holds),
 * and a counter raised at every write. Checked at unlock against what the database holds, it tells
 * a record deleted or put back to an older copy by someone without the passphrase, instead of
 * letting it go silently missing. The counter is also kept outside the database (localStorage), so
 * the index itself put back to an older copy, or deleted, shows too.
 */
export interface LockerIndex {
  readonly counter: number;
  readonly items: Readonly<Record<string, number>>;
  readonly takedowns: Readonly<Record<string, number>>;
}

export interface IndexFindings {
  /** In the index, not in the database. */
  readonly missing: number;
  /** In the database at an older version than the index says. */
  readonly rolledBack: number;
  /** The index is older than the last write this device remembers, or gone. */
  readonly indexRolledBack: boolean;
}

export interface Held {
  readonly id: string;
  readonly version: number;
}

export const EMPTY_INDEX: LockerIndex = { counter: 0, items: {}, takedowns: {} };

export const noFindings = (f: IndexFindings) => f.missing === 0 && f.rolledBack === 0 && !f.indexRolledBack;

function compareOne(expected: Readonly<Record<string, number>>, held: readonly Held[], unreadable: ReadonlySet<string>) {
  const versions = new Map(held.map((h) => [h.id, h.version]));
  let missing = 0;
  let rolledBack = 0;
  for (const [id, version] of Object.entries(expected)) {
    if (unreadable.has(id)) continue; // counted as damaged already
    const now = versions.get(id);
    if (now === undefined) missing += 1;
    else if (now < version) rolledBack += 1;
  }
  return { missing, rolledBack };
}

/** What the database holds against the index; records that could not be opened are left to the "damaged" count. */
export function compareIndex(
  index: LockerIndex | undefined,
  held: { readonly items: readonly Held[]; readonly takedowns: readonly Held[]; readonly unreadable: ReadonlySet<string> },
  rememberedCounter: number,
): IndexFindings {
  if (!index) return { missing: 0, rolledBack: 0, indexRolledBack: rememberedCounter > 0 };
  const items = compareOne(index.items, held.items, held.unreadable);
  const takedowns = compareOne(index.takedowns, held.takedowns, held.unreadable);
  return {
    missing: items.missing + takedowns.missing,
    rolledBack: items.rolledBack + takedowns.rolledBack,
    indexRolledBack: index.counter < rememberedCounter,
  };
}

export function indexOf(counter: number, held: { readonly items: readonly Held[]; readonly takedowns: readonly Held[] }): LockerIndex {
  const map = (list: readonly Held[]) => Object.fromEntries(list.map((h) => [h.id, h.version]));
  return { counter, items: map(held.items), takedowns: map(held.takedowns) };
}

const COUNTER_KEY = 'jikim-locker-counter';

export function rememberedCounter(): number {
  try {
    return Number(localStorage.getItem(COUNTER_KEY)) || 0;
  } catch {
    return 0;
  }
}

export function rememberCounter(counter: number | null): void {
  try {
    if (counter === null) localStorage.removeItem(COUNTER_KEY);
    else localStorage.setItem(COUNTER_KEY, String(counter));
  } catch {
    // Storage can be unavailable; the index still checks records.
  }
}
