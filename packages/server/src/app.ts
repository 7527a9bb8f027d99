import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { registerApiRoutes } from './api/api-route.js';
import { registerOpenApiRoute } from './api/openapi.js';
import { createAuditLog } from './audit/audit-log.js';
import { anchorLogger, registerAuditLog } from './audit/audit.plugin.js';
import { registerAuditRoutes } from './audit/audit.routes.js';
import { createDb, type Db } from './db/database.js';
import { registerHealthRoutes } from './health/health.routes.js';
import { registerErrorHandler, sendError } from './http/error-handler.js';
import { registerMethodNotAllowed } from './http/method-not-allowed.js';
import {
  clientErrorHandler,
  contentSecurityPolicy,
  registerSecurityHeaders,
  securityHeaders,
} from './http/security-headers.js';
import { readSiteManifest, registerStaticSite } from './http/static-site.js';
import { registerBlobStore } from './blobs/blobs.plugin.js';
import type { BlobStore } from './blobs/blob-store-port.js';
import { createFileBlobStore } from './blobs/file-blob-store.js';
import { loggerOptions } from './logger.js';
import { registerRetention, retentionScheduler } from './retention/retention.plugin.js';
import { registerConsolePages } from './console/console-pages.js';
import { registerHelp } from './help/register-help.js';
import { createBankStore } from './platform/banks/bank-store.js';
import { registerProtectRoutes } from './protect/protect.routes.js';
import { registerCaseWorkRoutes } from './case-work/register-case-work.js';
import { registerLetterRoutes } from './letters/letters.routes.js';
import { registerPlatform } from './platform/register-platform.js';
import { registerStaff } from './staff/register-staff.js';
import { registerStaffAuth } from './staff/require-staff.js';
import { registerStatsRoutes } from './stats/stats.routes.js';
import { sessionService } from './staff/sessions.js';
import { createKeyedHash } from './vault/keyed-hash.js';
import { createVault, type KeyVault } from './vault/vault.js';

export interface BuildOptions {
  /** An open database; when absent one is opened from `config.database` and closed with the app. */
  readonly db?: Db;
  /** Where logs go (tests read them); stdout when absent. */
  readonly logStream?: { write(line: string): void };
  /** The clock sessions, set-up links and login throttling read; tests move it. */
  readonly now?: () => Date;
  /** The vault; when absent one is made on `db`, reading `config.masterKeyFile` on first use. */
  readonly vault?: KeyVault;
  /** The blob store; sealed files under `config.blobDir` when absent. */
  readonly blobs?: BlobStore;
}

/** Builds the app without listening: `main` listens, tests call `app.inject()`. */
export function build(config: Config, options: BuildOptions = {}): FastifyInstance {
  const manifest = readSiteManifest(config.siteDir);
  const db = options.db ?? createDb(config.database);
  // Pass to feature registrations that seal fields (vault-port.ts); the key is read on first use.
  const vault = options.vault ?? createVault(db, config);
  const headers = securityHeaders(contentSecurityPolicy(manifest.styleHashes));
  const app = Fastify({
    logger: { ...loggerOptions(config.logLevel), ...(options.logStream ? { stream: options.logStream } : {}) },
    genReqId: () => randomUUID(),
    // Whose X-Forwarded-For to believe (TRUST_PROXY): login throttling per address needs the real one.
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.timeouts.requestMs,
    // Node's server.timeout (0, never, by default): a client that stops reading a response, or stops
    // sending, holds its socket only this long.
    connectionTimeout: config.timeouts.connectionMs,
    keepAliveTimeout: config.timeouts.keepAliveMs,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    return503OnClosing: true,
    // Errors Fastify raises before routing (a malformed URL, say) get the same shape and headers as
    // ours: no hook has run for them.
    frameworkErrors: (error, request, reply) =>
      sendError(reply.headers(headers), request, error.statusCode ?? 400, error.statusCode === 503 ? 'unavailable' : 'bad_request'),
    // Bytes Node's HTTP parser rejects, and requests that time out, are answered on the socket.
    clientErrorHandler: clientErrorHandler(headers),
  });
  // Slow clients (slowloris) are cut off within seconds; Node reads these when it starts listening.
  app.server.headersTimeout = config.timeouts.headersMs;
  app.server.requestTimeout = config.timeouts.requestMs;
  Object.assign(app.server, { connectionsCheckingInterval: config.timeouts.connectionsCheckingIntervalMs });

  app.decorate('vault', vault);
  // Evidence files: `app.blobs` (src/blobs/blobs.plugin.ts).
  registerBlobStore(app, options.blobs ?? createFileBlobStore({ dir: config.blobDir, vault }));
  registerSecurityHeaders(app, headers);
  registerMethodNotAllowed(app);
  registerErrorHandler(app);
  registerApiRoutes(app);
  // The audit log: `app.audit.append(event, trx)` from any route (src/audit/audit.plugin.ts).
  registerAuditLog(app, createAuditLog(db, config, { log: anchorLogger(app.log, config.logLevel) }), config.audit.anchorFile);
  const now = options.now ?? (() => new Date());
  // The banks (decision 0018): withdrawing or destroying a case removes its contents through them.
  const banks = createBankStore({ db, vault, now });
  // Closed cases past RETENTION_DAYS are destroyed while the server listens (docs/retention.md).
  registerRetention(app, retentionScheduler(db, config, { vault, blobs: app.blobs, audit: app.audit, banks }, app.log));
  registerStaffAuth(app, { sessions: sessionService(db.kysely, now), publicOrigin: config.publicOrigin });
  registerHealthRoutes(app, db);
  registerAuditRoutes(app, db, config.audit.anchorFile);
  // Feature routes (each a one-line registration) go here, before the document that lists them.
  registerStaff(app, { db: db.kysely, now, vault, hashes: createKeyedHash(vault), audit: app.audit, publicOrigin: config.publicOrigin, banks });
  registerHelp(app, { db: db.kysely, vault, hashes: createKeyedHash(vault), blobs: app.blobs, audit: app.audit, now, limits: config.help, banks });
  registerProtectRoutes(app, { db: db.kysely, vault, hashes: createKeyedHash(vault), banks, audit: app.audit, now, limits: config.help });
  registerConsolePages(app, config.siteDir);
  registerLetterRoutes(app, now);
  registerStatsRoutes(app, { db: db.kysely, now, audit: app.audit });
  registerCaseWorkRoutes(app, { db: db.kysely, now, audit: app.audit, banks }, config.mail);
  registerPlatform(app, { db, vault, audit: app.audit, now, snapshotFile: config.matchSnapshotFile });
  registerOpenApiRoute(app);
  const site = registerStaticSite(app, config.siteDir, manifest, config.quickExitUrl);

  app.setNotFoundHandler((request, reply) => {
    const wantsHtml = (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/');
    return wantsHtml ? site.sendNotFound(request, reply) : sendError(reply, request, 404, 'not_found');
  });
  if (!options.db) app.addHook('onClose', () => db.close());
  return app;
}
