/**
 * What the matcher knows of each signal, by its dense id (bank_signals.id, below 2^31): its type,
 * bank, content and state. Typed arrays, not a Map of objects: at 10M signals this is 19 bytes each.
 */
import type { SignalType } from '../platform-ports.js';

const PRESENT = 1;
const QUARANTINED = 2;
const TYPE_SHIFT = 2;
export const SIGNAL_TYPES: readonly SignalType[] = ['pdq', 'md5', 'vpdq'];

export interface SignalEntry {
  readonly type: SignalType;
  readonly bank: number;
  readonly contentId: number;
  /** Milliseconds since the epoch; 0 when the content is not disabled. */
  readonly disabledUntil: number;
  readonly quarantined: boolean;
}

/** The table's columns, as saved in a snapshot. */
export interface SignalColumns {
  readonly flags: Uint8Array;
  readonly bank: Uint16Array;
  readonly content: Float64Array;
  readonly disabledUntil: Float64Array;
}

export class SignalTable {
  private cols: SignalColumns;

  constructor(columns?: SignalColumns) {
    this.cols = columns ?? { flags: new Uint8Array(0), bank: new Uint16Array(0), content: new Float64Array(0), disabledUntil: new Float64Array(0) };
  }

  get(id: number): SignalEntry | null {
    const flags = this.cols.flags[id] ?? 0;
    if ((flags & PRESENT) === 0) return null;
    return {
      type: SIGNAL_TYPES[flags >> TYPE_SHIFT] ?? 'pdq',
      bank: this.cols.bank[id] ?? 0,
      contentId: this.cols.content[id] ?? 0,
      disabledUntil: this.cols.disabledUntil[id] ?? 0,
      quarantined: (flags & QUARANTINED) !== 0,
    };
  }

  set(id: number, entry: SignalEntry): void {
    this.reserve(id + 1);
    this.cols.flags[id] = PRESENT | (entry.quarantined ? QUARANTINED : 0) | (SIGNAL_TYPES.indexOf(entry.type) << TYPE_SHIFT);
    this.cols.bank[id] = entry.bank;
    this.cols.content[id] = entry.contentId;
    this.cols.disabledUntil[id] = entry.disabledUntil;
  }

  delete(id: number): void {
    if (id < this.cols.flags.length) this.cols.flags[id] = 0;
  }

  /** Calls `fn` for every present signal, in id order. */
  forEach(fn: (id: number, entry: SignalEntry) => void): void {
    for (let id = 0; id < this.cols.flags.length; id += 1) {
      const entry = this.get(id);
      if (entry) fn(id, entry);
    }
  }

  /** The columns up to the last present id (what a snapshot saves). */
  columns(): SignalColumns {
    let n = this.cols.flags.length;
    while (n > 0 && ((this.cols.flags[n - 1] ?? 0) & PRESENT) === 0) n -= 1;
    return {
      flags: this.cols.flags.subarray(0, n),
      bank: this.cols.bank.subarray(0, n),
      content: this.cols.content.subarray(0, n),
      disabledUntil: this.cols.disabledUntil.subarray(0, n),
    };
  }

  private reserve(n: number): void {
    const have = this.cols.flags.length;
    if (n <= have) return;
    const size = Math.max(n, Math.min(have * 2, have + 4_194_304), 1024);
    const grow = <T extends Uint8Array | Uint16Array | Float64Array>(old: T, make: (size: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.cols = {
      flags: grow(this.cols.flags, (s) => new Uint8Array(s)),
      bank: grow(this.cols.bank, (s) => new Uint16Array(s)),
      content: grow(this.cols.content, (s) => new Float64Array(s)),
      disabledUntil: grow(this.cols.disabledUntil, (s) => new Float64Array(s)),
    };
  }
}
