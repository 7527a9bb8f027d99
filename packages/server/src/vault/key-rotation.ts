/**
 * `jikim key rotate`: a new key epoch. Every live data key is re-wrapped under a new master key in
 * one transaction, then the old master key is destroyed, so wrapped keys that live on in dead
 * tuples, WAL files and backups become useless. Steps and crash behaviour: docs/data-at-rest.md.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/audit-port.js';
import type { Database } from '../db/schema.js';
import { open, seal } from './aead.js';
import { lockEpoch, readEpoch, setEpoch } from './key-epoch.js';
import { findMasterKey, finishInterruptedRotation } from './master-key.js';
import { destroyKeyFile, newMasterKey, nextKeyFile, readMasterKeyFile, writeMasterKeyFile, type MasterKey } from './master-key-file.js';
import { wrapAdditionalData } from './vault.js';

export interface RotationResult {
  readonly file: string;
  readonly previousEpoch: number;
  readonly epoch: number;
  readonly rewrapped: number;
}

export async function rotateMasterKey(db: Kysely<Database>, file: string, audit: AuditLog): Promise<RotationResult> {
  let next: MasterKey | undefined;
  try {
    const result = await db.transaction().execute(async (trx) => {
      // The epoch row's lock keeps servers from wrapping a key, and other rotations out, until commit.
      const epoch = await lockEpoch(trx, readMasterKeyFile(file)?.epoch ?? 1);
      finishInterruptedRotation(file, epoch);
      destroyKeyFile(nextKeyFile(file)); // left by a rotation that never committed
      const old = findMasterKey(file, epoch);
      const fresh = newMasterKey(old.epoch + 1);
      next = fresh;
      writeMasterKeyFile(nextKeyFile(file), fresh);

      const rows = await trx.selectFrom('data_keys').select(['id', 'epoch', 'wrapped']).orderBy('id').execute();
      for (const row of rows) {
        const key = open(old.key, Buffer.from(row.wrapped, 'base64'), wrapAdditionalData(row.id, row.epoch));
        const wrapped = seal(fresh.key, key, wrapAdditionalData(row.id, fresh.epoch)).toString('base64');
        key.fill(0);
        await trx.updateTable('data_keys').set({ epoch: fresh.epoch, wrapped }).where('id', '=', row.id).execute();
      }
      await setEpoch(trx, fresh.epoch);
      await audit.append({ actor: { kind: 'cli' }, action: 'key.rotate', detail: { epoch: fresh.epoch, keys: rows.length } }, trx);
      return { file, previousEpoch: old.epoch, epoch: fresh.epoch, rewrapped: rows.length };
    });
    finishInterruptedRotation(file, result.epoch);
    return result;
  } catch (error) {
    // Whether the commit happened decides which key stays; if the database cannot say, both
    // files stay for the next start or rotation to settle.
    const epoch = await readEpoch(db).catch(() => undefined);
    if (epoch !== undefined && next !== undefined) {
      const waiting = readMasterKeyFile(nextKeyFile(file));
      if (epoch === next.epoch) finishInterruptedRotation(file, epoch);
      else if (waiting && timingSafeEqual(waiting.key, next.key)) destroyKeyFile(nextKeyFile(file));
    }
    throw error;
  }
}
