/**
 * `jikim admin invite` on the server: the way to make the first admin, and the last admin's way
 * back after losing a second factor. Migrates and prepares the master key like `serve` does, so it
 * works on a fresh installation too.
 */
import type { StaffRole } from '@jikim/contracts';
import { createAuditLog } from '../audit/audit-log.js';
import type { Config } from '../config.js';
import { createDb } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createKeyedHash } from '../vault/keyed-hash.js';
import { prepareMasterKeyAtStart } from '../vault/master-key-start.js';
import { createVault } from '../vault/vault.js';
import { setupLinks, type IssuedLink } from './setup-links.js';

export async function inviteOnServer(
  config: Config,
  input: { readonly role: StaffRole; readonly name: string },
  print: (line: string) => void = () => undefined,
): Promise<IssuedLink> {
  const db = createDb(config.database);
  try {
    await migrateToLatest(db);
    await prepareMasterKeyAtStart(config, print);
    const vault = createVault(db, config);
    const deps = {
      db: db.kysely, now: () => new Date(), vault, hashes: createKeyedHash(vault), audit: createAuditLog(db, config), publicOrigin: config.publicOrigin,
    };
    return await setupLinks(deps).invite(input, { kind: 'cli' });
  } finally {
    await db.close();
  }
}
