/**
 * The matcher's memory: a PDQ MatchIndex, an MD5 map, the vPDQ frame index and the signal table,
 * with the banks' flags.
 * Changes apply one signal at a time (upsert with the signal's current state, or remove); lookups
 * filter hits by bank, disabled-until and quarantine. Synchronous throughout: no database here.
 */
import { MatchIndex, parsePdqHex, PdqFormatError, PDQ_HASH_BYTES, PDQ_MATCH_THRESHOLD, VpdqFormatError, type VpdqFrame } from '@jikim/pdq';
import type { MatchableSignalType } from '@jikim/contracts';
import type { MatchHit, SignalType, VideoMatchHit } from '../platform-ports.js';
import { SignalTable, type SignalColumns, type SignalEntry } from './signal-table.js';
import { VpdqIndex } from './vpdq-index.js';

export interface SignalState {
  readonly type: SignalType;
  /** The opened value: hex (pdq, md5) or vPDQ text. */
  readonly value: string;
  readonly bank: string;
  readonly contentId: number;
  readonly disabledUntil: string | null;
  readonly quarantined: boolean;
}

/** What a snapshot holds besides the PDQ index itself. */
export interface StateTables {
  readonly banks: readonly string[];
  readonly table: SignalColumns;
  readonly md5: ReadonlyMap<number, string>;
  /** Signal id → vPDQ text (its frames are indexed again on load). */
  readonly vpdq: ReadonlyMap<number, string>;
}

/**
 * The PDQ index's memory budget, bytes a hash (decision 0018): more than the library's default of
 * 100, so banks below 10M hashes get wider substrings and fewer candidates a lookup (at 1M: 12×21
 * bits, 136 bytes a hash, instead of 14×18 at 100). From about 10M the 256 bits allow no wider layout
 * than 11×23 (99 bytes a hash), so the largest banks cost no more than before.
 */
export const INDEX_BYTES_PER_HASH = 150;

export class MatchState {
  private index = new MatchIndex({ radius: PDQ_MATCH_THRESHOLD, maxBytesPerHash: INDEX_BYTES_PER_HASH });
  private readonly table: SignalTable;
  private readonly bankNames: string[];
  private readonly bankIds: Map<string, number>;
  private readonly md5ById: Map<number, string>;
  private readonly md5Ids = new Map<string, Set<number>>();
  private readonly vpdq = new VpdqIndex();
  private readonly vpdqById = new Map<number, string>();
  private bankMatching = new Map<string, boolean>();
  // A build adds PDQ hashes in one `addMany` (the index's fast path) instead of one by one.
  private pending: { ids: number[]; hashes: Uint8Array; n: number } | null = null;

  constructor(saved?: { tables: StateTables; pdq: Uint8Array }) {
    this.table = new SignalTable(saved?.tables.table);
    this.bankNames = [...(saved?.tables.banks ?? [])];
    this.bankIds = new Map(this.bankNames.map((name, i) => [name, i]));
    this.md5ById = new Map(saved?.tables.md5 ?? []);
    for (const [id, value] of this.md5ById) this.md5Set(value).add(id);
    if (saved) {
      this.index = MatchIndex.load(saved.pdq, { maxBytesPerHash: INDEX_BYTES_PER_HASH });
      for (const [id, text] of saved.tables.vpdq) {
        this.vpdq.upsert(id, text);
        this.vpdqById.set(id, text);
      }
    }
  }

  setBanks(matching: ReadonlyMap<string, boolean>): void {
    this.bankMatching = new Map(matching);
  }

  size(type: SignalType): number {
    if (type === 'pdq') return this.index.size + (this.pending?.n ?? 0);
    return type === 'md5' ? this.md5ById.size : this.vpdq.size;
  }

  beginBulk(): void {
    this.pending = { ids: [], hashes: new Uint8Array(PDQ_HASH_BYTES * 4096), n: 0 };
  }

  endBulk(): void {
    const pending = this.pending;
    this.pending = null;
    if (pending && pending.n > 0) this.index.addMany(pending.ids, pending.hashes.subarray(0, pending.n * PDQ_HASH_BYTES));
  }

  /**
   * A change: the signal's current state, or null when it is gone. A value that does not parse (it
   * was checked when stored, so only damage does this) is dropped rather than stalling the log.
   */
  apply(id: number, signal: SignalState | null): void {
    if (signal === null) return this.remove(id);
    try {
      this.upsert(id, signal);
    } catch (error) {
      if (!(error instanceof PdqFormatError || error instanceof VpdqFormatError)) throw error;
      this.remove(id);
    }
  }

  upsert(id: number, signal: SignalState): void {
    const previous = this.table.get(id);
    if (previous && previous.type !== signal.type) this.remove(id);
    if (signal.type === 'pdq') this.addPdq(id, signal.value);
    else if (signal.type === 'md5') {
      const old = this.md5ById.get(id);
      if (old !== undefined && old !== signal.value) this.md5Ids.get(old)?.delete(id);
      this.md5ById.set(id, signal.value);
      this.md5Set(signal.value).add(id);
    } else {
      this.vpdq.upsert(id, signal.value);
      this.vpdqById.set(id, signal.value);
    }
    this.table.set(id, {
      type: signal.type,
      bank: this.bankId(signal.bank),
      contentId: signal.contentId,
      disabledUntil: signal.disabledUntil === null ? 0 : Date.parse(signal.disabledUntil),
      quarantined: signal.quarantined,
    });
  }

  remove(id: number): void {
    const entry = this.table.get(id);
    if (!entry) return;
    if (entry.type === 'pdq') this.index.remove(id);
    else if (entry.type === 'md5') {
      const value = this.md5ById.get(id);
      this.md5ById.delete(id);
      if (value !== undefined) {
        const ids = this.md5Ids.get(value);
        ids?.delete(id);
        if (ids?.size === 0) this.md5Ids.delete(value);
      }
    } else {
      this.vpdq.remove(id);
      this.vpdqById.delete(id);
    }
    this.table.delete(id);
  }

  lookup(type: MatchableSignalType, value: string, options: { readonly maxDistance: number; readonly banks?: ReadonlySet<string> }, now: number): MatchHit[] {
    const found = type === 'pdq'
      ? this.index.query(parsePdqHex(value), options.maxDistance)
      : [...(this.md5Ids.get(value.toLowerCase()) ?? [])].sort((a, b) => a - b).map((id) => ({ id, distance: 0 }));
    const hits: MatchHit[] = [];
    for (const { id, distance } of found) {
      const entry = this.matchable(id, options.banks, now);
      if (entry) hits.push({ bank: this.bankNames[entry.bank] ?? '', contentId: entry.contentId, distance, signalId: id });
    }
    return hits;
  }

  /** Stored videos this one matches by the reference's vPDQ rule, in the same filters as `lookup`. */
  lookupVideo(frames: readonly VpdqFrame[], options: { readonly banks?: ReadonlySet<string> }, now: number): VideoMatchHit[] {
    const hits: VideoMatchHit[] = [];
    for (const { signalId, comparison } of this.vpdq.match(frames, (id) => this.matchable(id, options.banks, now) !== null)) {
      const entry = this.table.get(signalId);
      if (!entry) continue;
      hits.push({
        bank: this.bankNames[entry.bank] ?? '', contentId: entry.contentId, signalId, distance: 0,
        queryMatchPercent: comparison.queryMatchPercent, targetMatchPercent: comparison.targetMatchPercent,
      });
    }
    return hits;
  }

  /** The signal's entry when a lookup may answer it: enabled, not quarantined, its bank matching (and asked for). */
  private matchable(id: number, banks: ReadonlySet<string> | undefined, now: number): SignalEntry | null {
    const entry = this.table.get(id);
    if (!entry || entry.quarantined || entry.disabledUntil > now) return null;
    const bank = this.bankNames[entry.bank] ?? '';
    if (this.bankMatching.get(bank) !== true || (banks && !banks.has(bank))) return null;
    return entry;
  }

  /** The state as a snapshot saves it. */
  save(): { tables: StateTables; pdq: Uint8Array } {
    return { tables: { banks: this.bankNames, table: this.table.columns(), md5: this.md5ById, vpdq: this.vpdqById }, pdq: this.index.save() };
  }

  private addPdq(id: number, hex: string): void {
    const hash = parsePdqHex(hex);
    const pending = this.pending;
    if (!pending) {
      this.index.add(id, hash);
      return;
    }
    if ((pending.n + 1) * PDQ_HASH_BYTES > pending.hashes.length) {
      const grown = new Uint8Array(pending.hashes.length * 2);
      grown.set(pending.hashes);
      pending.hashes = grown;
    }
    pending.hashes.set(hash, pending.n * PDQ_HASH_BYTES);
    pending.ids.push(id);
    pending.n += 1;
  }

  private md5Set(value: string): Set<number> {
    let ids = this.md5Ids.get(value);
    if (!ids) this.md5Ids.set(value, (ids = new Set()));
    return ids;
  }

  private bankId(name: string): number {
    let id = this.bankIds.get(name);
    if (id === undefined) {
      id = this.bankNames.length;
      if (id > 0xffff) throw new RangeError('More banks than the matcher can number');
      this.bankNames.push(name);
      this.bankIds.set(name, id);
    }
    return id;
  }
}
