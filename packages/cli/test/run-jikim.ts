import { run } from '../src/index.js';

/** Runs the `jikim` command in-process and collects what it prints. */
export async function jikim(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}
