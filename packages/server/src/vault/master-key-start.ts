/**
 * Start-up: the master key must be in place before the server listens. In embedded mode (SQLite)
 * the first start makes it and says where it is, once; with PostgreSQL the operator makes it with
 * `jikim key init` (a server that quietly made a new key beside an existing database would hide
 * that the real one is lost, and several servers sharing one database must share one key).
 */
import type { Config } from '../config.js';
import { createDb } from '../db/database.js';
import { prepareMasterKey, type PreparedMasterKey } from './master-key.js';

export async function prepareMasterKeyAtStart(
  config: Config,
  print: (line: string) => void,
  options: { readonly generate?: boolean } = {},
): Promise<PreparedMasterKey> {
  const db = createDb(config.database);
  try {
    const prepared = await prepareMasterKey(db.kysely, config.masterKeyFile, {
      generate: options.generate ?? config.database.dialect === 'sqlite',
    });
    if (prepared.created) {
      print(`Created the master key at ${prepared.file}. Back it up apart from the database: without it the evidence cannot be read.\n`);
    }
    return prepared;
  } finally {
    await db.close();
  }
}
