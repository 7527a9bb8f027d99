/**
 * `jikim platform feed enable|disable BANK` and `jikim platform feed list`: which banks the delta feed
 * for trusted partners carries (issue 14), on the configured database; each change is audited.
 */
import { shown } from '@jikim/evidence';
import type { Config, FeedBankSummary } from '@jikim/server';
import { UsageError, type Io } from './io.js';
import { onPlatformDb } from './platform-db.js';

export async function platformFeedCommand(args: readonly string[], io: Io, config?: Config): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'enable' && sub !== 'disable' && sub !== 'list') throw new UsageError(sub === undefined ? 'feed needs enable, disable or list' : shown`unknown subcommand feed ${sub}`);
  const wanted = sub === 'list' ? 0 : 1;
  if (rest.some((arg) => arg.startsWith('-'))) throw new UsageError(shown`unknown option ${rest.find((arg) => arg.startsWith('-')) ?? ''}`);
  if (rest.length !== wanted) throw new UsageError(rest.length < wanted ? `feed ${sub} needs the name of a bank` : shown`unexpected argument ${rest.at(-1) ?? ''}`);
  return onPlatformDb(io, config, async ({ server, db, audit }) => {
    const admin = server.platformFeedAdmin({ db: db.kysely, audit });
    if (sub === 'list') {
      io.out(listing(await admin.list()));
      return 0;
    }
    const bank = rest[0] ?? '';
    try {
      const changed = await admin.set(bank, sub === 'enable');
      io.out(changed.feedEnabled
        ? shown`The feed now carries ${changed.name}: partners get its contents on their next full sync (one already following deltas resyncs to get what it held before).\n`
        : shown`The feed no longer carries ${changed.name}: partners stop receiving its changes and drop it on their next resync.\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof server.FeedAdminError)) throw error;
      io.err(shown`jikim platform: there is no bank named ${bank}\n`);
      return 1;
    }
  });
}

function listing(banks: readonly FeedBankSummary[]): string {
  const rows = banks.map((b) => [b.feedEnabled ? 'on' : 'off', b.kind, b.owner, b.name]);
  const header = ['FEED', 'KIND', 'OWNER', 'BANK'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows].map((r) => shown`${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()}`).join('\n') + '\n';
}
