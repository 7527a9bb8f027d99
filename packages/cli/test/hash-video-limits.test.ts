/**
 * Issue 10: `jikim hash --video` on a 200 KB MP4 of 8192 × 8192 frames used to decode them
 * (a gigabyte of memory, tens of seconds); it is now refused from the header with a clear error,
 * and the command's own memory stays small. Skipped without ffmpeg.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const HAVE_FFMPEG = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
const run = promisify(execFile);
const bin = new URL('../bin/jikim.js', import.meta.url).pathname;
const preload = new URL('./report-peak-memory.mjs', import.meta.url).pathname;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-hash-video-limits-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!HAVE_FFMPEG)('jikim hash --video limits', () => {
  it('refuses an 8192 × 8192 video before decoding it, in little memory', async () => {
    const video = path.join(dir, 'huge.mp4');
    execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=blue:s=8192x8192:r=1', '-frames:v', '3',
      '-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-threads', '1', '-pix_fmt', 'yuv420p', video]);
    expect(fs.statSync(video).size).toBeLessThan(300_000);
    const result = await run(process.execPath, ['--import', preload, bin, 'hash', '--video', video]).then(
      () => { throw new Error('hashed'); },
      (error: unknown) => error as { code: number; stdout: string; stderr: string },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`jikim: could not hash the video "${video}": The video's frames have 8192×8192 pixels; the limit is 64000000`);
    const peak = Number(/peak-rss-bytes=(\d+)/u.exec(result.stderr)?.[1]);
    console.log(`jikim hash --video of 8192 × 8192: peak ${(peak / 2 ** 20).toFixed(0)} MB`);
    expect(peak).toBeLessThan(200 * 2 ** 20);
  }, 120_000);
});
