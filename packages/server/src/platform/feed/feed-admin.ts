/**
 * `jikim platform feed enable|disable|list`: which banks the delta feed carries (`banks.feed_enabled`),
 * each change with its audit row in the same transaction (`platform.feed.enable|disable`: the bank's
 * name). The flag decides what the feed carries from the next call on: a bank enabled later reaches
 * a partner's next full sync (a partner already following deltas resyncs to get its earlier
 * contents); a bank disabled stops appearing, and a partner drops it on its next resync.
 */
import type { Kysely } from 'kysely';
import type { AuditActor, AuditLog } from '../../audit/audit-port.js';
import type { Database } from '../../db/schema.js';

export interface FeedBankSummary {
  readonly name: string;
  readonly owner: string;
  readonly kind: string;
  readonly feedEnabled: boolean;
}

export class FeedAdminError extends Error {
  constructor() {
    super('no such bank');
    this.name = 'FeedAdminError';
  }
}

export interface FeedAdminDeps {
  readonly db: Kysely<Database>;
  readonly audit: AuditLog;
}

export function platformFeedAdmin(deps: FeedAdminDeps, actor: AuditActor = { kind: 'cli' }) {
  return {
    /** Turns the bank's feed on or off; FeedAdminError when there is no such bank. */
    set: (bank: string, enabled: boolean): Promise<FeedBankSummary> =>
      deps.db.transaction().execute(async (trx) => {
        const updated = await trx.updateTable('banks').set({ feed_enabled: enabled ? 1 : 0 }).where('name', '=', bank).executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw new FeedAdminError();
        await deps.audit.append({ actor, action: enabled ? 'platform.feed.enable' : 'platform.feed.disable', detail: { bank } }, trx);
        const row = await trx.selectFrom('banks').select(['name', 'owner', 'kind', 'feed_enabled']).where('name', '=', bank).executeTakeFirstOrThrow();
        return { name: row.name, owner: row.owner, kind: row.kind, feedEnabled: Number(row.feed_enabled) === 1 };
      }),

    /** Every bank, by name, with its feed flag. */
    list: async (): Promise<FeedBankSummary[]> => {
      const rows = await deps.db.selectFrom('banks').select(['name', 'owner', 'kind', 'feed_enabled']).orderBy('name').execute();
      return rows.map((r) => ({ name: r.name, owner: r.owner, kind: r.kind, feedEnabled: Number(r.feed_enabled) === 1 }));
    },
  };
}
