import type { Kysely } from 'kysely';

// Frozen: never import application code here.
//
// Staff accounts (decision 0015). Times are ISO-8601 UTC text, as elsewhere. A person's name and
// login name are personal data: sealed by the vault, the login name also kept as a keyed hash so a
// login can find its account. Secrets are stored only as hashes (set-up links, session tokens) or
// sealed (TOTP secrets).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('role', 'varchar(16)', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('name_sealed', 'text', (col) => col.notNull())
    .addColumn('login_hash', 'varchar(128)', (col) => col.unique())
    .addColumn('login_sealed', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('totp_secret_sealed', 'text')
    .addColumn('totp_last_step', 'integer')
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('activated_at', 'varchar(32)')
    .addColumn('deactivated_at', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('staff_setup_links')
    .addColumn('token_hash', 'char(64)', (col) => col.primaryKey())
    .addColumn('staff_id', 'varchar(36)', (col) => col.notNull().references('staff.id'))
    .addColumn('issued_by', 'varchar(36)')
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('expires_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('used_at', 'varchar(32)')
    .addColumn('totp_secret_sealed', 'text')
    .execute();
  await db.schema.createIndex('staff_setup_links_staff').on('staff_setup_links').column('staff_id').execute();

  await db.schema
    .createTable('staff_sessions')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('token_hash', 'char(64)', (col) => col.notNull().unique())
    .addColumn('staff_id', 'varchar(36)', (col) => col.notNull().references('staff.id'))
    .addColumn('stage', 'varchar(16)', (col) => col.notNull())
    .addColumn('second_factor', 'varchar(16)')
    .addColumn('challenge', 'varchar(128)')
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('last_seen_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('expires_at', 'varchar(32)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('staff_sessions_staff').on('staff_sessions').column('staff_id').execute();

  await db.schema
    .createTable('staff_passkeys')
    .addColumn('id', 'varchar(36)', (col) => col.primaryKey())
    .addColumn('staff_id', 'varchar(36)', (col) => col.notNull().references('staff.id'))
    .addColumn('credential_id', 'varchar(1400)', (col) => col.notNull().unique())
    .addColumn('public_key', 'text', (col) => col.notNull())
    .addColumn('counter', 'bigint', (col) => col.notNull())
    .addColumn('transports', 'varchar(200)', (col) => col.notNull())
    .addColumn('created_at', 'varchar(32)', (col) => col.notNull())
    .addColumn('last_used_at', 'varchar(32)')
    .execute();
  await db.schema.createIndex('staff_passkeys_staff').on('staff_passkeys').column('staff_id').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'varchar(200)', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('lockouts', 'integer', (col) => col.notNull())
    .addColumn('locked_until', 'varchar(32)')
    .addColumn('updated_at', 'varchar(32)', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  await db.schema.dropTable('staff_passkeys').execute();
  await db.schema.dropTable('staff_sessions').execute();
  await db.schema.dropTable('staff_setup_links').execute();
  await db.schema.dropTable('staff').execute();
}
