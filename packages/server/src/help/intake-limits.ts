/**
 * Intake limits (`intake_counters`): counts per fixed window, per address (a keyed hash, never the
 * address) and globally. Each count is one atomic upsert-and-increment, so concurrent requests on
 * either database all count. Windows older than two days are pruned.
 */
import { sql } from 'kysely';
import { normaliseAddress } from '../vault/keyed-hash.js';
import { HelpError, type HelpDeps } from './help-deps.js';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

export interface Limit {
  readonly key: string;
  readonly windowMs: number;
  readonly max: number;
}

/** The keyed hash of a client address (IPv6 by its /64); 'unknown' when it is not an address. */
export async function addressKey(deps: Pick<HelpDeps, 'hashes'>, ip: string): Promise<string> {
  let normalised: string;
  try {
    normalised = normaliseAddress(ip);
  } catch {
    normalised = 'unknown';
  }
  return deps.hashes.of('address', normalised);
}

export function intakeLimits(deps: Pick<HelpDeps, 'db' | 'now' | 'limits'>) {
  /** Adds `amount` to each limit's current window; 429 with Retry-After when one is over. */
  async function count(limits: readonly Limit[], amount = 1): Promise<void> {
    const at = deps.now().getTime();
    let retryAt = 0;
    for (const limit of limits) {
      const start = Math.floor(at / limit.windowMs) * limit.windowMs;
      const row = await deps.db.insertInto('intake_counters')
        .values({ key: limit.key, window_start: new Date(start).toISOString(), count: amount })
        .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql<number>`intake_counters.count + ${amount}` }))
        .returning('count')
        .executeTakeFirstOrThrow();
      if (Number(row.count) > limit.max) retryAt = Math.max(retryAt, start + limit.windowMs);
    }
    if (retryAt > 0) throw new HelpError(429, 'Intake limit reached', Math.max(1, Math.ceil((retryAt - at) / 1000)));
  }

  return {
    count,

    /** One help request from this address. */
    request(address: string): Promise<void> {
      return count([
        { key: `req:hour:${address}`, windowMs: HOUR_MS, max: deps.limits.requestsPerAddressHour },
        { key: `req:day:${address}`, windowMs: DAY_MS, max: deps.limits.requestsPerAddressDay },
        { key: 'req:global', windowMs: HOUR_MS, max: deps.limits.requestsGlobalHour },
      ]);
    },

    /** Uploaded bytes from this address. */
    bytes(address: string, bytes: number): Promise<void> {
      return count([{ key: `bytes:day:${address}`, windowMs: DAY_MS, max: deps.limits.uploadBytesPerAddressDay }], bytes);
    },

    /** A failed code/PIN check from this address. */
    async pinFailure(address: string): Promise<void> {
      await count([{ key: `pin:hour:${address}`, windowMs: HOUR_MS, max: Number.MAX_SAFE_INTEGER }]);
    },

    /** Seconds until this address may try a code and PIN again, or 0. */
    async pinRetryAfter(address: string): Promise<number> {
      const at = deps.now().getTime();
      const start = Math.floor(at / HOUR_MS) * HOUR_MS;
      const row = await deps.db.selectFrom('intake_counters').select('count')
        .where('key', '=', `pin:hour:${address}`).where('window_start', '=', new Date(start).toISOString()).executeTakeFirst();
      return Number(row?.count ?? 0) >= ADDRESS_PIN_FAILURES_PER_HOUR ? Math.max(1, Math.ceil((start + HOUR_MS - at) / 1000)) : 0;
    },

    async prune(): Promise<void> {
      await deps.db.deleteFrom('intake_counters').where('window_start', '<', new Date(deps.now().getTime() - 2 * DAY_MS).toISOString()).execute();
    },
  };
}

/** Wrong codes or PINs from one address in an hour before it is refused for the rest of it. */
export const ADDRESS_PIN_FAILURES_PER_HOUR = 20;

export type IntakeLimits = ReturnType<typeof intakeLimits>;
