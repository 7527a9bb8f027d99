/**
 * Bulk sealing for the platform bench's seed: the vault's `sealSystemField` reads and unwraps the
 * system data key on every call (about 0.1 ms), which alone would take 16 minutes for 10M signals.
 * This unwraps it once with the vault's own primitives (aead.ts, the master key file, the same
 * additional data) and seals each value as the vault does. The seed checks a sample opens with
 * `vault.openSystemField`, so a drift from the vault's format stops the seed at once.
 */
import type { Kysely } from 'kysely';
import type { Config } from '../packages/server/src/config.js';
import type { Database } from '../packages/server/src/db/schema.js';
import { additionalData, open, seal } from '../packages/server/src/vault/aead.js';
import { findMasterKey } from '../packages/server/src/vault/master-key.js';
import { SYSTEM_KEY_ID, wrapAdditionalData, type KeyVault } from '../packages/server/src/vault/vault.js';

export type BulkSealer = (plaintext: string, context: string) => string;

export async function systemSealer(db: Kysely<Database>, vault: KeyVault, config: Pick<Config, 'masterKeyFile'>): Promise<BulkSealer> {
  // Makes the system data key when there is none yet.
  await vault.sealSystemField('probe', 'bench-probe');
  const row = await db.selectFrom('data_keys').select(['id', 'epoch', 'wrapped']).where('id', '=', SYSTEM_KEY_ID).executeTakeFirstOrThrow();
  const key = open(findMasterKey(config.masterKeyFile, row.epoch).key, Buffer.from(row.wrapped, 'base64'), wrapAdditionalData(row.id, row.epoch));
  const sealer: BulkSealer = (plaintext, context) =>
    `v1.${seal(key, Buffer.from(plaintext, 'utf8'), additionalData('jikim/field/v1', SYSTEM_KEY_ID, context)).toString('base64url')}`;
  const sample = sealer('0'.repeat(64), 'bank_signals.value:1');
  if ((await vault.openSystemField(sample, 'bank_signals.value:1')) !== '0'.repeat(64)) throw new Error('The bulk sealer no longer seals as the vault does');
  return sealer;
}
