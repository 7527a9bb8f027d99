/**
 * `jikim platform key create|list|revoke` through the CLI's `run`, configured by the environment
 * (DATA_DIR: a temporary SQLite database): the key printed once and stored as a hash, the listing
 * without it, revocation, audit rows, and usage errors that exit 2 before the database is touched.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { platformKeysRepository } from '../../server/src/platform/keys/platform-keys.repository.js';
import { jikim } from './run-jikim.js';
import { useTempDataDir } from './temp-data-dir.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('jikim platform key', () => {
  const temp = useTempDataDir('jikim-platform-cli-');
  const inDb = temp.inDb;

  it('prints a key once, lists it without key material, revokes it, and audits both', async () => {
    await temp.migrate();
    const created = await jikim('platform', 'key', 'create', '--name', 'Example Video', '--scopes', 'match, feed,curate', '--per-minute', '600');
    expect(created).toMatchObject({ code: 0, err: '' });
    const key = /^(jk_[A-Za-z0-9_-]{43})$/m.exec(created.out)?.[1] ?? '';
    const keyId = /^Key id: +(pk_\S+)$/m.exec(created.out)?.[1] ?? '';
    expect(key).not.toBe('');
    expect(created.out.split(key)).toHaveLength(2);
    expect(created.out).toMatch(/^Platform key for Example Video \(platform pf_\S+\)\n/);
    expect(created.out).toContain('Scopes:     curate, feed, match\nPer minute: 600\n');
    expect(created.out).toContain('shown now and never again');

    const stored = await inDb((db) => db.kysely.selectFrom('platform_keys').select(['id', 'key_hash', 'scopes', 'per_minute']).execute());
    expect(stored).toEqual([{ id: keyId, key_hash: sha256(key), scopes: 'curate,feed,match', per_minute: 600 }]);
    expect((await inDb((db) => platformKeysRepository(db.kysely).verify(key)))?.keyId).toBe(keyId);

    const listed = await jikim('platform', 'key', 'list');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(new RegExp(`^KEY ID +SCOPES +PER MINUTE +CREATED +REVOKED +PLATFORM\\n${keyId} +curate,feed,match +600 +\\S+ +- +Example Video\\n$`));
    expect(listed.out).not.toContain(key.slice(3));
    expect(listed.out).not.toContain(sha256(key));

    const revoked = await jikim('platform', 'key', 'revoke', keyId);
    expect(revoked).toMatchObject({ code: 0, err: '' });
    expect(revoked.out).toMatch(new RegExp(`^Revoked ${keyId} of Example Video at \\S+; running servers refuse it within 5 seconds\\.\\n$`));
    expect(await inDb((db) => platformKeysRepository(db.kysely).verify(key))).toBeNull();
    expect((await jikim('platform', 'key', 'list')).out).not.toMatch(/ - +Example Video/);

    const unknown = await jikim('platform', 'key', 'revoke', 'pk_nonesuch');
    expect(unknown).toEqual({ code: 1, out: '', err: 'jikim platform: there is no key with the id pk_nonesuch\n' });

    const audit = await inDb((db) => db.kysely.selectFrom('audit_log').select(['actor_kind', 'action', 'detail']).orderBy('seq').execute());
    expect(audit.map((r) => [r.actor_kind, r.action])).toEqual([['cli', 'platform.key.create'], ['cli', 'platform.key.revoke']]);
    expect(audit[0]?.detail).toContain(keyId);
    expect(JSON.stringify(audit)).not.toContain(key.slice(3));
  });

  it('says when the database is not migrated', async () => {
    const result = await jikim('platform', 'key', 'list');
    expect(result).toMatchObject({ code: 1, out: '' });
    expect(result.err).toMatch(/run `jikim migrate` first/);
  });

  it.each([
    [['key', 'create', '--name', 'P', '--scopes', 'match,admin'], /--scopes must be one or more of match, feed, feedback, curate/],
    [['key', 'create', '--name', 'P', '--scopes', ''], /--scopes must be one or more/],
    [['key', 'create', '--scopes', 'match'], /key create needs --name and --scopes/],
    [['key', 'create', '--name', ' ', '--scopes', 'match'], /--name must be 1 to 100 printable characters/],
    [['key', 'create', '--name', 'P', '--scopes', 'match', '--per-minute', '1e3'], /--per-minute must be a whole number/],
    [['key', 'create', '--name', 'P', '--scopes', 'match', '--per-minute', '0'], /--per-minute must be a whole number/],
    [['key', 'create', '--name', 'P', '--scopes', 'match', '--admin'], /Unknown option '--admin'/],
    [['key', 'list', '--name', 'P'], /--name is for key create only/],
    [['key', 'list', 'extra'], /unexpected argument extra/],
    [['key', 'revoke'], /key revoke needs the id of the key/],
    [['key', 'rotate'], /unknown subcommand key rotate/],
    [['keys'], /unknown subcommand keys/],
  ])('%j exits 2 saying why, with the usage', async (args, message) => {
    const result = await jikim('platform', ...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('Usage: jikim platform key create --name NAME --scopes');
    expect(result.out).toBe('');
    expect(fs.readdirSync(temp.dir)).toEqual([]);
  });

  it('shows its usage', async () => {
    expect((await jikim('platform')).code).toBe(2);
    const help = await jikim('platform', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: jikim platform key create/);
    expect((await jikim('help')).out).toMatch(/^ {2}platform {2}API keys of platforms/m);
  });
});
