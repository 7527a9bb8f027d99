/**
 * A reference consumer of the feed, as HMA's exchange would be: it keeps a checkpoint and a map of
 * records by key, applies each page in order (a null signal deletes), and checks on every call that
 * the checkpoint never moves backwards. `truth` reads what a consumer should end with from the store.
 */
import type { FeedPage } from '@jikim/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { decodeCursor, position } from '../src/platform/feed/feed-cursor.js';
import type { PlatformBankStore } from '../src/platform/banks/bank-store.js';

export interface Held { readonly bank: string; readonly type: string; readonly value: string }

export class FeedConsumer {
  readonly records = new Map<string, Held>();
  checkpoint: string | undefined;
  calls = 0;

  constructor(private readonly fetchPage: (cursor: string | undefined) => Promise<LightMyRequestResponse>) {}

  /** One call; applies it and returns the page. */
  async step(): Promise<FeedPage> {
    const response = await this.fetchPage(this.checkpoint);
    if (response.statusCode !== 200) throw new Error(`feed answered ${response.statusCode}: ${response.body}`);
    const page = response.json() as FeedPage;
    this.calls += 1;
    for (const update of page.updates) {
      if (update.signal === null) this.records.delete(update.key);
      else this.records.set(update.key, { bank: update.bank, type: update.signal_type ?? '?', value: update.signal });
    }
    if (this.checkpoint !== undefined) {
      const [before, after] = [position(decodeCursor(this.checkpoint)), position(decodeCursor(page.checkpoint))];
      if (after[0] < before[0] || (after[0] === before[0] && after[1] < before[1])) throw new Error('the checkpoint moved backwards');
    }
    this.checkpoint = page.checkpoint;
    return page;
  }

  /** Calls until `has_more` is false; `between` runs after each page (writes happening meanwhile). */
  async drain(between?: (page: FeedPage) => Promise<void>): Promise<void> {
    for (let guard = 0; guard < 10_000; guard += 1) {
      const page = await this.step();
      if (!page.has_more) return;
      await between?.(page);
    }
    throw new Error('the feed never ended');
  }

  /** What it holds, as sorted `bank type value` lines. */
  held(): string[] {
    return [...this.records.values()].map((r) => `${r.bank} ${r.type} ${r.value}`).sort();
  }
}

/** Every signal of these banks that may be fed now (enabled, unquarantined), as sorted lines. */
export async function truth(store: PlatformBankStore, banks: readonly string[], now: Date): Promise<string[]> {
  const lines: string[] = [];
  for (const bank of banks) {
    let after: string | undefined;
    do {
      const page = await store.listContents(bank, { limit: 500, ...(after === undefined ? {} : { after }) });
      for (const content of page.items) {
        if (content.quarantinedAt !== null || (content.disabledUntil !== null && Date.parse(content.disabledUntil) > now.getTime())) continue;
        for (const [type, values] of Object.entries(content.signals)) for (const value of values ?? []) lines.push(`${bank} ${type} ${value}`);
      }
      after = page.nextCursor ?? undefined;
    } while (after !== undefined);
  }
  return lines.sort();
}
