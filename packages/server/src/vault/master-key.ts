/**
 * Finding the master key that matches the database, and making one at first start. The server
 * only reads key files; start-up (`serve`, `jikim key init`) may also finish a rotation that was
 * interrupted after its transaction committed, and generate the first key.
 */
import type { Kysely } from 'kysely';
import { ConfigError } from '../config.js';
import type { Database } from '../db/schema.js';
import { readEpoch, lockEpoch } from './key-epoch.js';
import {
  destroyKeyFile,
  KEY_FILE_VARIABLE,
  newMasterKey,
  nextKeyFile,
  oldKeyFile,
  readMasterKeyFile,
  renameDurably,
  writeMasterKeyFile,
  type MasterKey,
} from './master-key-file.js';

/**
 * The key for `epoch`: the key file, or the next key of a rotation that committed but has not yet
 * put it in place. Never writes.
 */
export function findMasterKey(file: string, epoch: number | undefined): MasterKey {
  const current = readMasterKeyFile(file);
  if (current && (epoch === undefined || current.epoch === epoch)) return current;
  const next = epoch === undefined ? undefined : readMasterKeyFile(nextKeyFile(file));
  if (next && next.epoch === epoch) return next;
  if (!current) throw new ConfigError([`${KEY_FILE_VARIABLE}: there is no master key at ${file}`]);
  throw new ConfigError([
    `${KEY_FILE_VARIABLE}: the key at ${file} is from key epoch ${current.epoch} but the database is at epoch ${epoch ?? '?'}` +
      (epoch !== undefined && current.epoch > epoch
        ? ' (a database restored from before a rotation cannot be opened with the newer key)'
        : ' (this key was rotated out; restore the current key file)'),
  ]);
}

/**
 * Puts in place the next key of a rotation whose transaction committed, and destroys a
 * rotated-out key still lying about. Never touches a next key the database does not use yet (a
 * rotation may be writing it right now).
 */
export function finishInterruptedRotation(file: string, epoch: number): void {
  const current = readMasterKeyFile(file);
  const next = readMasterKeyFile(nextKeyFile(file));
  if (next?.epoch === epoch && current?.epoch !== epoch) {
    if (current) renameDurably(file, oldKeyFile(file));
    renameDurably(nextKeyFile(file), file);
  }
  if (readMasterKeyFile(file)?.epoch === epoch) destroyKeyFile(oldKeyFile(file));
}

export interface PreparedMasterKey {
  readonly file: string;
  readonly epoch: number;
  /** True when this call generated the key (print where it is, once). */
  readonly created: boolean;
}

/**
 * Makes sure the master key for this database is in place. With `generate`, a missing key is
 * made, but only for a database that holds no wrapped key yet: a new key beside existing data
 * would only hide that the real one is lost.
 */
export async function prepareMasterKey(
  db: Kysely<Database>,
  file: string,
  options: { readonly generate: boolean },
): Promise<PreparedMasterKey> {
  const epoch = await readEpoch(db);
  if (epoch !== undefined) finishInterruptedRotation(file, epoch);
  if (readMasterKeyFile(file) === undefined) {
    const wrapped = await db.selectFrom('data_keys').select('id').limit(1).executeTakeFirst();
    if (epoch !== undefined || wrapped) {
      throw new ConfigError([
        `${KEY_FILE_VARIABLE}: there is no master key at ${file}, but the database holds data sealed with one (key epoch ${epoch ?? '?'}); restore the key file from its backup`,
      ]);
    }
    if (!options.generate) {
      throw new ConfigError([
        `${KEY_FILE_VARIABLE}: there is no master key at ${file}; create one with "jikim key init" and back it up apart from the database`,
      ]);
    }
    writeMasterKeyFile(file, newMasterKey(1));
    await db.transaction().execute((trx) => lockEpoch(trx, 1));
    return { file, epoch: 1, created: true };
  }
  const key = findMasterKey(file, epoch);
  if (epoch === undefined) await db.transaction().execute((trx) => lockEpoch(trx, key.epoch));
  return { file, epoch: key.epoch, created: false };
}
