/**
 * The platform API (issue 14, decision 0018): who is calling (keys/), what is stored (banks/), what
 * matches (matcher/), and both route sets on them: HMA's paths under /api/platform/hma and the native
 * ones under /api/platform/v1. The matcher starts loading when the app is ready (the server listens
 * meanwhile; `/status` says INDEX-NOT-LOADED until it has) and stops when the app closes, after which
 * the lookup totals and match counts still in memory are written.
 */
import type { FastifyInstance } from 'fastify';
import type { AuditLog } from '../audit/audit-port.js';
import type { Db } from '../db/database.js';
import type { KeyVault } from '../vault/vault.js';
import { bankAccess } from './bank-access.js';
import { createBankStore } from './banks/bank-store.js';
import { registerPlatformFeedback } from './feedback/register-feedback.js';
import { registerFeedRoutes } from './feed/feed.routes.js';
import { registerHmaRoutes } from './hma/register-hma.js';
import { registerInbox } from './inbox/register-inbox.js';
import { createPlatformAuth, registerPlatformAuth } from './keys/platform-auth.js';
import { matchTally } from './match-tally.js';
import { createMatcher } from './matcher/matcher.js';
import type { PlatformRouteDeps } from './platform-lookup.js';
import { registerV1Routes } from './v1/register-v1.js';

/** How soon a failed load of the index is tried again. */
export const START_RETRY_MS = 2000;

export interface PlatformDeps {
  readonly db: Db;
  readonly vault: KeyVault;
  readonly audit: AuditLog;
  readonly now: () => Date;
  /** MATCH_SNAPSHOT_FILE: where the index is saved on close and loaded from at start. */
  readonly snapshotFile: string | null;
}

export function registerPlatform(app: FastifyInstance, deps: PlatformDeps): void {
  registerPlatformAuth(app);
  const auth = createPlatformAuth({ db: deps.db.kysely, now: deps.now, audit: deps.audit, log: app.log });
  const store = createBankStore({ db: deps.db, vault: deps.vault, now: deps.now });
  const matcher = createMatcher({ db: deps.db, vault: deps.vault, now: deps.now, snapshotFile: deps.snapshotFile });
  const tallyFailed = (error: unknown) => app.log.error({ err: { type: error instanceof Error ? error.name : typeof error } }, 'platform match counts not yet recorded; kept for the next write');
  const tally = matchTally({ store, onError: tallyFailed });

  // The index loads in the background; a load that fails (the database unreachable) is tried again.
  let starting: Promise<void> = Promise.resolve();
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  const start = (): Promise<void> => matcher.start().catch((error: unknown) => {
    app.log.error({ err: { type: error instanceof Error ? error.name : typeof error } }, 'the match index did not load; trying again');
    if (!closed) retry = setTimeout(() => void (starting = start()), START_RETRY_MS).unref();
  });
  // In a plugin of its own: a plugin's onClose runs before the root's, so before the database closes.
  void app.register(async (scope) => {
    scope.addHook('onReady', async () => void (starting = start()));
    scope.addHook('onClose', async () => {
      closed = true;
      clearTimeout(retry);
      await starting;
      await matcher.close();
      await auth.flush();
      await tally.flush().catch(tallyFailed);
    });
  });

  const routes: PlatformRouteDeps = { auth, store, matcher, access: bankAccess(store, deps.now), tally, now: deps.now };
  registerHmaRoutes(app, routes, deps.db.kysely);
  registerV1Routes(app, routes);
  registerFeedRoutes(app, routes, { db: deps.db, vault: deps.vault });
  registerPlatformFeedback(app, routes, { db: deps.db, store, audit: deps.audit });
  registerInbox(app, routes, { db: deps.db, vault: deps.vault });
}
