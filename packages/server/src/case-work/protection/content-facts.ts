/**
 * What the console shows of a case's bank contents without opening a hash: how many signals each
 * has, how many lookups matched them (`bank_signals.matches` summed), and whether it is quarantined.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { toId } from '../../platform/banks/bank-ids.js';
import { IDS_PER_QUERY } from '../../platform/banks/bank-read.js';

/** The bank of hashes from counsellors' cases (consent recorded). */
export const CONFIRMED_BANK = 'JIKIM_CONFIRMED';

export interface ContentFacts {
  readonly signals: number;
  readonly matches: number;
  readonly quarantined: boolean;
}

export async function contentFacts(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, ContentFacts>> {
  const facts = new Map<number, ContentFacts>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const slice = ids.slice(i, i + IDS_PER_QUERY);
    const contents = await db.selectFrom('bank_contents').select(['id', 'quarantined_at']).where('id', 'in', slice).execute();
    const sums = await db.selectFrom('bank_signals')
      .select(['content_id', (eb) => eb.fn.countAll<number | string>().as('n'), (eb) => eb.fn.sum<number | string | null>('matches').as('m')])
      .where('content_id', 'in', slice).groupBy('content_id').execute();
    const byContent = new Map(sums.map((s) => [toId(s.content_id), s]));
    for (const c of contents) {
      const s = byContent.get(toId(c.id));
      facts.set(toId(c.id), { signals: Number(s?.n ?? 0), matches: Number(s?.m ?? 0), quarantined: c.quarantined_at !== null });
    }
  }
  return facts;
}
