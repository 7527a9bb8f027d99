// `npm start`: build whatever is not built yet, then migrate and serve.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = [
  'packages/guide/dist/index.js',
  'packages/contracts/dist/index.js',
  'packages/server/dist/index.js',
  'packages/cli/dist/index.js',
  'packages/web/dist/site/site-manifest.json',
];
if (outputs.some((file) => !existsSync(new URL(file, `file://${root}`)))) {
  process.stdout.write('Building Jikim (first run)...\n');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const { run } = await import('../packages/cli/dist/index.js');
process.exitCode = await run(['serve']);
