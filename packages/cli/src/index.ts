/** The `jikim` command. Each subcommand is one module; errors print a message, not a stack. */
import { shown } from '@jikim/evidence';
import { ConfigError } from '@jikim/server';
import { hashCommand, HASH_USAGE } from './commands/hash.js';
import { processIo, UsageError, type Io } from './commands/io.js';
import { migrateCommand, serveCommand } from './commands/serve.js';
import { verifyCommand, VERIFY_USAGE } from './commands/verify.js';

const USAGE = `Usage: jikim <command>

Commands:
  serve     apply migrations and serve Jikim (configured by environment variables; see README)
  migrate   apply pending database migrations and exit
  hash      PDQ hashes of image files (jikim hash --help)
  verify    check an evidence bundle (.zip) file by file (jikim verify --help)
  help      show this message
`;

export async function run(args: readonly string[], io: Io = processIo): Promise<number> {
  const [command = 'help', ...rest] = args;
  try {
    switch (command) {
      case 'serve':
        return await serveCommand();
      case 'migrate':
        return await migrateCommand();
      case 'hash':
        return await hashCommand(rest, io);
      case 'verify':
        return await verifyCommand(rest, io);
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
    if (error instanceof ConfigError) {
      io.err(`Invalid configuration:\n${error.problems.map((p) => shown`  - ${p}\n`).join('')}`);
      return 78;
    }
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      // parseArgs quotes the option it did not know: input, like the command's name.
      io.err(shown`jikim ${command}: ${error.message}\n\n` + (command === 'hash' ? HASH_USAGE : command === 'verify' ? VERIFY_USAGE : USAGE));
      return 2;
    }
    io.err(shown`jikim ${command} failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    return 1;
  }
}
