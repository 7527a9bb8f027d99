/**
 * Console sessions, kept on the server: the cookie holds a random token, the table only its hash.
 * A session ends after 15 minutes without a request, 8 hours after it began, at logout, and at once
 * when its person is deactivated. A login always makes a new session (and a new token) for each
 * step, so a token that existed before a login is never promoted.
 */
import { randomUUID } from 'node:crypto';
import type { StaffRole, StaffStatus } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { sessionRepository, type SessionRow } from './session.repository.js';
import { newToken, tokenHash } from './tokens.js';

export const SESSION_LIMITS = {
  idleMs: 15 * 60_000,
  absoluteMs: 8 * 60 * 60_000,
  /** Between a right password and the second factor. */
  secondFactorMs: 5 * 60_000,
  /** last_seen_at is written at most this often, not on every request. */
  touchEveryMs: 15_000,
} as const;

export interface OpenSession {
  readonly session: SessionRow;
  readonly token: string;
  readonly role: StaffRole;
  readonly status: StaffStatus;
}

export type SessionStage = SessionRow['stage'];

export function sessionService(db: Kysely<Database>, now: () => Date) {
  const sessions = sessionRepository(db);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    async create(staffId: string, stage: SessionStage, secondFactor: SessionRow['second_factor'] = null, executor: Kysely<Database> = db) {
      const token = newToken();
      const at = now().getTime();
      const row: SessionRow = {
        id: randomUUID(),
        token_hash: tokenHash(token),
        staff_id: staffId,
        stage,
        second_factor: secondFactor,
        challenge: null,
        created_at: iso(at),
        last_seen_at: iso(at),
        expires_at: iso(at + (stage === 'signed-in' ? SESSION_LIMITS.absoluteMs : SESSION_LIMITS.secondFactorMs)),
      };
      await sessionRepository(executor).insert(row);
      return { id: row.id, token };
    },

    /** The live session this token opens, or undefined (and an expired one is deleted). */
    async resolve(token: string): Promise<OpenSession | undefined> {
      const found = await sessions.findByTokenHash(tokenHash(token));
      if (!found) return undefined;
      const { role, status, ...session } = found;
      const at = now().getTime();
      const idleFor = at - Date.parse(session.last_seen_at);
      if (at >= Date.parse(session.expires_at) || idleFor >= SESSION_LIMITS.idleMs || status !== 'active') {
        await sessions.delete(session.id);
        return undefined;
      }
      if (idleFor >= SESSION_LIMITS.touchEveryMs) await sessions.touch(session.id, iso(at));
      return { session, token, role, status };
    },

    setChallenge: (id: string, challenge: string | null) => sessions.setChallenge(id, challenge),
    end: (id: string) => sessions.delete(id),
    endAllFor: (staffId: string, executor: Kysely<Database> = db) => sessionRepository(executor).deleteAllFor(staffId),
    /** Deletes every session past its end, so none lingers in the table. */
    sweep: () => {
      const at = now().getTime();
      return sessions.deleteExpired(iso(at), iso(at - SESSION_LIMITS.idleMs));
    },
  };
}

export type SessionService = ReturnType<typeof sessionService>;
