/**
 * `jikim platform key create|list|revoke`: the API keys platforms call the platform API with
 * (decision 0018), and `jikim platform feed …` (platform-feed.ts), on the configured database
 * (DATA_DIR or DATABASE_URL, as the server). A key is printed once and stored only as a hash;
 * making and revoking are audited. The server is loaded only once the arguments are known to be sound.
 */
import { parseArgs } from 'node:util';
import { shown } from '@jikim/evidence';
import type { Config, platformKeyInputSchema, PlatformKeySummary } from '@jikim/server';
import { UsageError, type Io } from './io.js';
import { onPlatformDb } from './platform-db.js';

export const PLATFORM_USAGE = `Usage: jikim platform key create --name NAME --scopes match,feed,feedback,curate [--per-minute N]
       jikim platform key list
       jikim platform key revoke KEY_ID
       jikim platform feed enable|disable BANK
       jikim platform feed list
       jikim platform domains set --name NAME DOMAIN...
       jikim platform domains list

  create   makes an API key for the platform NAME (made if new; another key for a platform that
           exists is a second key, for rotation) and prints it once: it is stored only as a hash.
           --scopes      one or more of: match (lookups), feed (delta feeds), feedback, curate
                         (the platform's own banks), inbox (deletion requests addressed to it),
                         separated by commas
           --per-minute  calls allowed per minute, in each server process (default 6000)
  list     every key: id, platform, scopes, limit, when made and revoked (never the key)
  revoke   revokes the key KEY_ID; running servers refuse it within 5 seconds
  feed     turns the delta feed (keys with the feed scope) on or off for the bank BANK, or lists
           every bank with its feed flag; the victims' banks are fed only when enabled here
  domains  the host names platform NAME answers for (set replaces the list; none empties it):
           deletion requests for an address on one of them, or under one (m.example.com under
           example.com), reach its inbox (keys with the inbox scope); list shows every platform
           with its domains
`;

export async function platformCommand(args: readonly string[], io: Io, config?: Config): Promise<number> {
  const [noun, sub, ...rest] = args;
  if (noun === undefined || noun === 'help' || noun === '--help' || noun === '-h') {
    io.out(PLATFORM_USAGE);
    return noun === undefined ? 2 : 0;
  }
  if (noun === 'feed') {
    const { platformFeedCommand } = await import('./platform-feed.js');
    return platformFeedCommand(sub === undefined ? [] : [sub, ...rest], io, config);
  }
  if (noun === 'domains') {
    const { platformDomainsCommand } = await import('./platform-domains.js');
    return platformDomainsCommand(sub === undefined ? [] : [sub, ...rest], io, config);
  }
  if (noun !== 'key') throw new UsageError(shown`unknown subcommand ${noun}`);
  if (sub !== 'create' && sub !== 'list' && sub !== 'revoke') throw new UsageError(sub === undefined ? 'key needs create, list or revoke' : shown`unknown subcommand key ${sub}`);
  const { values, positionals } = parseArgs({
    args: rest,
    options: { name: { type: 'string' }, scopes: { type: 'string' }, 'per-minute': { type: 'string' } },
    allowPositionals: true,
  });
  const options = Object.keys(values);
  if (sub !== 'create' && options.length > 0) throw new UsageError(`--${options[0] ?? ''} is for key create only`);
  if (positionals.length !== (sub === 'revoke' ? 1 : 0)) {
    throw new UsageError(sub === 'revoke' && positionals.length === 0 ? 'key revoke needs the id of the key' : shown`unexpected argument ${positionals.at(-1) ?? ''}`);
  }
  const server = await import('@jikim/server');
  // Checked before the database is opened: a usage error touches nothing.
  const input = sub === 'create' ? createInput(server.platformKeyInputSchema, values) : undefined;
  return onPlatformDb(io, config, async ({ db, audit }) => {
    const admin = server.platformKeyAdmin({ db: db.kysely, audit });
    if (input) {
      const created = await admin.create(input);
      io.out(
        shown`Platform key for ${created.platformName} (platform ${created.platformId})\n` +
          `Key id:     ${created.keyId}\nScopes:     ${created.scopes.join(', ')}\nPer minute: ${created.perMinute}\n\n${created.key}\n\n` +
          'This key is shown now and never again (only its hash is kept). Give it to the platform by a safe\n' +
          'route; anyone who holds it can call the platform API as this platform.\n',
      );
      return 0;
    }
    if (sub === 'list') {
      io.out(listing(await admin.list()));
      return 0;
    }
    try {
      const revoked = await admin.revoke(positionals[0] ?? '');
      io.out(shown`Revoked ${revoked.keyId} of ${revoked.platformName} at ${revoked.revokedAt ?? ''}; running servers refuse it within 5 seconds.\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof server.PlatformKeyError)) throw error;
      io.err(shown`jikim platform: there is no key with the id ${positionals[0] ?? ''}\n`);
      return 1;
    }
  });
}

function createInput(schema: typeof platformKeyInputSchema, values: { name?: string | undefined; scopes?: string | undefined; 'per-minute'?: string | undefined }) {
  if (values.name === undefined || values.scopes === undefined) throw new UsageError('key create needs --name and --scopes');
  const perMinute = values['per-minute'];
  if (perMinute !== undefined && !/^[0-9]{1,9}$/.test(perMinute)) throw new UsageError('--per-minute must be a whole number from 1 to 1000000');
  const parsed = schema.safeParse({
    name: values.name,
    scopes: values.scopes.split(',').map((s) => s.trim()),
    ...(perMinute === undefined ? {} : { perMinute: Number(perMinute) }),
  });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    if (issue.path[0] === 'scopes') return '--scopes must be one or more of match, feed, feedback, curate, inbox, separated by commas';
    if (issue.path[0] === 'perMinute') return '--per-minute must be a whole number from 1 to 1000000';
    return '--name must be 1 to 100 printable characters';
  });
  throw new UsageError([...new Set(problems)].join('; '));
}

function listing(keys: readonly PlatformKeySummary[]): string {
  if (keys.length === 0) return 'No platform keys yet (jikim platform key create).\n';
  // The platform's name last: its width on a terminal (Hangul) need not line anything up.
  const rows = keys.map((k) => [k.keyId, k.scopes.join(','), String(k.perMinute), k.createdAt, k.revokedAt ?? '-', k.platformName]);
  const header = ['KEY ID', 'SCOPES', 'PER MINUTE', 'CREATED', 'REVOKED', 'PLATFORM'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows].map((r) => shown`${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()}`).join('\n') + '\n';
}
