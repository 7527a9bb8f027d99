/** Reads the environment, migrates, listens, and shuts down gracefully on SIGTERM/SIGINT. */
import { build } from './app.js';
import { loadConfig, type Config } from './config.js';
import { createDb } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { prepareMasterKeyAtStart } from './vault/master-key-start.js';

export async function migrate(config: Config = loadConfig()): Promise<readonly string[]> {
  const db = createDb(config.database);
  try {
    return await migrateToLatest(db);
  } finally {
    await db.close();
  }
}

export async function serve(config: Config = loadConfig()): Promise<void> {
  await migrate(config);
  await prepareMasterKeyAtStart(config, (line) => process.stdout.write(line));
  const app = build(config);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  process.stdout.write(`Jikim is running at http://${host}:${port}\n`);

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Saving the match index on close takes longer than the rest (about 16 s at 10M hashes): give it a minute.
    const force = setTimeout(() => process.exit(1), config.matchSnapshotFile ? 60_000 : 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
