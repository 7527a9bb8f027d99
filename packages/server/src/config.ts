/**
 * The only module that reads the environment. Every variable is validated here once; a bad value
 * stops start-up with a message naming the variable.
 */
import path from 'node:path';
import { webUrlSchema } from '@jikim/case';
import * as z from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const seconds = z.coerce.number().int().positive();

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(8080),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  PUBLIC_URL: webUrlSchema(2048)
    .refine((u) => new URL(u).pathname === '/' && !new URL(u).search, 'must be an origin (https://host[:port]), with no path')
    .optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/, 'must be true, false, a hop count or a comma-separated list of addresses')
    .default('false'),
  QUICK_EXIT_URL: webUrlSchema(2048)
    .default('https://weather.naver.com/'),
  SITE_DIR: z.string().min(1).optional(),
  AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  HEADERS_TIMEOUT_SECONDS: seconds.default(10),
  REQUEST_TIMEOUT_SECONDS: seconds.default(30),
  KEEP_ALIVE_TIMEOUT_SECONDS: seconds.default(5),
  CONNECTION_TIMEOUT_SECONDS: seconds.default(60),
  JIKIM_MASTER_KEY_FILE: z.string().min(1).optional(),
  BLOB_DIR: z.string().min(1).optional(),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  // The platform feed's change log is kept this long; an older feed cursor must resync (issue 14).
  FEED_HORIZON_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // Help requests (docs/decisions/0016-help-requests.md; the numbers are in the README).
  HELP_POW_MAX_NUMBER: z.coerce.number().int().min(1).max(10_000_000).default(100_000),
  HELP_REQUESTS_PER_ADDRESS_HOUR: z.coerce.number().int().min(1).default(5),
  HELP_REQUESTS_PER_ADDRESS_DAY: z.coerce.number().int().min(1).default(20),
  HELP_REQUESTS_GLOBAL_HOUR: z.coerce.number().int().min(1).default(300),
  HELP_UPLOAD_BYTES_PER_ADDRESS_DAY: z.coerce.number().int().min(1).default(10 * 1024 ** 3),
  // Deletion letters by e-mail (README, "Deletion letters by e-mail (SMTP)"): off when SMTP_URL is absent.
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s/?#]+(:\d+)?\/?(\?\S*)?$/, 'must be an smtp:// or smtps:// URL').optional(),
  SMTP_FROM: z.email().max(254).optional(),
  // The platform API's match index, saved on close and loaded at start (decision 0018); none when absent.
  MATCH_SNAPSHOT_FILE: z.string().min(1).optional(),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly database:
    | { readonly dialect: 'sqlite'; readonly file: string }
    | { readonly dialect: 'postgres'; readonly url: string };
  readonly logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /**
   * The origin people reach this server at (`PUBLIC_URL`): set-up links, the WebAuthn relying
   * party, and the only origin console requests that change anything may come from.
   */
  readonly publicOrigin: string;
  /** Fastify's `trustProxy` (`TRUST_PROXY`): whose X-Forwarded-For gives the client's address. */
  readonly trustProxy: boolean | string[] | ((address: string, hop: number) => boolean);
  readonly quickExitUrl: string;
  readonly siteDir: string;
  readonly bodyLimitBytes: number;
  /** Where the audit chain's head is written once a day and on demand, outside the database. */
  readonly audit: { readonly anchorFile: string };
  readonly timeouts: {
    readonly headersMs: number;
    readonly requestMs: number;
    readonly keepAliveMs: number;
    /** Node's `server.timeout`: a connection with no traffic either way for this long is closed. */
    readonly connectionMs: number;
    readonly connectionsCheckingIntervalMs: number;
  };
  /** The master key (kept apart from the database; see docs/data-at-rest.md). */
  readonly masterKeyFile: string;
  /** Where encrypted blobs (evidence files) are kept. */
  readonly blobDir: string;
  /** Days after a case is closed until the retention job destroys it (docs/retention.md). */
  readonly retentionDays: number;
  /** FEED_HORIZON_DAYS: how long the change log behind the platform feed is kept. */
  readonly feedHorizonDays: number;
  /** Help requests: the proof of work's size and the intake limits (README, "Help requests: limits"). */
  /** Deletion letters by e-mail through the deployment's SMTP server; null when SMTP_URL is not set. */
  readonly mail: { readonly url: string; readonly from: string } | null;
  /** Where the match index is saved on close and loaded from at start (`MATCH_SNAPSHOT_FILE`); null: built from the tables. */
  readonly matchSnapshotFile: string | null;
  readonly help: {
    /** altcha's `maxnumber`: the client tries about half of it on average. */
    readonly powMaxNumber: number;
    readonly requestsPerAddressHour: number;
    readonly requestsPerAddressDay: number;
    readonly requestsGlobalHour: number;
    readonly uploadBytesPerAddressDay: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function trustProxy(value: string): Config['trustProxy'] {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value.split(',');
}

const defaultSiteDir = path.resolve(import.meta.dirname, '../../web/dist/site');

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== '')),
  );
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const headersMs = e.HEADERS_TIMEOUT_SECONDS * 1000;
  const requestMs = e.REQUEST_TIMEOUT_SECONDS * 1000;
  if (requestMs < headersMs) {
    throw new ConfigError(['REQUEST_TIMEOUT_SECONDS: must not be shorter than HEADERS_TIMEOUT_SECONDS']);
  }
  if (e.SMTP_URL !== undefined && e.SMTP_FROM === undefined) {
    throw new ConfigError(['SMTP_FROM: required when SMTP_URL is set (the address letters are sent from)']);
  }
  return {
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL
      ? { dialect: 'postgres', url: e.DATABASE_URL }
      : { dialect: 'sqlite', file: path.resolve(e.DATA_DIR, 'jikim.sqlite') },
    logLevel: e.LOG_LEVEL,
    publicOrigin: new URL(e.PUBLIC_URL ?? `http://${hostForUrl(e.HOST)}:${e.PORT}`).origin,
    trustProxy: trustProxy(e.TRUST_PROXY),
    quickExitUrl: e.QUICK_EXIT_URL,
    siteDir: e.SITE_DIR ? path.resolve(e.SITE_DIR) : defaultSiteDir,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    audit: { anchorFile: path.resolve(e.AUDIT_ANCHOR_FILE ?? path.join(e.DATA_DIR, 'audit-anchors.log')) },
    timeouts: {
      headersMs,
      requestMs,
      keepAliveMs: e.KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
      connectionMs: e.CONNECTION_TIMEOUT_SECONDS * 1000,
      connectionsCheckingIntervalMs: Math.min(1000, headersMs),
    },
    masterKeyFile: path.resolve(e.JIKIM_MASTER_KEY_FILE ?? path.join(e.DATA_DIR, 'master.key')),
    blobDir: path.resolve(e.BLOB_DIR ?? path.join(e.DATA_DIR, 'blobs')),
    retentionDays: e.RETENTION_DAYS,
    feedHorizonDays: e.FEED_HORIZON_DAYS,
    mail: e.SMTP_URL !== undefined && e.SMTP_FROM !== undefined ? { url: e.SMTP_URL, from: e.SMTP_FROM } : null,
    matchSnapshotFile: e.MATCH_SNAPSHOT_FILE ? path.resolve(e.MATCH_SNAPSHOT_FILE) : null,
    help: {
      powMaxNumber: e.HELP_POW_MAX_NUMBER,
      requestsPerAddressHour: e.HELP_REQUESTS_PER_ADDRESS_HOUR,
      requestsPerAddressDay: e.HELP_REQUESTS_PER_ADDRESS_DAY,
      requestsGlobalHour: e.HELP_REQUESTS_GLOBAL_HOUR,
      uploadBytesPerAddressDay: e.HELP_UPLOAD_BYTES_PER_ADDRESS_DAY,
    },
  };
}
