/**
 * Platforms and their API keys (decision 0018). A key is shown once, when it is made; only the
 * SHA-256 of the whole key is stored (a key has full entropy, so a slow hash would add nothing but
 * latency), and a key is found by that hash. Making a key for a platform name that exists adds a
 * key to that platform (rotation).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { PlatformScope } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PlatformCaller } from '../platform-ports.js';
import { parseStoredScopes, PLATFORM_KEY_PATTERN, platformKeyInputSchema, type PlatformKeyInput } from './platform-key-input.js';

export interface CreatedPlatformKey {
  /** The key itself: print it once, never store or log it. */
  readonly key: string;
  readonly keyId: string;
  readonly platformId: string;
  readonly platformName: string;
  readonly scopes: readonly PlatformScope[];
  readonly perMinute: number;
}

export interface PlatformKeySummary {
  readonly keyId: string;
  readonly platformId: string;
  readonly platformName: string;
  readonly scopes: readonly PlatformScope[];
  readonly perMinute: number;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** The caller a key stands for, with its own limit. */
export interface VerifiedPlatformKey extends PlatformCaller {
  readonly perMinute: number;
}

export class PlatformKeyError extends Error {
  constructor(readonly code: 'key_not_found', message: string) {
    super(message);
    this.name = 'PlatformKeyError';
  }
}

export const platformKeyHash = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

const newId = (prefix: 'pk' | 'pf') => `${prefix}_${randomBytes(16).toString('base64url')}`;

export function platformKeysRepository(db: Kysely<Database>, now: () => Date = () => new Date()) {
  const keyColumns = [
    'platform_keys.id as keyId', 'platform_keys.platform_id as platformId', 'platforms.name as platformName',
    'platform_keys.scopes', 'platform_keys.per_minute as perMinute', 'platform_keys.created_at as createdAt',
    'platform_keys.revoked_at as revokedAt',
  ] as const;
  const keys = () => db.selectFrom('platform_keys').innerJoin('platforms', 'platforms.id', 'platform_keys.platform_id').select(keyColumns);
  type KeyRow = Awaited<ReturnType<ReturnType<typeof keys>['executeTakeFirstOrThrow']>>;
  const summary = ({ scopes, ...row }: KeyRow): PlatformKeySummary => ({ ...row, perMinute: Number(row.perMinute), scopes: parseStoredScopes(scopes) });

  /** The platform of this name, made if there is none (two makers racing end on the same row). */
  async function platformNamed(name: string, at: string): Promise<{ id: string; name: string }> {
    await db.insertInto('platforms').values({ id: newId('pf'), name, domains: '[]', created_at: at })
      .onConflict((oc) => oc.column('name').doNothing()).execute();
    return db.selectFrom('platforms').select(['id', 'name']).where('name', '=', name).executeTakeFirstOrThrow();
  }

  async function verifyHash(keyHash: string): Promise<VerifiedPlatformKey | null> {
    const row = await keys().where('platform_keys.key_hash', '=', keyHash).executeTakeFirst();
    if (!row || row.revokedAt !== null) return null;
    const { keyId, platformId, platformName, perMinute, scopes } = summary(row);
    return { keyId, platformId, platformName, perMinute, scopes: new Set(scopes) };
  }

  return {
    async create(input: PlatformKeyInput): Promise<CreatedPlatformKey> {
      const { name, scopes, perMinute } = platformKeyInputSchema.parse(input);
      const at = now().toISOString();
      const platform = await platformNamed(name, at);
      const key = `jk_${randomBytes(32).toString('base64url')}`;
      const keyId = newId('pk');
      await db.insertInto('platform_keys').values({
        id: keyId, platform_id: platform.id, key_hash: platformKeyHash(key), scopes: scopes.join(','), per_minute: perMinute, created_at: at, revoked_at: null,
      }).execute();
      return { key, keyId, platformId: platform.id, platformName: platform.name, scopes, perMinute };
    },

    /** Every key, oldest first; never any key material. */
    async list(): Promise<PlatformKeySummary[]> {
      const rows = await keys().orderBy('platform_keys.created_at').orderBy('platform_keys.id').execute();
      return rows.map(summary);
    },

    /** Revokes the key (once: revoking again keeps the first time); an unknown id is an error. */
    async revoke(keyId: string): Promise<PlatformKeySummary> {
      await db.updateTable('platform_keys').set({ revoked_at: now().toISOString() }).where('id', '=', keyId).where('revoked_at', 'is', null).execute();
      const row = await keys().where('platform_keys.id', '=', keyId).executeTakeFirst();
      if (!row) throw new PlatformKeyError('key_not_found', 'There is no platform key with this id.');
      return summary(row);
    },

    /** The caller this key stands for, or null (malformed, unknown or revoked). */
    async verify(key: string): Promise<VerifiedPlatformKey | null> {
      return PLATFORM_KEY_PATTERN.test(key) ? verifyHash(platformKeyHash(key)) : null;
    },

    /** As `verify`, given the hash of a well-formed key. */
    verifyHash,
  };
}

export type PlatformKeysRepository = ReturnType<typeof platformKeysRepository>;
