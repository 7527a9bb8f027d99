import { loadConfig, migrate, serve } from '@jikim/server';

export async function serveCommand(): Promise<number> {
  await serve(loadConfig());
  return 0;
}

export async function migrateCommand(): Promise<number> {
  const applied = await migrate(loadConfig());
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Up to date.\n');
  return 0;
}
