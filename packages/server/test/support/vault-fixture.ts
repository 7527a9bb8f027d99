/** A migrated database, a master key file in a directory of its own and a vault on them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../src/config.js';
import { createDb, type Db } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { newMasterKey, writeMasterKeyFile } from '../../src/vault/master-key-file.js';
import { createVault, type KeyVault } from '../../src/vault/vault.js';
import type { TestDatabase } from './databases.js';

export interface VaultFixture {
  readonly db: Db;
  readonly database: Config['database'];
  readonly dir: string;
  readonly keyFile: string;
  readonly blobDir: string;
  readonly vault: KeyVault;
  close(): Promise<void>;
}

export async function createVaultFixture(testDb: TestDatabase, options: { readonly writeKey?: boolean } = {}): Promise<VaultFixture> {
  const { database, drop } = await testDb.create();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-vault-'));
  const keyFile = path.join(dir, 'keys', 'master.key');
  if (options.writeKey ?? true) writeMasterKeyFile(keyFile, newMasterKey(1));
  const db = createDb(database);
  await migrateToLatest(db);
  return {
    db,
    database,
    dir,
    keyFile,
    blobDir: path.join(dir, 'blobs'),
    vault: createVault(db, { masterKeyFile: keyFile }),
    close: async () => {
      await db.close();
      await drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
