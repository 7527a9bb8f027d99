/**
 * Making and revoking platform keys, each with its audit row in the same transaction
 * (`platform.key.create`, `platform.key.revoke`: key id, platform id, scopes; never the key).
 * `jikim platform key …` runs these on the configured database.
 */
import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../../audit/audit-port.js';
import type { Database } from '../../db/schema.js';
import type { PlatformKeyInput } from './platform-key-input.js';
import { platformKeysRepository, type CreatedPlatformKey, type PlatformKeySummary } from './platform-keys.repository.js';

export interface PlatformKeyAdminDeps {
  readonly db: Kysely<Database>;
  readonly audit: AuditLog;
  readonly now?: () => Date;
}

export function platformKeyAdmin(deps: PlatformKeyAdminDeps, actor: AuditActor = { kind: 'cli' }) {
  const now = deps.now ?? (() => new Date());
  return {
    create: (input: PlatformKeyInput): Promise<CreatedPlatformKey> =>
      deps.db.transaction().execute(async (trx) => {
        const created = await platformKeysRepository(trx, now).create(input);
        const detail = { keyId: created.keyId, platformId: created.platformId, scopes: created.scopes.join(','), perMinute: created.perMinute };
        await deps.audit.append({ actor, action: 'platform.key.create', detail }, trx);
        return created;
      }),

    revoke: (keyId: string): Promise<PlatformKeySummary> =>
      deps.db.transaction().execute(async (trx) => {
        const revoked = await platformKeysRepository(trx, now).revoke(keyId);
        const detail = { keyId: revoked.keyId, platformId: revoked.platformId, scopes: revoked.scopes.join(',') };
        await deps.audit.append({ actor, action: 'platform.key.revoke', detail }, trx);
        return revoked;
      }),

    list: (): Promise<PlatformKeySummary[]> => platformKeysRepository(deps.db, now).list(),
  };
}
