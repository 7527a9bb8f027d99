/**
 * The intake limits of /protect: a help request's numbers (per address per hour and per day, and in
 * all per hour), and its 20 failed code/PIN checks per address per hour, counted under keys of their
 * own (`protect:…`) so protecting images never uses up asking for help, nor the other way round.
 */
import { addressKey, ADDRESS_PIN_FAILURES_PER_HOUR, intakeLimits } from '../help/intake-limits.js';
import { ProtectError, type ProtectDeps } from './protect-deps.js';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

export function protectLimits(deps: Pick<ProtectDeps, 'db' | 'now' | 'limits' | 'hashes'>) {
  const counters = intakeLimits(deps);
  const pinKey = (address: string) => `protect:pin:hour:${address}`;

  return {
    address: (ip: string) => addressKey(deps, ip),

    /** One submission from this address; 429 with Retry-After when a limit is over. */
    submission(address: string): Promise<void> {
      return counters.count([
        { key: `protect:hour:${address}`, windowMs: HOUR_MS, max: deps.limits.requestsPerAddressHour },
        { key: `protect:day:${address}`, windowMs: DAY_MS, max: deps.limits.requestsPerAddressDay },
        { key: 'protect:global', windowMs: HOUR_MS, max: deps.limits.requestsGlobalHour },
      ]);
    },

    /** A failed code/PIN check from this address. */
    async pinFailure(address: string): Promise<void> {
      await counters.count([{ key: pinKey(address), windowMs: HOUR_MS, max: Number.MAX_SAFE_INTEGER }]);
    },

    /** 429 when this address failed too often this hour. */
    async refuseIfBlocked(address: string): Promise<void> {
      const at = deps.now().getTime();
      const start = Math.floor(at / HOUR_MS) * HOUR_MS;
      const row = await deps.db.selectFrom('intake_counters').select('count')
        .where('key', '=', pinKey(address)).where('window_start', '=', new Date(start).toISOString()).executeTakeFirst();
      if (Number(row?.count ?? 0) >= ADDRESS_PIN_FAILURES_PER_HOUR) {
        throw new ProtectError(429, 'Too many failed attempts', undefined, Math.max(1, Math.ceil((start + HOUR_MS - at) / 1000)));
      }
    },
  };
}
