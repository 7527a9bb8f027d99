/**
 * `jikim key init` makes the master key where JIKIM_MASTER_KEY_FILE says (PostgreSQL deployments;
 * embedded ones get theirs at first start). `jikim key rotate` starts a new key epoch: every data
 * key re-wrapped, the old master key destroyed, an audit row (docs/data-at-rest.md).
 */
import { shown } from '@jikim/evidence';
import { createAuditLog, createDb, loadConfig, pendingMigrations, prepareMasterKeyAtStart, rotateMasterKey, type Config } from '@jikim/server';
import { UsageError, type Io } from './io.js';

export const KEY_USAGE = `Usage: jikim key init
       jikim key rotate

  init     makes the master key (32 random bytes, mode 0600) at JIKIM_MASTER_KEY_FILE (default
           DATA_DIR/master.key), only for a database that holds no sealed data yet. Needed once
           with PostgreSQL; the embedded database makes its own at first start.
  rotate   starts a new key epoch: writes a new master key, re-wraps every data key under it in one
           transaction, then overwrites and deletes the old key. Copies of the database made
           before (backups, WAL) can no longer be opened. Back up the new key file afterwards.
`;

export async function keyCommand(args: readonly string[], io: Io, config: Config = loadConfig()): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
    io.out(KEY_USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'init' && sub !== 'rotate') throw new UsageError(shown`unknown subcommand ${sub}`);
  if (rest.length > 0) throw new UsageError(shown`unexpected argument ${rest[0] ?? ''}`);
  const db = createDb(config.database);
  try {
    if (await pendingMigrations(db) > 0) {
      io.err('jikim key: the database is not migrated to the latest version; run `jikim migrate` first\n');
      return 1;
    }
  } finally {
    await db.close();
  }
  if (sub === 'init') {
    const prepared = await prepareMasterKeyAtStart(config, io.out, { generate: true });
    if (!prepared.created) io.out(`The master key is already in place at ${prepared.file} (key epoch ${prepared.epoch}).\n`);
    return 0;
  }
  // Finish an interrupted rotation and check the current key before starting a new one.
  await prepareMasterKeyAtStart(config, io.out, { generate: false });
  const rotating = createDb(config.database);
  try {
    const result = await rotateMasterKey(rotating.kysely, config.masterKeyFile, createAuditLog(rotating, config));
    io.out(
      `Rotated the master key: key epoch ${result.previousEpoch} → ${result.epoch}, ${result.rewrapped} data keys re-wrapped, ` +
        `the old key overwritten and deleted.\nBack up the new key file now, apart from the database: ${result.file}\n` +
        'Running servers pick up the new key by themselves.\n',
    );
    return 0;
  } finally {
    await rotating.close();
  }
}
