/**
 * Issue 10: a video is refused from its header, before anything is decoded, when its frames are
 * over the image pixel limit (64 megapixels) or when it would give more frames to hash than
 * maxFrames (7,200 by default: two hours at 1 frame a second); a header that says less than the
 * stream holds is caught while decoding. "Before decoding" is shown by naming an ffmpeg that does
 * not exist: the refusal comes first. Skipped without ffmpeg (a failure on CI).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_PIXELS } from './decode-image.js';
import { hashVideoFile } from './hash-video-file.js';
import { DEFAULT_MAX_VIDEO_FRAMES, expectedFrames, readVideoFrames } from './video-frames.js';
import { VideoDecodeError } from './video-tools.js';

const runs = (program: string) => spawnSync(program, ['-version'], { stdio: 'ignore' }).status === 0;
const HAVE_FFMPEG = runs('ffmpeg') && runs('ffprobe');
if (!HAVE_FFMPEG) {
  if (process.env.CI === 'true') throw new Error('ffmpeg/ffprobe are required under CI=true');
  console.warn('\n*** SKIPPING the video limit tests: ffmpeg/ffprobe are not installed ***\n');
}

const NO_FFMPEG = '/nonexistent/ffmpeg';

async function failure(promise: Promise<unknown>): Promise<VideoDecodeError> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(VideoDecodeError);
  return error as VideoDecodeError;
}

describe('expectedFrames', () => {
  it('counts the frames sampling keeps, from the frame count or else the duration', () => {
    expect(expectedFrames({ frameCount: 200, durationSeconds: 20, frameRate: 10 }, 10)).toBe(20);
    expect(expectedFrames({ frameCount: 201, durationSeconds: 20, frameRate: 10 }, 10)).toBe(21);
    expect(expectedFrames({ frameCount: undefined, durationSeconds: 10_800, frameRate: 1 }, 1)).toBe(10_800);
    expect(expectedFrames({ frameCount: undefined, durationSeconds: undefined, frameRate: 25 }, 1)).toBeUndefined();
    expect(DEFAULT_MAX_VIDEO_FRAMES).toBe(7200);
    expect(DEFAULT_MAX_PIXELS).toBe(64_000_000);
  });
});

describe.skipIf(!HAVE_FFMPEG)('video limits', () => {
  let dir = '';
  const file = (name: string) => path.join(dir, name);
  const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...args]);

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-video-limits-'));
    // Two frames of one colour at 8192 × 8192 (67 megapixels): about 200 KB of H.264.
    ffmpeg('-f', 'lavfi', '-i', 'color=c=blue:s=8192x8192:r=1', '-frames:v', '2', '-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-threads', '1', '-pix_fmt', 'yuv420p', file('huge.mp4'));
    // 20 s at 10 frames a second: 200 frames.
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10', '-t', '20', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', file('short.mp4'));
    // Three hours at 1 frame a second, 16 × 16: 10,800 frames at the default 1 fps.
    ffmpeg('-f', 'lavfi', '-i', 'color=c=red:s=16x16:r=1', '-t', '10800', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', file('three-hours.mp4'));
    // One second at 64 × 48, then three frames at 8192 × 8192 in the same stream.
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10', '-t', '1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', file('small.ts'));
    ffmpeg('-f', 'lavfi', '-i', 'color=c=blue:s=8192x8192:r=10', '-frames:v', '3', '-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-threads', '1', '-pix_fmt', 'yuv420p', '-output_ts_offset', '1', file('large.ts'));
    fs.writeFileSync(file('grows.ts'), Buffer.concat([fs.readFileSync(file('small.ts')), fs.readFileSync(file('large.ts'))]));
    // A raw H.264 stream: its header says neither how long it is nor how many frames it has.
    ffmpeg('-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10', '-t', '3', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', file('raw.h264'));
  }, 120_000);
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses 8192 × 8192 frames from the header, before decoding', async () => {
    const refused = await failure(hashVideoFile(file('huge.mp4')));
    expect(refused.code).toBe('too_many_pixels');
    expect(refused.message).toBe('The video\'s frames have 8192×8192 pixels; the limit is 64000000');
    // With no ffmpeg to decode with, the answer is the same: nothing was decoded.
    expect((await failure(hashVideoFile(file('huge.mp4'), { ffmpegPath: NO_FFMPEG }))).code).toBe('too_many_pixels');
    expect((await failure(hashVideoFile(file('huge.mp4'), { fps: 'all', orientation: 'apply', ffmpegPath: NO_FFMPEG }))).code).toBe('too_many_pixels');
  });

  it('has the decoder refuse frames over the limit that the header did not announce', async () => {
    // Its header (the first frames) says 64 × 48; three 8192 × 8192 frames follow.
    const refused = await failure(hashVideoFile(file('grows.ts'), { fps: 'all' }));
    expect(refused.code).toBe('too_many_pixels');
    expect(refused.message).toBe('The video has frames larger than its header says, over the limit of 64000000 pixels');
    // Never decoded: only the ten small frames came out before the refusal.
    const seen: number[] = [];
    await failure((async () => {
      for await (const frame of readVideoFrames(file('grows.ts'))) seen.push(frame.frameNumber);
    })());
    expect(seen).toEqual([...Array(10).keys()]);
  });

  it('refuses a video that would give more frames than the limit, before decoding', async () => {
    const all = await failure(hashVideoFile(file('short.mp4'), { fps: 'all', maxFrames: 199, ffmpegPath: NO_FFMPEG }));
    expect(all.code).toBe('too_many_frames');
    expect(all.message).toBe('The video (20 s long) would give 200 frames at every frame; the limit is 199: take fewer frames a second');
    expect(await hashVideoFile(file('short.mp4'), { fps: 1, maxFrames: 20 })).toHaveLength(20);
  });

  it('refuses three hours at the default 1 frame a second (more than 7,200 frames), before decoding', async () => {
    const refused = await failure(hashVideoFile(file('three-hours.mp4'), { ffmpegPath: NO_FFMPEG }));
    expect(refused.code).toBe('too_many_frames');
    expect(refused.message).toBe('The video (10800 s long) would give 10800 frames at 1 frame a second; the limit is 7200: take fewer frames a second');
    // A tenth of a frame a second fits: 1,080 frames.
    expect(await failure(hashVideoFile(file('three-hours.mp4'), { fps: 0.1, ffmpegPath: NO_FFMPEG }))).toMatchObject({ code: 'ffmpeg_missing' });
  });

  it('stops a stream that gives more frames than allowed when its header does not say', async () => {
    const refused = await failure(hashVideoFile(file('raw.h264'), { fps: 'all', maxFrames: 5 }));
    expect(refused.code).toBe('too_many_frames');
    expect(refused.message).toMatch(/more than 5 frames/u);
    expect(await hashVideoFile(file('raw.h264'), { fps: 'all', maxFrames: 30 })).toHaveLength(30);
  });
});
