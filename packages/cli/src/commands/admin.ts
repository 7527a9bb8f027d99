/**
 * `jikim admin invite --role admin|counsellor|auditor --name NAME`: prints a one-time set-up link
 * (valid 24 hours). Only someone with a shell on the server can run it: it makes the first admin,
 * and brings back an admin who lost their second factor when no other admin can re-issue a link.
 */
import { parseArgs } from 'node:util';
import { shown } from '@jikim/evidence';
import { inviteOnServer, loadConfig, type Config } from '@jikim/server';
import { UsageError, type Io } from './io.js';

export const ADMIN_USAGE = `Usage: jikim admin invite --role admin|counsellor|auditor --name NAME

  invite   makes an account and prints its one-time set-up link (valid 24 hours, works once).
           Give the link to the person in a safe way; they choose a login name and password and
           add an authenticator app. The link is built from PUBLIC_URL.
           Lost a second factor? An admin re-issues a link in the console (People); the last
           admin runs this command on the server instead.
`;

const ROLES = ['admin', 'counsellor', 'auditor'] as const;
const isRole = (value: string): value is (typeof ROLES)[number] => (ROLES as readonly string[]).includes(value);

export async function adminCommand(args: readonly string[], io: Io, config: Config = loadConfig()): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
    io.out(ADMIN_USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'invite') throw new UsageError(shown`unknown subcommand ${sub}`);
  const { values, positionals } = parseArgs({
    args: [...rest],
    options: { role: { type: 'string' }, name: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(shown`unexpected argument ${positionals[0] ?? ''}`);
  const role = values.role ?? '';
  if (!isRole(role)) throw new UsageError('--role must be admin, counsellor or auditor');
  const name = (values.name ?? '').normalize('NFC').trim();
  if (name.length === 0 || name.length > 100) throw new UsageError('--name must be 1 to 100 characters');
  const issued = await inviteOnServer(config, { role, name }, (line) => io.err(line));
  io.out(`Set-up link for a new ${role} (works once, until ${issued.expiresAt}):\n${issued.link}\nIn English: ${issued.englishLink}\n`);
  return 0;
}
