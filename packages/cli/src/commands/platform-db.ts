/**
 * The `jikim platform …` commands' one way to reach the database: the server's modules loaded late
 * (so usage errors cost no start-up), the configured database opened, refused while migrations are
 * pending, the audit log at hand, and the database closed whatever happens.
 */
import type * as Server from '@jikim/server';
import type { Config } from '@jikim/server';
import type { Io } from './io.js';

export interface PlatformDb {
  readonly server: typeof Server;
  readonly db: ReturnType<typeof Server.createDb>;
  readonly audit: ReturnType<typeof Server.createAuditLog>;
}

export async function onPlatformDb(io: Io, config: Config | undefined, work: (on: PlatformDb) => Promise<number>): Promise<number> {
  const server = await import('@jikim/server');
  const settings = config ?? server.loadConfig();
  const db = server.createDb(settings.database);
  try {
    if (await server.pendingMigrations(db) > 0) {
      io.err('jikim platform: the database is not migrated to the latest version; run `jikim migrate` first\n');
      return 1;
    }
    return await work({ server, db, audit: server.createAuditLog(db, settings) });
  } finally {
    await db.close();
  }
}
