/** The `jikim` command. Each subcommand is one function; errors print a message, not a stack. */
import { ConfigError, loadConfig, migrate, serve } from '@jikim/server';

const USAGE = `Usage: jikim <command>

Commands:
  serve     apply migrations and serve Jikim (configured by environment variables; see README)
  migrate   apply pending database migrations and exit
  help      show this message
`;

export async function run(args: readonly string[]): Promise<number> {
  const [command = 'help'] = args;
  try {
    switch (command) {
      case 'serve':
        await serve(loadConfig());
        return 0;
      case 'migrate': {
        const applied = await migrate(loadConfig());
        process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Up to date.\n');
        return 0;
      }
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return 0;
      default:
        process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 78;
    }
    process.stderr.write(`jikim ${command} failed: ${error instanceof Error ? error.message : 'unknown error'}\n`);
    return 1;
  }
}
