/**
 * Login throttling, per account and per client address (ASVS 6.3). Five failures in a row lock
 * an account for 15 minutes, and each later lock lasts twice as long as the one before; an
 * address gets more room (an office shares one) on the same doubling scale. A success clears
 * both. Addresses are kept only as a keyed hash; accounts by id, or for a login name that matched
 * nobody by its keyed hash, so a stranger's name is throttled exactly like a real one.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export const THROTTLE = {
  account: { failures: 5, lockMs: 15 * 60_000 },
  address: { failures: 20, lockMs: 15 * 60_000 },
  /** A lock never lasts longer than this, however often it doubled. */
  maxLockMs: 24 * 60 * 60_000,
} as const;

export type ThrottleKind = keyof Pick<typeof THROTTLE, 'account' | 'address'>;

export interface ThrottleKey {
  readonly kind: ThrottleKind;
  readonly key: string;
}

export function loginThrottle(db: Kysely<Database>, now: () => Date) {
  const rowKey = (k: ThrottleKey) => `${k.kind}:${k.key}`;
  return {
    /** The time until which any of these is locked, or undefined if none is. */
    async lockedUntil(keys: readonly ThrottleKey[]): Promise<Date | undefined> {
      const rows = await db.selectFrom('login_throttle').select('locked_until')
        .where('key', 'in', keys.map(rowKey)).execute();
      const at = now().getTime();
      const until = rows.map((r) => (r.locked_until ? Date.parse(r.locked_until) : 0)).filter((t) => t > at);
      return until.length ? new Date(Math.max(...until)) : undefined;
    },

    async fail(keys: readonly ThrottleKey[]): Promise<void> {
      const at = now();
      const stamp = at.toISOString();
      for (const k of keys) {
        const key = rowKey(k);
        const limits = THROTTLE[k.kind];
        // Atomic steps, so concurrent failures all count and none fails on a duplicate key.
        await db.insertInto('login_throttle')
          .values({ key, failures: 0, lockouts: 0, locked_until: null, updated_at: stamp })
          .onConflict((oc) => oc.column('key').doNothing()).execute();
        const row = await db.updateTable('login_throttle')
          .set((eb) => ({ failures: eb('failures', '+', 1), updated_at: stamp }))
          .where('key', '=', key).returning(['failures', 'lockouts']).executeTakeFirst();
        if (!row || row.failures < limits.failures) continue;
        const ms = Math.min(limits.lockMs * 2 ** row.lockouts, THROTTLE.maxLockMs);
        await db.updateTable('login_throttle')
          .set((eb) => ({ failures: 0, lockouts: eb('lockouts', '+', 1), locked_until: new Date(at.getTime() + ms).toISOString() }))
          .where('key', '=', key).where('failures', '>=', limits.failures).execute();
      }
    },

    async succeed(keys: readonly ThrottleKey[]): Promise<void> {
      await db.deleteFrom('login_throttle').where('key', 'in', keys.map(rowKey)).execute();
    },
  };
}

export type LoginThrottle = ReturnType<typeof loginThrottle>;
