// Preloaded (node --import) by hash-startup.test.ts: appends to the file named by JIKIM_LOADED_MODULES
// every module the command loads — ES modules as they are resolved (this same file, registered as the
// loader's resolve hook, which runs on the loader's own thread) and CommonJS files from require's
// cache as the process exits — so a test can tell what `jikim hash` loaded without timing anything.
import fs from 'node:fs';
import { createRequire, register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

let out = process.env.JIKIM_LOADED_MODULES ?? '';

export function initialize(data) {
  out = data.out;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  fs.appendFileSync(out, `${resolved.url}\n`);
  return resolved;
}

if (isMainThread && out) {
  register(import.meta.url, { data: { out } });
  process.on('exit', () => {
    const cjs = Object.keys(createRequire(import.meta.url).cache).map((file) => `file://${file}`);
    fs.appendFileSync(out, cjs.map((url) => `${url}\n`).join(''));
  });
}
