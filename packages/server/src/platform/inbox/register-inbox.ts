/**
 * The deletion-request inbox for platforms (issue 14): its routes, with the takedown rules' refusals
 * as 409 (the rule's code in `code`), and the host rows of targets made before the inbox existed,
 * filled in the background once the app is ready (idempotent; the app serves meanwhile).
 */
import { TakedownHistoryError } from '@jikim/case';
import type { ErrorResponse } from '@jikim/contracts';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.js';
import { createKeyedHash } from '../../vault/keyed-hash.js';
import type { KeyVault } from '../../vault/vault.js';
import type { PlatformRouteDeps } from '../platform-lookup.js';
import { registerInboxRoutes } from './inbox.routes.js';
import { inboxStore } from './inbox-store.js';
import { backfillTargetHosts } from './target-host-rows.js';

export function registerInbox(app: FastifyInstance, routes: PlatformRouteDeps, deps: { readonly db: Db; readonly vault: KeyVault }): void {
  const hashes = createKeyedHash(deps.vault);
  const inbox = inboxStore({ db: deps.db.kysely, vault: deps.vault, hashes, now: routes.now });
  void app.register(async (scope) => {
    let filling: Promise<unknown> = Promise.resolve();
    scope.addHook('onReady', async () => {
      filling = backfillTargetHosts({ db: deps.db.kysely, vault: deps.vault, hashes }).catch((error: unknown) => {
        app.log.error({ err: { type: error instanceof Error ? error.name : typeof error } }, 'the inbox host rows were not all filled; trying at the next start');
      });
    });
    scope.addHook('onClose', async () => void (await filling));
    scope.setErrorHandler((error, request, reply) => {
      if (!(error instanceof TakedownHistoryError)) throw error;
      const body: ErrorResponse = { error: 'conflict', message: 'This answer does not follow the request’s status now.', requestId: request.id, code: error.code };
      return reply.code(409).type('application/json; charset=utf-8').send(body);
    });
    registerInboxRoutes(scope, routes, inbox);
  });
}
