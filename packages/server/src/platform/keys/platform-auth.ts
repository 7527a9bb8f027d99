/**
 * Who is calling a platform route (decision 0018): `Authorization: Bearer KEY` (any case of
 * "Bearer"), checked against the stored hashes through a cache of at most 5 s, so a revoked key
 * stops working within 5 s in every process; the scope the route needs; the key's per-minute limit
 * (fixed windows, per process). Refusals answer in the route's own error shape: the API's
 * `{error, message, requestId}` or HMA's `{message}`, with the same status codes (401 with
 * `WWW-Authenticate: Bearer`, 403, 429 with `Retry-After`). A route's check is made here with
 * `requireScope` (or `requireAnyKey`): it carries its scope, and the API document reads it from there.
 */
import type { PlatformScope } from '@jikim/contracts';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AuditLog } from '../../audit/audit-port.js';
import type { PlatformKeyCheck } from '../../api/api-route.js';
import type { Database } from '../../db/schema.js';
import type { PlatformAuth, PlatformCaller } from '../platform-ports.js';
import { lookupTotals } from './lookup-totals.js';
import { perKeyRateLimit } from './per-key-rate-limit.js';
import { PLATFORM_KEY_PATTERN } from './platform-key-input.js';
import { platformKeyHash, platformKeysRepository, type VerifiedPlatformKey } from './platform-keys.repository.js';
import { verifiedKeyCache } from './verified-key-cache.js';

export interface PlatformAuthDeps {
  readonly db: Kysely<Database>;
  readonly now: () => Date;
  readonly audit: AuditLog;
  /** Where a failed write of lookup totals is reported (its kind only); they are kept and retried. */
  readonly log?: Pick<FastifyBaseLogger, 'error'>;
}

export interface PlatformAuthService extends PlatformAuth {
  /** Appends the lookup totals held in memory (call on close: `flushPlatformAuthOnClose`). */
  flush(): Promise<void>;
}

type Refusal = 401 | 403 | 429;
type KeyCache = ReturnType<typeof verifiedKeyCache>;
const NATIVE_CODES = { 401: 'unauthorized', 403: 'forbidden', 429: 'too_many_requests' } as const;
const HMA_MESSAGES: Record<Refusal, string> = {
  401: 'A valid API key is required: Authorization: Bearer KEY.',
  403: 'This API key does not have the scope this needs.',
  429: 'Too many requests with this API key. Please wait and try again.',
};

/** The key in `Authorization: Bearer KEY`; undefined when there is no such header. */
function bearerKey(header: string | undefined): string | undefined {
  return header === undefined ? undefined : /^Bearer +(\S+) *$/i.exec(header)?.[1];
}

async function refuse(request: FastifyRequest, reply: FastifyReply, shape: 'hma' | 'native', status: Refusal): Promise<void> {
  // The native shape with words for an API caller ("Please log in." is the console's).
  if (shape === 'native') await reply.code(status).type('application/json; charset=utf-8').send({ error: NATIVE_CODES[status], message: HMA_MESSAGES[status], requestId: request.id });
  else await reply.code(status).type('application/json; charset=utf-8').send({ message: HMA_MESSAGES[status] });
}

/** The caller's key when it is valid and unrevoked; else null, with 401 sent. */
async function verified(keys: KeyCache, request: FastifyRequest, reply: FastifyReply, shape: 'hma' | 'native'): Promise<VerifiedPlatformKey | null> {
  const key = bearerKey(request.headers.authorization);
  const found = key !== undefined && PLATFORM_KEY_PATTERN.test(key) ? await keys.get(platformKeyHash(key)) : null;
  if (found) return found;
  reply.header('www-authenticate', key === undefined ? 'Bearer' : 'Bearer error="invalid_token"');
  await refuse(request, reply, shape, 401);
  return null;
}

export function createPlatformAuth(deps: PlatformAuthDeps): PlatformAuthService {
  const keys = verifiedKeyCache(platformKeysRepository(deps.db, deps.now).verifyHash, deps.now);
  const limits = perKeyRateLimit(deps.now);
  const lookups = lookupTotals({
    audit: deps.audit,
    now: deps.now,
    onError: (error) => deps.log?.error({ err: { type: error instanceof Error ? error.name : typeof error } }, 'platform lookup totals not yet audited; kept for the next write'),
  });

  return {
    require(scope: PlatformScope, errorShape: 'hma' | 'native') {
      return async function requirePlatformKey(request: FastifyRequest, reply: FastifyReply): Promise<void> {
        const found = await verified(keys, request, reply, errorShape);
        if (!found) return;
        if (!found.scopes.has(scope)) {
          await refuse(request, reply, errorShape, 403);
          return;
        }
        const decision = limits.take(found.keyId, found.perMinute);
        if (!decision.allowed) {
          reply.header('retry-after', String(decision.retryAfterSeconds));
          await refuse(request, reply, errorShape, 429);
          return;
        }
        const caller: PlatformCaller = { keyId: found.keyId, platformId: found.platformId, platformName: found.platformName, scopes: found.scopes };
        request.platform = caller;
      };
    },

    countLookups(caller: PlatformCaller, n: number): void {
      lookups.count(caller.keyId, n);
    },

    async audit(caller, action, detail): Promise<void> {
      await deps.audit.append({ actor: { kind: 'platform', keyId: caller.keyId }, action: `platform.${action}`, detail });
    },

    flush: () => lookups.flush(),
  };
}

/** The key check of a platform route that needs `scope`, carrying its scope for the API document. */
export function requireScope(auth: Pick<PlatformAuth, 'require'>, scope: PlatformScope, errorShape: 'hma' | 'native'): PlatformKeyCheck {
  // `require` makes a new check each call, so naming its scope here names no other route's (no wrapper on the hot path).
  return Object.assign(auth.require(scope, errorShape), { scope });
}

/**
 * Any valid, unrevoked key, whatever its scopes, neither rate-limited nor counted (health checks),
 * through a 5-second cache of verified keys of its own. Refusals in the route's own shape.
 */
export function requireAnyKey(db: Kysely<Database>, now: () => Date, errorShape: 'hma' | 'native'): PlatformKeyCheck {
  const keys = verifiedKeyCache(platformKeysRepository(db, now).verifyHash, now);
  return Object.assign(async function requireAnyPlatformKey(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const found = await verified(keys, request, reply, errorShape);
    if (found) request.platform = { keyId: found.keyId, platformId: found.platformId, platformName: found.platformName, scopes: found.scopes };
  }, { scope: 'any' as const });
}

/** Once, on the root app, before any platform route: `request.platform` is null until a key is checked. */
export function registerPlatformAuth(app: FastifyInstance): void {
  if (!app.hasRequestDecorator('platform')) app.decorateRequest('platform', null);
}

/** The lookup totals still in memory reach the audit log when the server closes. */
export function flushPlatformAuthOnClose(app: FastifyInstance, auth: PlatformAuthService): void {
  app.addHook('onClose', async () => auth.flush());
}
