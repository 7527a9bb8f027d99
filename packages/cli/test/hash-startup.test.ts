/**
 * Issue 14: `jikim hash` starts fast by loading only what the command needs. Rather than timing
 * a start (bench/cli-hash.bench.ts does that), this checks what the installed command loads
 * (bin/jikim.js, the built code, in its own process): `--help` loads no image code at all; a photo
 * loads sharp, but never zod, the server or the video code.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-hash-startup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const bin = new URL('../bin/jikim.js', import.meta.url).pathname;
const preload = new URL('./record-loaded-modules.mjs', import.meta.url).pathname;

let runs = 0;
async function loadedBy(...args: string[]): Promise<{ out: string; modules: string[] }> {
  const list = path.join(dir, `loaded-${++runs}.txt`);
  const { stdout } = await run(process.execPath, ['--import', preload, bin, ...args], { env: { ...process.env, JIKIM_LOADED_MODULES: list } });
  const modules = [...new Set(fs.readFileSync(list, 'utf8').trim().split('\n'))].filter((url) => url.startsWith('file:'));
  return { out: stdout, modules: modules.map((url) => new URL(url).pathname) };
}
const loads = (modules: string[], part: string) => modules.some((file) => file.includes(part));

describe('what jikim hash loads', () => {
  it('--help: the command and its usage, no image, hash or evidence code', async () => {
    const { out, modules } = await loadedBy('hash', '--help');
    expect(out).toContain('Usage: jikim hash');
    expect(loads(modules, '/packages/cli/dist/commands/hash.js')).toBe(true);
    for (const heavy of ['/sharp/', '/zod/', '/packages/server/', '/packages/media/', '/packages/pdq/', '/packages/evidence/dist/index.js']) {
      expect(loads(modules, heavy), heavy).toBe(false);
    }
  });

  it('a photo: sharp, the hash and the image code; never zod, the server or the video code', async () => {
    const photo = path.join(dir, 'photo.png');
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } }).png().toFile(photo);
    const { out, modules } = await loadedBy('hash', photo);
    expect(out).toMatch(new RegExp(`^[0-9a-f]{64},\\d+,${photo}\\n$`));
    for (const needed of ['/sharp/', '/packages/media/dist/decode-image.js', '/packages/pdq/dist/pdq-hash.js']) {
      expect(loads(modules, needed), needed).toBe(true);
    }
    for (const heavy of ['/zod/', '/packages/server/', '/packages/media/dist/video-frames.js', '/packages/media/dist/index.js', '/packages/evidence/dist/index.js']) {
      expect(loads(modules, heavy), heavy).toBe(false);
    }
  });
});
