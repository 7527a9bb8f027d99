import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, StaffPasskeyTable, StaffSetupLinkTable, StaffTable } from '../db/schema.js';

export type StaffRow = StaffTable;
export type SetupLinkRow = StaffSetupLinkTable;
export type PasskeyRow = Selectable<StaffPasskeyTable>;

export function staffRepository(db: Kysely<Database>) {
  return {
    insert: async (row: StaffRow) => void (await db.insertInto('staff').values(row).execute()),
    get: (id: string) => db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst(),
    byLoginHash: (loginHash: string) =>
      db.selectFrom('staff').selectAll().where('login_hash', '=', loginHash).executeTakeFirst(),
    list: () => db.selectFrom('staff').selectAll().orderBy('created_at').orderBy('id').execute(),
    update: async (id: string, values: Partial<Omit<StaffRow, 'id'>>) =>
      void (await db.updateTable('staff').set(values).where('id', '=', id).execute()),
    async countActiveAdmins(): Promise<number> {
      const row = await db.selectFrom('staff').select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('role', '=', 'admin').where('status', '=', 'active').executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Stores the step only if it is later than the last one: false means the code was just used. */
    async advanceTotpStep(id: string, step: number): Promise<boolean> {
      const result = await db.updateTable('staff').set({ totp_last_step: step }).where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    insertLink: async (row: SetupLinkRow) => void (await db.insertInto('staff_setup_links').values(row).execute()),
    link: (tokenHash: string) =>
      db.selectFrom('staff_setup_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),
    setLinkTotp: async (tokenHash: string, sealed: string) =>
      void (await db.updateTable('staff_setup_links').set({ totp_secret_sealed: sealed })
        .where('token_hash', '=', tokenHash).where('totp_secret_sealed', 'is', null).execute()),
    /** Marks the link used; false if it already was (two set-ups raced). */
    async useLink(tokenHash: string, at: string): Promise<boolean> {
      const result = await db.updateTable('staff_setup_links').set({ used_at: at, totp_secret_sealed: null })
        .where('token_hash', '=', tokenHash).where('used_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    deleteOpenLinks: async (staffId: string) =>
      void (await db.deleteFrom('staff_setup_links').where('staff_id', '=', staffId).where('used_at', 'is', null).execute()),

    passkeys: (staffId: string) =>
      db.selectFrom('staff_passkeys').selectAll().where('staff_id', '=', staffId).orderBy('created_at').execute(),
    passkeyByCredential: (credentialId: string) =>
      db.selectFrom('staff_passkeys').selectAll().where('credential_id', '=', credentialId).executeTakeFirst(),
    insertPasskey: async (row: Insertable<StaffPasskeyTable>) => void (await db.insertInto('staff_passkeys').values(row).execute()),
    usePasskey: async (id: string, counter: number, at: string) =>
      void (await db.updateTable('staff_passkeys').set({ counter, last_used_at: at }).where('id', '=', id).execute()),
    async deletePasskey(staffId: string, id: string): Promise<boolean> {
      const result = await db.deleteFrom('staff_passkeys').where('staff_id', '=', staffId).where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    deletePasskeys: async (staffId: string) =>
      void (await db.deleteFrom('staff_passkeys').where('staff_id', '=', staffId).execute()),
  };
}

export type StaffRepository = ReturnType<typeof staffRepository>;
