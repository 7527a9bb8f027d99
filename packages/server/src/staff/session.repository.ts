import type { Kysely } from 'kysely';
import type { Database, StaffSessionTable } from '../db/schema.js';

export type SessionRow = StaffSessionTable;

export function sessionRepository(db: Kysely<Database>) {
  return {
    async insert(row: SessionRow): Promise<void> {
      await db.insertInto('staff_sessions').values(row).execute();
    },
    async findByTokenHash(tokenHash: string) {
      return db
        .selectFrom('staff_sessions')
        .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
        .selectAll('staff_sessions')
        .select(['staff.role', 'staff.status'])
        .where('staff_sessions.token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    async touch(id: string, at: string): Promise<void> {
      await db.updateTable('staff_sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
    },
    async setChallenge(id: string, challenge: string | null): Promise<void> {
      await db.updateTable('staff_sessions').set({ challenge }).where('id', '=', id).execute();
    },
    async delete(id: string): Promise<void> {
      await db.deleteFrom('staff_sessions').where('id', '=', id).execute();
    },
    async deleteAllFor(staffId: string): Promise<number> {
      const result = await db.deleteFrom('staff_sessions').where('staff_id', '=', staffId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteExpired(now: string, idleSince: string): Promise<void> {
      await db.deleteFrom('staff_sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
        .execute();
    },
  };
}
