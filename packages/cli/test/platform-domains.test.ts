/**
 * `jikim platform domains set|list` through the CLI's `run`, configured by the environment
 * (DATA_DIR: a temporary SQLite database): names stored checked (lower case, punycode), the list
 * replaced and audited, an unknown platform (exit 1), and names that are not host names refused with
 * exit 2 before the database is touched. Also: `key create` takes the inbox scope.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jikim } from './run-jikim.js';
import { useTempDataDir } from './temp-data-dir.js';

describe('jikim platform domains', () => {
  const temp = useTempDataDir('jikim-domains-cli-');
  const inDb = temp.inDb;

  it('sets a platform’s domains (checked and written one way), replaces them, lists them, and audits each change', async () => {
    await temp.migrate();
    const created = await jikim('platform', 'key', 'create', '--name', 'Example Video', '--scopes', 'match,inbox');
    expect(created.code, created.err).toBe(0);
    expect(created.out).toContain('Scopes:     inbox, match');
    await jikim('platform', 'key', 'create', '--name', 'Other', '--scopes', 'match');

    const set = await jikim('platform', 'domains', 'set', '--name', 'Example Video', 'Example.COM', 'm.example.com', '예시.kr', 'example.com.');
    expect(set).toMatchObject({ code: 0, err: '' });
    expect(set.out).toBe('Example Video answers for example.com, m.example.com, xn--vv4b11d.kr (and names under them): deletion requests for those addresses reach its inbox.\n');
    const stored = await inDb((db) => db.kysely.selectFrom('platforms').select(['name', 'domains']).orderBy('name').execute());
    expect(stored).toEqual([{ name: 'Example Video', domains: '["example.com","m.example.com","xn--vv4b11d.kr"]' }, { name: 'Other', domains: '[]' }]);

    const listed = await jikim('platform', 'domains', 'list');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/^PLATFORM ID +DOMAINS +NAME\npf_\S+ +example\.com,m\.example\.com,xn--vv4b11d\.kr +Example Video\npf_\S+ +- +Other\n$/);

    expect((await jikim('platform', 'domains', 'set', '--name', 'Example Video', 'video.example')).code).toBe(0);
    const emptied = await jikim('platform', 'domains', 'set', '--name', 'Example Video');
    expect(emptied.out).toBe('Example Video answers for no domain now: its inbox is empty.\n');

    const audit = await inDb((db) => db.kysely.selectFrom('audit_log').select(['actor_kind', 'action', 'detail']).where('action', '=', 'platform.domains.set').orderBy('seq').execute());
    expect(audit.map((a) => [a.actor_kind, (JSON.parse(a.detail) as { domains: string }).domains])).toEqual([
      ['cli', 'example.com,m.example.com,xn--vv4b11d.kr'], ['cli', 'video.example'], ['cli', ''],
    ]);
  });

  it('says so for a platform that is not there (exit 1), changing nothing', async () => {
    await temp.migrate();
    const missing = await jikim('platform', 'domains', 'set', '--name', 'Nobody', 'example.com');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('there is no platform named Nobody');
    expect(await inDb((db) => db.kysely.selectFrom('audit_log').select('action').where('action', '=', 'platform.domains.set').execute())).toEqual([]);
  });

  it.each([
    [['domains'], /domains needs set or list/],
    [['domains', 'set', 'example.com'], /domains set needs --name/],
    [['domains', 'set', '--name', 'P', 'https://example.com'], /not a host name: https:\/\/example\.com/],
    [['domains', 'set', '--name', 'P', 'example.com/path'], /not a host name: example\.com\/path/],
    [['domains', 'set', '--name', 'P', 'example.com:8080'], /not a host name/],
    [['domains', 'set', '--name', 'P', 'localhost'], /not a host name: localhost/],
    [['domains', 'set', '--name', 'P', '10.0.0.1'], /not a host name: 10\.0\.0\.1/],
    [['domains', 'set', '--name', 'P', 'bad-.example'], /not a host name: bad-\.example/],
    [['domains', 'list', 'extra'], /unexpected argument extra/],
    [['domains', 'list', '--name', 'P'], /--name is for domains set only/],
    [['domains', 'clear'], /unknown subcommand domains clear/],
  ])('%j exits 2 saying why, before the database is touched', async (args, message) => {
    const result = await jikim('platform', ...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
    expect(fs.readdirSync(temp.dir)).toEqual([]);
  });
});
