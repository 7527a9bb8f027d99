/**
 * The `jikim` command. Each subcommand is one module, loaded only when it runs (`jikim verify`
 * need not load the server, its database drivers or sharp: its memory is the bundle's); errors
 * print a message, not a stack.
 */
import { shown } from '@jikim/evidence/display-text';
import { processIo, UsageError, type Io } from './commands/io.js';

const USAGE = `Usage: jikim <command>

Commands:
  serve     apply migrations and serve Jikim (configured by environment variables; see README)
  migrate   apply pending database migrations and exit
  hash      PDQ hashes of image files (jikim hash --help)
  verify    check an evidence bundle (.zip) file by file (jikim verify --help)
  audit     check the audit log's chain and anchors, or anchor it now (jikim audit --help)
  admin     invite a staff member: prints a one-time set-up link (jikim admin --help)
  key       make the master key, or rotate it (jikim key --help)
  stats     the figures for a period: cases, deletion requests, days to removal (jikim stats --help)
  platform  API keys of platforms (create: printed once; list; revoke), their banks' feeds and their inbox's domains (jikim platform --help)
  help      show this message
`;

export async function run(args: readonly string[], io: Io = processIo): Promise<number> {
  const [command = 'help', ...rest] = args;
  try {
    switch (command) {
      case 'serve':
        return await (await import('./commands/serve.js')).serveCommand();
      case 'migrate':
        return await (await import('./commands/serve.js')).migrateCommand();
      case 'hash':
        return await (await import('./commands/hash.js')).hashCommand(rest, io);
      case 'verify':
        return await (await import('./commands/verify.js')).verifyCommand(rest, io);
      case 'audit':
        return await (await import('./commands/audit.js')).auditCommand(rest, io);
      case 'admin':
        return await (await import('./commands/admin.js')).adminCommand(rest, io);
      case 'key':
        return await (await import('./commands/key.js')).keyCommand(rest, io);
      case 'stats':
        return await (await import('./commands/stats.js')).statsCommand(rest, io);
      case 'platform':
        return await (await import('./commands/platform.js')).platformCommand(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return 0;
      default:
        io.err(shown`Unknown command: ${command}\n\n` + USAGE);
        return 2;
    }
  } catch (error) {
    const server = command === 'serve' || command === 'migrate' || command === 'audit' || command === 'key' || command === 'admin' || command === 'stats' || command === 'platform' ? await import('@jikim/server') : undefined;
    if (server && error instanceof server.ConfigError) {
      io.err(`Invalid configuration:\n${error.problems.map((p) => shown`  - ${p}\n`).join('')}`);
      return 78;
    }
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      // parseArgs quotes the option it did not know: input, like the command's name.
      const usage = command === 'hash' ? (await import('./commands/hash.js')).HASH_USAGE : command === 'verify' ? (await import('./commands/verify.js')).VERIFY_USAGE : command === 'audit' ? (await import('./commands/audit.js')).AUDIT_USAGE : command === 'key' ? (await import('./commands/key.js')).KEY_USAGE : command === 'admin' ? (await import('./commands/admin.js')).ADMIN_USAGE : command === 'stats' ? (await import('./commands/stats.js')).STATS_USAGE : command === 'platform' ? (await import('./commands/platform.js')).PLATFORM_USAGE : USAGE;
      io.err(shown`jikim ${command}: ${error.message}\n\n` + usage);
      return 2;
    }
    io.err(shown`jikim ${command} failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    return 1;
  }
}
