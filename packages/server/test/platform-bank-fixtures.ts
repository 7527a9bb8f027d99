/** What the bank and matcher tests share: a store on a fresh database, owners, hashes, every row. */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { caseRepository } from '../src/cases/case.repository.js';
import type { Db } from '../src/db/database.js';
import { createBankStore, type PlatformBankStore } from '../src/platform/banks/bank-store.js';
import type { TestDatabase } from './support/databases.js';
import { createVaultFixture, type VaultFixture } from './support/vault-fixture.js';

export interface BankFixture extends VaultFixture {
  readonly store: PlatformBankStore;
  /** The store's clock: tests move it. */
  readonly clock: { now: Date };
}

export async function bankFixture(testDb: TestDatabase): Promise<BankFixture> {
  const f = await createVaultFixture(testDb);
  const clock = { now: new Date('2026-12-10T00:00:00.000Z') };
  return { ...f, clock, store: createBankStore({ db: f.db, vault: f.vault, now: () => clock.now }) };
}

export const randomPdq = () => randomBytes(32).toString('hex');
export const randomMd5 = () => randomBytes(16).toString('hex');

/** `hex` with its first `bits` bits flipped. */
export function flipBits(hex: string, bits: number): string {
  const bytes = Buffer.from(hex, 'hex');
  for (let i = 0; i < bits; i += 1) bytes[i >> 3] = (bytes[i >> 3] ?? 0) ^ (0x80 >> (i & 7));
  return bytes.toString('hex');
}

export async function newCase(db: Db): Promise<string> {
  return (await caseRepository(db.kysely).create({ openedBy: 'counsellor' })).id;
}

export async function newSubmission(db: Db): Promise<string> {
  const id = randomBytes(12).toString('hex');
  const at = new Date().toISOString();
  await db.kysely.insertInto('protect_submissions').values({
    id, code_hash: randomBytes(32).toString('hex'), pin_hash: randomBytes(32).toString('hex'),
    locked_until: null, locale: 'ko', created_at: at, withdrawn_at: null, updated_at: at,
  }).execute();
  return id;
}

export async function createPlatformBank(store: PlatformBankStore, name = 'PLATFORM_BANK'): Promise<string> {
  await store.createBank(name, `platform-${randomUUID()}`, 'platform');
  return name;
}

/** Every row of every table, as one text: what a dump of the database would show. */
export async function everyRow(db: Db): Promise<string> {
  const tables = db.dialect === 'sqlite'
    ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db.kysely)).rows.map((r) => r.name)
    : (await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public'`.execute(db.kysely)).rows.map((r) => r.name);
  const parts: string[] = [];
  for (const table of tables) {
    const rows = (await sql`select * from ${sql.table(table)}`.execute(db.kysely)).rows;
    parts.push(JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)));
  }
  return parts.join('\n');
}

export async function changeLog(db: Db) {
  const rows = await db.kysely.selectFrom('signal_changes').selectAll().orderBy('seq').execute();
  return rows.map((r) => ({ seq: Number(r.seq), signalId: r.signal_id, op: r.op, bank: r.bank }));
}
