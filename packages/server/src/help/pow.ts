/**
 * The self-hosted proof of work (altcha v1 challenges, made and checked here; no third party).
 * The HMAC key derives from the system data key (keyed-hash purpose `altcha`). A solution is
 * accepted once: its challenge's signature is kept (hashed) in `pow_spent` until the challenge
 * expires, then pruned.
 */
import { createHash } from 'node:crypto';
import type { PowChallenge } from '@jikim/contracts';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { HelpDeps } from './help-deps.js';
import { HelpError } from './help-deps.js';

export const CHALLENGE_TTL_MS = 10 * 60_000;

interface Payload {
  readonly algorithm?: unknown;
  readonly signature?: unknown;
  readonly salt?: unknown;
}

function decode(solution: string): Payload | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(solution, 'base64').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Payload) : undefined;
  } catch {
    return undefined;
  }
}

export function proofOfWork(deps: Pick<HelpDeps, 'db' | 'vault' | 'now' | 'limits'>) {
  const hmacKey = async () => (await deps.vault.keyedHashKey('altcha')).toString('hex');

  return {
    async challenge(): Promise<PowChallenge> {
      const c = await createChallenge({
        algorithm: 'SHA-256',
        hmacKey: await hmacKey(),
        maxnumber: deps.limits.powMaxNumber,
        expires: new Date(deps.now().getTime() + CHALLENGE_TTL_MS),
      });
      return { algorithm: 'SHA-256', challenge: c.challenge, maxnumber: c.maxnumber ?? deps.limits.powMaxNumber, salt: c.salt, signature: c.signature };
    },

    /** Refuses (403) a wrong, expired or replayed solution; marks a good one spent. */
    async spend(solution: string): Promise<void> {
      const payload = decode(solution);
      if (payload?.algorithm !== 'SHA-256' || typeof payload.signature !== 'string' || typeof payload.salt !== 'string') {
        throw new HelpError(403, 'Proof of work refused');
      }
      const expires = Number(extractParams({ salt: payload.salt } as never).expires);
      const now = deps.now().getTime();
      // Our own clock decides expiry (altcha's check reads Date.now()).
      if (!Number.isFinite(expires) || expires * 1000 < now || !(await verifySolution(solution, await hmacKey(), false))) {
        throw new HelpError(403, 'Proof of work refused');
      }
      const id = createHash('sha256').update(`altcha:${payload.signature}`).digest('hex');
      const inserted = await deps.db.insertInto('pow_spent')
        .values({ id, expires_at: new Date(expires * 1000).toISOString() })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) throw new HelpError(403, 'Proof of work refused');
    },

    async prune(): Promise<void> {
      await deps.db.deleteFrom('pow_spent').where('expires_at', '<', deps.now().toISOString()).execute();
    },
  };
}

export type ProofOfWork = ReturnType<typeof proofOfWork>;
