/**
 * Platform feedback (issue 14): the latest value each platform reported per content, counted per
 * value, and the rule that quarantines a content of the unreviewed bank that 3 distinct platforms
 * report as a false positive (never a content of a confirmed bank or a platform's own bank, and never
 * again once an admin released it). Quarantine goes through the bank store, so the change log makes
 * every matcher drop the content within seconds.
 */
import type { Kysely } from 'kysely';
import type { AuditLog } from '../../audit/audit-port.js';
import type { Database } from '../../db/schema.js';
import { toId } from '../banks/bank-ids.js';
import { IDS_PER_QUERY } from '../banks/bank-read.js';
import type { PlatformBankStore } from '../banks/bank-store.js';
import { FEEDBACK_VALUES, type FeedbackCounts, type FeedbackValue } from './feedback-schemas.js';

/** Distinct platforms reporting a false positive before an unreviewed content is quarantined. */
export const QUARANTINE_THRESHOLD = 3;

export interface FeedbackDeps {
  readonly db: Kysely<Database>;
  readonly store: PlatformBankStore;
  readonly audit: AuditLog;
  readonly now: () => Date;
}

export interface ContentRef {
  readonly id: number;
  readonly bank: string;
  readonly bankKind: 'confirmed' | 'unreviewed' | 'platform';
  readonly createdAt: string;
  readonly quarantinedAt: string | null;
}

const emptyCounts = (): Record<FeedbackValue, number> => Object.fromEntries(FEEDBACK_VALUES.map((v) => [v, 0])) as Record<FeedbackValue, number>;

export function feedbackStore(deps: FeedbackDeps) {
  const { db } = deps;

  /** The contents among `ids` (with their bank), whichever bank they are in. */
  async function contents(ids: readonly number[]): Promise<Map<number, ContentRef>> {
    const found = new Map<number, ContentRef>();
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      const rows = await db.selectFrom('bank_contents').innerJoin('banks', 'banks.name', 'bank_contents.bank')
        .select(['bank_contents.id as id', 'bank_contents.bank as bank', 'banks.kind as kind', 'bank_contents.created_at as createdAt', 'bank_contents.quarantined_at as quarantinedAt'])
        .where('bank_contents.id', 'in', ids.slice(i, i + IDS_PER_QUERY)).execute();
      for (const r of rows) found.set(toId(r.id), { id: toId(r.id), bank: r.bank, bankKind: r.kind, createdAt: r.createdAt, quarantinedAt: r.quarantinedAt });
    }
    return found;
  }

  /** Per content, how many platforms' latest value is each value. */
  async function counts(ids: readonly number[]): Promise<Map<number, FeedbackCounts>> {
    const result = new Map<number, FeedbackCounts>(ids.map((id) => [id, emptyCounts()]));
    for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
      const rows = await db.selectFrom('content_feedback').select(['content_id', 'value', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('content_id', 'in', ids.slice(i, i + IDS_PER_QUERY)).groupBy(['content_id', 'value']).execute();
      for (const r of rows) {
        const entry = result.get(toId(r.content_id)) as Record<FeedbackValue, number> | undefined;
        if (entry) entry[r.value] = Number(r.n);
      }
    }
    return result;
  }

  /** Quarantines `content` when the rule says so; true when it did. */
  async function maybeQuarantine(content: ContentRef, falsePositives: number): Promise<boolean> {
    if (content.bankKind !== 'unreviewed' || content.quarantinedAt !== null || falsePositives < QUARANTINE_THRESHOLD) return false;
    const released = await db.selectFrom('content_reviews').select('content_id').where('content_id', '=', content.id).executeTakeFirst();
    if (released) return false;
    await deps.store.quarantineContent(content.bank, content.id, true);
    await deps.audit.append({ actor: { kind: 'system' }, action: 'platform.quarantine', detail: { content_id: String(content.id), count: falsePositives } });
    return true;
  }

  return {
    contents,
    counts,

    /**
     * Records `platformId`'s latest value for each content (the last item wins for a content sent
     * twice) and applies the quarantine rule. The caller has checked the contents exist and may be
     * reported by this platform. Returns the number of distinct contents recorded.
     */
    async record(platformId: string, items: ReadonlyMap<number, { readonly content: ContentRef; readonly value: FeedbackValue }>): Promise<number> {
      const at = deps.now().toISOString();
      const rows = [...items].map(([id, item]) => ({ content_id: id, platform_id: platformId, value: item.value, at }));
      for (let i = 0; i < rows.length; i += IDS_PER_QUERY) {
        await db.insertInto('content_feedback').values(rows.slice(i, i + IDS_PER_QUERY))
          .onConflict((oc) => oc.columns(['content_id', 'platform_id']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), at: eb.ref('excluded.at') })))
          .execute();
      }
      const candidates = [...items.values()].filter((item) => item.value === 'false_positive' && item.content.bankKind === 'unreviewed').map((item) => item.content);
      if (candidates.length > 0) {
        const tally = await counts(candidates.map((c) => c.id));
        for (const content of candidates) await maybeQuarantine(content, tally.get(content.id)?.false_positive ?? 0);
      }
      return rows.length;
    },

    /** Quarantined contents, by id, after `cursor`. */
    async quarantined(after: number | undefined, limit: number): Promise<{ items: ContentRef[]; nextCursor: string | null }> {
      let query = db.selectFrom('bank_contents').innerJoin('banks', 'banks.name', 'bank_contents.bank')
        .select(['bank_contents.id as id', 'bank_contents.bank as bank', 'banks.kind as kind', 'bank_contents.created_at as createdAt', 'bank_contents.quarantined_at as quarantinedAt'])
        .where('bank_contents.quarantined_at', 'is not', null);
      if (after !== undefined) query = query.where('bank_contents.id', '>', after);
      const rows = await query.orderBy('bank_contents.id').limit(limit + 1).execute();
      const items = rows.slice(0, limit).map((r) => ({ id: toId(r.id), bank: r.bank, bankKind: r.kind, createdAt: r.createdAt, quarantinedAt: r.quarantinedAt }));
      return { items, nextCursor: rows.length > limit ? String(items.at(-1)?.id) : null };
    },

    /** An admin's release: matches again, and this rule leaves it alone from now on. */
    async release(content: ContentRef): Promise<void> {
      await deps.store.quarantineContent(content.bank, content.id, false);
      await db.insertInto('content_reviews').values({ content_id: content.id, decision: 'release', at: deps.now().toISOString() })
        .onConflict((oc) => oc.column('content_id').doUpdateSet({ at: deps.now().toISOString() })).execute();
    },
  };
}

export type FeedbackStore = ReturnType<typeof feedbackStore>;
