/**
 * `jikim platform domains set --name NAME DOMAIN...` and `jikim platform domains list`: the host
 * names a platform answers for, which decide whose deletion requests reach its inbox (issue 14), on
 * the configured database; each change is audited. Names are checked before the database is opened.
 */
import { parseArgs } from 'node:util';
import { shown } from '@jikim/evidence';
import type * as Server from '@jikim/server';
import type { Config, PlatformDomains } from '@jikim/server';
import { UsageError, type Io } from './io.js';
import { onPlatformDb } from './platform-db.js';

export async function platformDomainsCommand(args: readonly string[], io: Io, config?: Config): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'set' && sub !== 'list') throw new UsageError(sub === undefined ? 'domains needs set or list' : shown`unknown subcommand domains ${sub}`);
  const { values, positionals } = parseArgs({ args: rest, options: { name: { type: 'string' } }, allowPositionals: true });
  if (sub === 'list' && (values.name !== undefined || positionals.length > 0)) throw new UsageError(values.name !== undefined ? '--name is for domains set only' : shown`unexpected argument ${positionals.at(-1) ?? ''}`);
  if (sub === 'set' && (values.name === undefined || values.name.trim() === '')) throw new UsageError('domains set needs --name');
  const server = await import('@jikim/server');
  // Checked before the database is opened: a usage error touches nothing.
  const domains = sub === 'set' ? checked(server, positionals) : [];
  return onPlatformDb(io, config, async ({ db, audit }) => {
    const admin = server.platformInboxAdmin({ db: db.kysely, audit });
    if (sub === 'list') {
      io.out(listing(await admin.list()));
      return 0;
    }
    const name = values.name ?? '';
    try {
      const changed = await admin.set(name, domains);
      io.out(changed.domains.length === 0
        ? shown`${changed.name} answers for no domain now: its inbox is empty.\n`
        : shown`${changed.name} answers for ${changed.domains.join(', ')} (and names under them): deletion requests for those addresses reach its inbox.\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof server.InboxAdminError)) throw error;
      io.err(shown`jikim platform: there is no platform named ${name} (jikim platform key create makes one)\n`);
      return 1;
    }
  });
}

/** The names as stored; a name that is not a host name is a usage error (exit 2, nothing opened). */
function checked(server: typeof Server, inputs: readonly string[]): string[] {
  try {
    return server.checkedDomains(inputs);
  } catch (error) {
    if (error instanceof server.InboxAdminError) throw new UsageError(`${error.message} (a host name such as example.com: no scheme, port or path)`);
    throw error;
  }
}

function listing(platforms: readonly PlatformDomains[]): string {
  if (platforms.length === 0) return 'No platforms yet (jikim platform key create).\n';
  // The platform's name last: its width on a terminal (Hangul) need not line anything up.
  const rows = platforms.map((p) => [p.platformId, p.domains.join(',') || '-', p.name]);
  const header = ['PLATFORM ID', 'DOMAINS', 'NAME'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows].map((r) => shown`${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()}`).join('\n') + '\n';
}
