/**
 * Seeds a platform bank for the HTTP benchmarks (issue 14) straight into the database with the
 * server's own code: the config and migrations, the master key, a platform key (`--per-minute`
 * raised so the bench never throttles), a bank owned by that platform, and CONTENTS contents of 8
 * PDQ signals each (standing in for a photo's eight turns and mirrors), sealed under the system key
 * (platform-sealer.ts: the vault's format, the key unwrapped once) and logged in `signal_changes` as `bankWrite` does, thousands per transaction.
 * Writes `queries.txt` (1,000 hex: even lines near a stored hash at distance 0–31, odd lines random)
 * into OUT_DIR and prints one JSON line: `{ key, bank, contents, signals, seconds }`.
 *
 *   DATA_DIR=… | DATABASE_URL=… tsx platform-seed.ts CONTENTS OUT_DIR
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Insertable } from 'kysely';
import path from 'node:path';
import { loadConfig } from '../packages/server/src/config.js';
import { createDb } from '../packages/server/src/db/database.js';
import { migrateToLatest } from '../packages/server/src/db/migrate.js';
import type { Database } from '../packages/server/src/db/schema.js';
import { randomContentId, randomSignalKey } from '../packages/server/src/platform/banks/bank-ids.js';
import { metaContext, signalContext } from '../packages/server/src/platform/banks/bank-sealing.js';
import { appendChanges, bankWrite } from '../packages/server/src/platform/banks/bank-write.js';
import { createBankStore } from '../packages/server/src/platform/banks/bank-store.js';
import { platformKeysRepository } from '../packages/server/src/platform/keys/platform-keys.repository.js';
import { prepareMasterKeyAtStart } from '../packages/server/src/vault/master-key-start.js';
import { createVault } from '../packages/server/src/vault/vault.js';
import { systemSealer } from './platform-sealer.js';

export const SIGNALS_PER_CONTENT = 8;
export const BENCH_BANK = 'BENCH_BANK';
const CONTENTS_PER_TRANSACTION = 2000;
const ROWS_PER_INSERT = 500;
const QUERIES = 1000;

/** `hex` with `bits` of its bits flipped (the first ones: any bits are as good for the index). */
function flipBits(hex: string, bits: number): string {
  const bytes = Buffer.from(hex, 'hex');
  for (let i = 0; i < bits; i += 1) bytes[i >> 3] = (bytes[i >> 3] ?? 0) ^ (0x80 >> (i & 7));
  return bytes.toString('hex');
}

const [contentsArg = '1000', outDir = '.'] = process.argv.slice(2);
const contents = Number(contentsArg);
const config = loadConfig();
const db = createDb(config.database);
await migrateToLatest(db);
await prepareMasterKeyAtStart(config, () => undefined, { generate: true });
const vault = createVault(db, config);
const store = createBankStore({ db, vault, now: () => new Date() });
const created = await platformKeysRepository(db.kysely).create({ name: 'Bench platform', scopes: ['match', 'curate'], perMinute: 1_000_000 });
await store.createBank(BENCH_BANK, created.platformId, 'platform');
const seal = await systemSealer(db.kysely, vault, config);

const started = performance.now();
const stored: string[] = [];
const strideContents = Math.max(1, Math.floor(contents / (QUERIES / 2)));
let nextSignal = 1;
for (let done = 0; done < contents; done += CONTENTS_PER_TRANSACTION) {
  const count = Math.min(CONTENTS_PER_TRANSACTION, contents - done);
  const random = randomBytes(count * SIGNALS_PER_CONTENT * 32);
  const when = new Date().toISOString();
  const contentRows: Insertable<Database['bank_contents']>[] = [];
  const signalRows: (Insertable<Database['bank_signals']> & { id: number; key: string })[] = [];
  for (let c = 0; c < count; c += 1) {
    const id = randomContentId();
    contentRows.push({ id, bank: BENCH_BANK, case_id: null, submission_id: null, origin: 'platform' as const, meta_sealed: seal(JSON.stringify({ note: '' }), metaContext(id)), disabled_until: null, quarantined_at: null, created_at: when, updated_at: when });
    for (let s = 0; s < SIGNALS_PER_CONTENT; s += 1) {
      const value = random.toString('hex', (c * SIGNALS_PER_CONTENT + s) * 32, (c * SIGNALS_PER_CONTENT + s + 1) * 32);
      if (s === 0 && (done + c) % strideContents === 0 && stored.length < QUERIES / 2) stored.push(value);
      const signalId = nextSignal;
      nextSignal += 1;
      signalRows.push({ id: signalId, key: randomSignalKey(), content_id: id, signal_type: 'pdq' as const, value_sealed: seal(value, signalContext(signalId)), quality: 100, created_at: when });
    }
  }
  await bankWrite(db, async (trx) => {
    for (let i = 0; i < contentRows.length; i += ROWS_PER_INSERT) await trx.insertInto('bank_contents').values(contentRows.slice(i, i + ROWS_PER_INSERT)).execute();
    for (let i = 0; i < signalRows.length; i += ROWS_PER_INSERT) await trx.insertInto('bank_signals').values(signalRows.slice(i, i + ROWS_PER_INSERT)).execute();
    await appendChanges(trx, signalRows.map((r) => ({ signalId: r.id, signalKey: r.key, op: 'upsert' as const, bank: BENCH_BANK })), new Date(when));
  });
  if (done % 100_000 === 0 && done > 0) process.stderr.write(`seeded ${done} contents in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
const seconds = (performance.now() - started) / 1000;

const queries: string[] = [];
for (let i = 0; i < QUERIES; i += 1) {
  const near = stored[(i / 2) % Math.max(1, stored.length)];
  queries.push(i % 2 === 0 && near !== undefined ? flipBits(near, (i / 2) % 32) : randomBytes(32).toString('hex'));
}
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'queries.txt'), `${queries.join('\n')}\n`);
await db.close();
process.stdout.write(`${JSON.stringify({ key: created.key, bank: BENCH_BANK, contents, signals: contents * SIGNALS_PER_CONTENT, seconds })}\n`);
