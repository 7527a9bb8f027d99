import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
//
// The audit log: append-only and hash-chained. `audit_log_base` is the point the chain starts
// after (seq 0 and the zero hash until the first retention purge); rows at or below it are the
// only ones that may ever be deleted, and it may only advance to a row older than two years whose
// hash it copies. Triggers refuse every other UPDATE and DELETE on both dialects.

const ZERO_HASH = '0'.repeat(64);

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (col) => col.primaryKey())
    .addColumn('at', 'varchar(32)', (col) => col.notNull())
    .addColumn('actor_kind', 'varchar(16)', (col) => col.notNull())
    .addColumn('actor_id', 'varchar(200)')
    .addColumn('session_id', 'varchar(200)')
    .addColumn('action', 'varchar(64)', (col) => col.notNull())
    .addColumn('case_id', 'varchar(200)')
    .addColumn('subject_staff_id', 'varchar(200)')
    .addColumn('reason', 'text')
    .addColumn('detail', 'text', (col) => col.notNull())
    .addColumn('prev_hash', 'char(64)', (col) => col.notNull())
    .addColumn('hash', 'char(64)', (col) => col.notNull().unique())
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_case').on('audit_log').columns(['case_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'seq']).execute();

  await db.schema
    .createTable('audit_log_base')
    .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('hash', 'char(64)', (col) => col.notNull())
    .execute();
  await db.insertInto('audit_log_base' as never).values({ id: 1, seq: 0, hash: ZERO_HASH } as never).execute();

  const dialect = await detectDialect(db);
  if (dialect === 'postgres') await postgresTriggers(db);
  else await sqliteTriggers(db);
}

/** PostgreSQL names a schema for each table, SQLite none; a failed probe would abort PostgreSQL's transaction. */
async function detectDialect(db: Kysely<unknown>): Promise<'postgres' | 'sqlite'> {
  const tables = await db.introspection.getTables();
  return tables.some((table) => table.schema !== undefined) ? 'postgres' : 'sqlite';
}

async function sqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const twoYearsAgo = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-2 years')`;
  for (const statement of [
    `create trigger audit_log_no_update before update on audit_log
       begin select raise(abort, 'audit_log is append-only'); end`,
    `create trigger audit_log_no_delete before delete on audit_log
       when old.seq > (select seq from audit_log_base where id = 1)
       begin select raise(abort, 'audit_log is append-only'); end`,
    `create trigger audit_log_base_no_insert before insert on audit_log_base
       begin select raise(abort, 'audit_log_base has one row'); end`,
    `create trigger audit_log_base_no_delete before delete on audit_log_base
       begin select raise(abort, 'audit_log_base has one row'); end`,
    `create trigger audit_log_base_advance before update on audit_log_base
       when new.id <> old.id or new.seq <= old.seq
         or new.hash is not (select hash from audit_log where seq = new.seq)
         or (select at from audit_log where seq = new.seq) >= ${twoYearsAgo}
       begin select raise(abort, 'audit_log_base only advances to a row older than two years'); end`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

async function postgresTriggers(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    `create function audit_log_refuse() returns trigger language plpgsql as $$
     begin
       if tg_op = 'DELETE' and old.seq <= (select seq from audit_log_base where id = 1) then
         return old;
       end if;
       raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
     end $$`,
    `create trigger audit_log_no_change before update or delete on audit_log
       for each row execute function audit_log_refuse()`,
    `create function audit_log_refuse_truncate() returns trigger language plpgsql as $$
     begin
       raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
     end $$`,
    `create trigger audit_log_no_truncate before truncate on audit_log
       for each statement execute function audit_log_refuse_truncate()`,
    `create trigger audit_log_base_no_truncate before truncate on audit_log_base
       for each statement execute function audit_log_refuse_truncate()`,
    `create function audit_log_base_advance() returns trigger language plpgsql as $$
     declare
       target audit_log%rowtype;
     begin
       if tg_op <> 'UPDATE' then
         raise exception 'audit_log_base has one row' using errcode = 'insufficient_privilege';
       end if;
       select * into target from audit_log where seq = new.seq;
       if new.id <> old.id or new.seq <= old.seq or target.hash is distinct from new.hash
          or target.at >= to_char((now() at time zone 'utc') - interval '2 years', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') then
         raise exception 'audit_log_base only advances to a row older than two years'
           using errcode = 'insufficient_privilege';
       end if;
       return new;
     end $$`,
    `create trigger audit_log_base_guard before insert or update or delete on audit_log_base
       for each row execute function audit_log_base_advance()`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log_base').execute();
  await db.schema.dropTable('audit_log').execute();
  if ((await detectDialect(db)) === 'postgres') {
    await sql`drop function if exists audit_log_refuse, audit_log_refuse_truncate, audit_log_base_advance`.execute(db);
  }
}
