/**
 * The vault (vault-port.ts) on the `data_keys` table: one AES-256-GCM data key per case and one
 * for the system, each wrapped by the master key of its epoch. The master key is read lazily on
 * first use (so `build()` stays synchronous) and read again when a rotation has moved the
 * database to a newer epoch. Data keys are not cached: destroying one takes effect at once.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { additionalData, KEY_BYTES, open, seal, VaultError } from './aead.js';
import { lockEpoch, readEpoch } from './key-epoch.js';
import { findMasterKey } from './master-key.js';
import type { MasterKey } from './master-key-file.js';
import type { Vault } from './vault-port.js';

const SEALED_PREFIX = 'v1.';
export const SYSTEM_KEY_ID = 'system';
export const caseKeyId = (caseId: string) => `case:${caseId}`;
/** A hash-protection submission's own data key (decision 0018): no case, shredded on withdrawal. */
export const submissionKeyId = (submissionId: string) => `protect:${submissionId}`;

/** What the blob store and the keyed hash need beyond the port. */
export interface KeyVault extends Vault {
  /**
   * A key for one blob, derived (HKDF-SHA-256) from the case's data key, the blob's random salt
   * and both ids. `create` makes the case's data key if it has none; without it a missing key
   * (destroyed, or never made) is a VaultError.
   */
  blobKey(caseId: string, blobId: string, salt: Uint8Array, create: boolean): Promise<Buffer>;
  /**
   * The HMAC key for one keyed-hash purpose, derived from the system data key. Not from the master
   * key itself: a rotation must leave every stored keyed hash valid.
   */
  keyedHashKey(purpose: string): Promise<Buffer>;
  /**
   * Opens fields of many cases with one read of their keys (a list of cases): each case's key is
   * read and unwrapped once, for this call only. A field whose key is gone, or that does not open,
   * is null.
   */
  openCaseFields(fields: readonly CaseField[]): Promise<(string | null)[]>;
  /** As `openCaseFields`, for fields sealed under any data key (`keyId`: `case:…`, `protect:…`, `system`). */
  openFields(fields: readonly KeyedField[]): Promise<(string | null)[]>;
  /** A hash-protection submission's fields, under its own data key (`submissionKeyId`). */
  sealSubmissionField(submissionId: string, plaintext: string, context: string): Promise<string>;
  openSubmissionField(submissionId: string, sealed: string, context: string): Promise<string>;
  /** Withdrawal: destroys the submission's data key; nothing sealed with it opens again. */
  destroySubmissionKey(submissionId: string): Promise<void>;
}

export interface KeyedField {
  readonly keyId: string;
  readonly sealed: string;
  readonly context: string;
}

export interface CaseField {
  readonly caseId: string;
  readonly sealed: string;
  readonly context: string;
}

/** Keys read per query by `openCaseFields`, well below every driver's limit on parameters. */
const KEYS_PER_QUERY = 500;

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's vault (BuildOptions.vault, or one made on the app's database). */
    readonly vault: KeyVault;
  }
}

export function wrapAdditionalData(keyId: string, epoch: number): Buffer {
  return additionalData('jikim/data-key/v1', keyId, epoch);
}

function fieldAdditionalData(scope: string, context: string): Buffer {
  return additionalData('jikim/field/v1', scope, context);
}

export function createVault(db: Db, config: Pick<Config, 'masterKeyFile'>): KeyVault {
  const kysely = db.kysely;
  let master: MasterKey | undefined;
  const hashKeys = new Map<string, Buffer>();

  function masterFor(epoch: number | undefined): MasterKey {
    if (master && (epoch === undefined || master.epoch === epoch)) return master;
    master = findMasterKey(config.masterKeyFile, epoch);
    return master;
  }

  function unwrap(row: { id: string; epoch: number; wrapped: string }): Buffer {
    return open(masterFor(row.epoch).key, Buffer.from(row.wrapped, 'base64'), wrapAdditionalData(row.id, row.epoch));
  }

  async function dataKey(id: string, caseId: string | null, create: boolean): Promise<Buffer> {
    const select = (executor: Kysely<Database>) =>
      executor.selectFrom('data_keys').select(['id', 'epoch', 'wrapped']).where('id', '=', id).executeTakeFirst();
    const row = await select(kysely);
    if (row) return unwrap(row);
    if (!create) throw new VaultError('The data key is gone');
    const created = await kysely.transaction().execute(async (trx) => {
      const epoch = await lockEpoch(trx, masterFor(await readEpoch(trx)).epoch);
      const key = randomBytes(KEY_BYTES);
      const wrapped = seal(masterFor(epoch).key, key, wrapAdditionalData(id, epoch)).toString('base64');
      await trx.insertInto('data_keys')
        .values({ id, case_id: caseId, epoch, wrapped, created_at: new Date().toISOString() })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      return select(trx);
    });
    if (!created) throw new VaultError('The data key could not be made');
    return unwrap(created);
  }

  const caseKey = (caseId: string, create: boolean) => dataKey(caseKeyId(caseId), caseId, create);
  const systemKey = () => dataKey(SYSTEM_KEY_ID, null, true);

  async function destroyKey(id: string): Promise<void> {
    await kysely.deleteFrom('data_keys').where('id', '=', id).execute();
    // secure_delete zeroes the row in the database file; the WAL still holds the page until a
    // checkpoint truncates it. (PostgreSQL keeps dead tuples until vacuum: rotation covers them.)
    if (db.dialect === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(kysely).catch(() => undefined);
  }

  /** Each distinct key read and unwrapped once, for this call only; a field that does not open is null. */
  async function openFields(fields: readonly KeyedField[]): Promise<(string | null)[]> {
    const ids = [...new Set(fields.map((f) => f.keyId))];
    const keys = new Map<string, Buffer>();
    for (let i = 0; i < ids.length; i += KEYS_PER_QUERY) {
      const rows = await kysely.selectFrom('data_keys').select(['id', 'epoch', 'wrapped']).where('id', 'in', ids.slice(i, i + KEYS_PER_QUERY)).execute();
      for (const row of rows) {
        try {
          keys.set(row.id, unwrap(row));
        } catch (error) {
          if (!(error instanceof VaultError)) throw error;
        }
      }
    }
    return fields.map((f) => {
      const key = keys.get(f.keyId);
      if (!key) return null;
      try {
        return openWith(key, f.keyId, f.sealed, f.context);
      } catch (error) {
        if (error instanceof VaultError) return null;
        throw error;
      }
    });
  }

  function sealWith(key: Buffer, scope: string, plaintext: string, context: string): string {
    return SEALED_PREFIX + seal(key, Buffer.from(plaintext, 'utf8'), fieldAdditionalData(scope, context)).toString('base64url');
  }

  function openWith(key: Buffer, scope: string, sealed: string, context: string): string {
    if (!sealed.startsWith(SEALED_PREFIX)) throw new VaultError();
    const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
    return open(key, bytes, fieldAdditionalData(scope, context)).toString('utf8');
  }

  return {
    async sealCaseField(caseId, plaintext, context) {
      return sealWith(await caseKey(caseId, true), caseKeyId(caseId), plaintext, context);
    },
    async openCaseField(caseId, sealed, context) {
      return openWith(await caseKey(caseId, false), caseKeyId(caseId), sealed, context);
    },
    async sealSystemField(plaintext, context) {
      return sealWith(await systemKey(), SYSTEM_KEY_ID, plaintext, context);
    },
    async openSystemField(sealed, context) {
      return openWith(await systemKey(), SYSTEM_KEY_ID, sealed, context);
    },
    destroyCaseKey(caseId) {
      return destroyKey(caseKeyId(caseId));
    },
    async blobKey(caseId, blobId, salt, create) {
      const key = await caseKey(caseId, create);
      return Buffer.from(hkdfSync('sha256', key, salt, additionalData('jikim/blob/v1', caseId, blobId), KEY_BYTES));
    },
    openCaseFields(fields) {
      return openFields(fields.map((f) => ({ keyId: caseKeyId(f.caseId), sealed: f.sealed, context: f.context })));
    },
    openFields,
    async sealSubmissionField(submissionId, plaintext, context) {
      const id = submissionKeyId(submissionId);
      return sealWith(await dataKey(id, null, true), id, plaintext, context);
    },
    async openSubmissionField(submissionId, sealed, context) {
      const id = submissionKeyId(submissionId);
      return openWith(await dataKey(id, null, false), id, sealed, context);
    },
    destroySubmissionKey(submissionId) {
      return destroyKey(submissionKeyId(submissionId));
    },
    async keyedHashKey(purpose) {
      const cached = hashKeys.get(purpose);
      if (cached) return cached;
      const key = Buffer.from(hkdfSync('sha256', await systemKey(), Buffer.alloc(0), additionalData('jikim/keyed-hash/v1', purpose), KEY_BYTES));
      hashKeys.set(purpose, key);
      return key;
    },
  };
}
