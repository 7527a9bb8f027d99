/**
 * `jikim platform feed enable|disable|list` through the CLI's `run`, configured by the environment
 * (DATA_DIR: a temporary SQLite database): the flag each changes, the listing, an audit row per
 * change, an unknown bank (exit 1), and usage errors that exit 2 before the database is touched.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jikim } from './run-jikim.js';
import { useTempDataDir } from './temp-data-dir.js';

describe('jikim platform feed', () => {
  const temp = useTempDataDir('jikim-feed-cli-');
  const inDb = temp.inDb;
  const flag = (bank: string) => inDb(async (db) => (await db.kysely.selectFrom('banks').select('feed_enabled').where('name', '=', bank).executeTakeFirstOrThrow()).feed_enabled);

  it('enables and disables a bank’s feed, lists the flags, and audits each change', async () => {
    await temp.migrate();
    const before = await jikim('platform', 'feed', 'list');
    expect(before.code).toBe(0);
    expect(before.out).toMatch(/^FEED +KIND +OWNER +BANK\noff +confirmed +victims +JIKIM_CONFIRMED\noff +unreviewed +victims +JIKIM_UNREVIEWED\n$/);

    const enabled = await jikim('platform', 'feed', 'enable', 'JIKIM_CONFIRMED');
    expect(enabled).toMatchObject({ code: 0, err: '' });
    expect(enabled.out).toContain('The feed now carries JIKIM_CONFIRMED');
    expect(Number(await flag('JIKIM_CONFIRMED'))).toBe(1);
    expect((await jikim('platform', 'feed', 'list')).out).toMatch(/\non +confirmed +victims +JIKIM_CONFIRMED\noff +unreviewed/);

    const disabled = await jikim('platform', 'feed', 'disable', 'JIKIM_CONFIRMED');
    expect(disabled.code).toBe(0);
    expect(disabled.out).toContain('no longer carries JIKIM_CONFIRMED');
    expect(Number(await flag('JIKIM_CONFIRMED'))).toBe(0);

    const audit = await inDb((db) => db.kysely.selectFrom('audit_log').select(['actor_kind', 'action', 'detail']).where('action', 'like', 'platform.feed.%').orderBy('seq').execute());
    expect(audit).toEqual([
      { actor_kind: 'cli', action: 'platform.feed.enable', detail: '{"bank":"JIKIM_CONFIRMED"}' },
      { actor_kind: 'cli', action: 'platform.feed.disable', detail: '{"bank":"JIKIM_CONFIRMED"}' },
    ]);
  });

  it('says so for a bank that is not there (exit 1), changing nothing', async () => {
    await temp.migrate();
    const missing = await jikim('platform', 'feed', 'enable', 'NO_SUCH_BANK');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('there is no bank named NO_SUCH_BANK');
    expect(await inDb((db) => db.kysely.selectFrom('audit_log').select('action').where('action', 'like', 'platform.feed.%').execute())).toEqual([]);
  });

  it.each([
    [['feed'], /feed needs enable, disable or list/],
    [['feed', 'enable'], /feed enable needs the name of a bank/],
    [['feed', 'list', 'extra'], /unexpected argument extra/],
    [['feed', 'disable', 'A', 'B'], /unexpected argument B/],
    [['feed', 'enable', '--all'], /unknown option --all/],
    [['feed', 'toggle', 'A'], /unknown subcommand feed toggle/],
  ])('%j exits 2 saying why, before the database is touched', async (args, message) => {
    const result = await jikim('platform', ...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
    expect(fs.readdirSync(temp.dir)).toEqual([]);
  });
});
