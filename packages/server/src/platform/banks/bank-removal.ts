/**
 * Removing contents inside a bank write: every signal leaves as a `delete` in the change log, in
 * the same transaction that deletes the rows (so every index and feed drops it).
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { appendChanges } from './bank-write.js';

/** Which contents: one content of a bank, a whole bank, a case's or a submission's. */
export type ContentFilter =
  | { readonly bank: string; readonly id?: number }
  | { readonly caseId: string }
  | { readonly submissionId: string };

function matching(filter: ContentFilter) {
  return (eb: ExpressionBuilder<Database, 'bank_contents'>) => {
    if ('caseId' in filter) return eb('bank_contents.case_id', '=', filter.caseId);
    if ('submissionId' in filter) return eb('bank_contents.submission_id', '=', filter.submissionId);
    if (filter.id === undefined) return eb('bank_contents.bank', '=', filter.bank);
    return eb.and([eb('bank_contents.bank', '=', filter.bank), eb('bank_contents.id', '=', filter.id)]);
  };
}

/** Deletes the contents and their signals, logging a `delete` per signal; returns how many contents. */
export async function removeContents(trx: Kysely<Database>, filter: ContentFilter, at: Date): Promise<number> {
  const where = matching(filter);
  const signals = await trx.selectFrom('bank_signals')
    .innerJoin('bank_contents', 'bank_contents.id', 'bank_signals.content_id')
    .select(['bank_signals.id as id', 'bank_signals.key as key', 'bank_contents.bank as bank'])
    .where(where)
    .orderBy('bank_signals.id')
    .execute();
  await appendChanges(trx, signals.map((s) => ({ signalId: s.id, signalKey: s.key, op: 'delete', bank: s.bank })), at);
  await trx.deleteFrom('bank_signals')
    .where('content_id', 'in', (eb) => eb.selectFrom('bank_contents').select('bank_contents.id').where(where))
    .execute();
  const deleted = await trx.deleteFrom('bank_contents').where(where).executeTakeFirst();
  return Number(deleted.numDeletedRows);
}

/** Logs an `upsert` per signal of one content: its state changed, each matcher re-reads it. */
export async function touchContent(trx: Kysely<Database>, bank: string, contentId: number, at: Date): Promise<void> {
  const signals = await trx.selectFrom('bank_signals').select(['id', 'key']).where('content_id', '=', contentId).orderBy('id').execute();
  await appendChanges(trx, signals.map((s) => ({ signalId: s.id, signalKey: s.key, op: 'upsert', bank })), at);
}
