import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Facts about this installation (not about any person). */
export function appMetaRepository(db: Kysely<Database>) {
  return {
    async get(key: string): Promise<string | undefined> {
      const row = await db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst();
      return row?.value;
    },
    /** Sets the value only if the key has none yet; returns the value now stored. */
    async setOnce(key: string, value: string): Promise<string> {
      await db.insertInto('app_meta').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
      return (await this.get(key)) ?? value;
    },
  };
}
