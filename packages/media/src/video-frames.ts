/**
 * Decodes a video's frames to RGB pixels with the ffmpeg and ffprobe programs, one frame at a time.
 *
 * What Meta's vPDQ reference does, and so what this does by default (facebook/ThreatExchange,
 * `vpdq/cpp/vpdq/cpp/hashing/ffmpegwrapper.cpp`, `filehasher.cpp`, `hasher.h`, `pdqbufferhasher.cpp`):
 * - the first video stream, decoded frame by frame; frame numbers count decoded frames from 0 and a
 *   frame's timestamp is frameNumber / frame rate (avg_frame_rate, else r_frame_rate), not its pts;
 * - each frame converted to RGB24 at the stream's own width × height: no scaling, unless the caller
 *   asks for a downsample size (the `-128x128` sample hashes). The PDQ step then hashes the full
 *   frame: the vPDQ buffer hasher does not apply the photo hasher's 512 × 512 resize;
 * - rotation metadata and the sample aspect ratio are ignored: pixels as stored;
 * - sampling: "seconds per hash" s keeps the frames whose number is a multiple of
 *   floor(s × frame rate) (at least 1). 1 fps on a 30 fps video keeps frames 0, 30, 60, …
 *
 * ffmpeg writes the frames as packed rgb24 to a pipe; they are read in exact frame-size chunks with
 * the pipe's back-pressure, so memory holds about one frame whatever the video's length. No shell
 * is involved: the programs get an argument array, and the file is named as `file:/absolute/path`
 * so no name (`-x.mp4`, `http:…`, `concat:…`) is read as an option or another protocol.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import type { PixelImage } from '@jikim/pdq';
import { DEFAULT_MAX_PIXELS } from './limits.js';
import { probeVideo, type VideoInfo } from './video-probe.js';
import { fileArgument, lastLine, toolMissing, VideoDecodeError, type VideoToolOptions } from './video-tools.js';

export interface ReadVideoFramesOptions extends VideoToolOptions {
  /** Frames per second to keep, as the reference's 1 / secondsPerHash; undefined = every frame. */
  readonly fps?: number;
  /**
   * Scale frames down (area averaging, aspect kept) so neither side exceeds this. Undefined (the
   * default, as the reference) = the video's own size. Hashes then differ from other vPDQ users'.
   */
  readonly maxDimension?: number;
  /**
   * 'ignore' (default) hashes the frames as stored, as the reference does, so hashes agree with
   * other vPDQ users; 'apply' turns them upright by the stream's rotation metadata first.
   */
  readonly orientation?: 'ignore' | 'apply';
  /**
   * Most pixels a frame may have (default DEFAULT_MAX_PIXELS, 64 megapixels, as for images): a
   * video whose frames are larger is refused from its header, before anything is decoded, and the
   * decoder refuses any larger frame met later (a stream that grows midway).
   */
  readonly maxPixels?: number;
  /**
   * Most frames to yield (default DEFAULT_MAX_VIDEO_FRAMES): a video whose header says it would
   * give more (its length × fps) is refused before decoding; one whose header says less than it
   * holds is stopped when it gives one more.
   */
  readonly maxFrames?: number;
}

/**
 * 7,200 frames: two hours of video at the usual 1 frame a second (four minutes at 30 fps with
 * every frame). Each frame is decoded, turned into RGB and hashed at its full size, so this bounds
 * the work of one video: a longer one is refused with a clear error rather than taking hours.
 */
export const DEFAULT_MAX_VIDEO_FRAMES = 7200;

export interface VideoFrame {
  /** Index among all decoded frames, from 0 (with sampling: multiples of the sampling step). */
  readonly frameNumber: number;
  /** frameNumber / frame rate, as the reference. */
  readonly timestampSeconds: number;
  readonly image: PixelImage;
}

/** The reference's sampling step: floor(secondsPerHash × frame rate), at least 1. */
export function samplingStep(frameRate: number, fps: number | undefined): number {
  if (fps === undefined) return 1;
  if (!(Number.isFinite(fps) && fps > 0)) throw new RangeError(`fps must be a positive number; got ${fps}`);
  // The small epsilon keeps e.g. 30 / 3 from flooring to 9 through rounding.
  return Math.max(1, Math.floor(frameRate / fps + 1e-9));
}

/** Output size when frames must fit in maxDimension × maxDimension, aspect kept. */
export function fitSize(width: number, height: number, maxDimension: number | undefined): { width: number; height: number } {
  if (maxDimension === undefined) return { width, height };
  if (!(Number.isInteger(maxDimension) && maxDimension >= 1)) {
    throw new RangeError(`maxDimension must be a whole number ≥ 1; got ${maxDimension}`);
  }
  if (width <= maxDimension && height <= maxDimension) return { width, height };
  const scale = maxDimension / Math.max(width, height);
  return {
    width: Math.min(maxDimension, Math.max(1, Math.round(width * scale))),
    height: Math.min(maxDimension, Math.max(1, Math.round(height * scale))),
  };
}

interface Running {
  readonly child: ChildProcess;
  readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null; error: NodeJS.ErrnoException | undefined }>;
  readonly stderr: () => string;
}

function start(program: string, args: readonly string[], stdin: 'ignore' | Readable, signal: AbortSignal | undefined): Running {
  const child = spawn(program, args, { stdio: [stdin, 'pipe', 'pipe'], ...(signal ? { signal } : {}) });
  let stderr = '';
  let error: NodeJS.ErrnoException | undefined;
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (s: string) => {
    if (stderr.length < 16_384) stderr += s;
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error: NodeJS.ErrnoException | undefined }>(
    (resolve) => {
      child.on('error', (e: NodeJS.ErrnoException) => {
        error ??= e;
        // A process that never started emits no 'close'.
        if (child.pid === undefined) resolve({ code: null, signal: null, error });
      });
      child.on('close', (code, sig) => resolve({ code, signal: sig, error }));
    },
  );
  return { child, closed, stderr: () => stderr };
}

async function stop(running: Running): Promise<void> {
  const { child } = running;
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await running.closed;
}

async function failure(program: string, running: Running, what: string): Promise<Error | undefined> {
  const { code, signal, error } = await running.closed;
  if (error) return toolMissing(program, error) ?? error;
  if (code === 0) return undefined;
  const detail = lastLine(running.stderr());
  return new VideoDecodeError(
    'decode_failed',
    `ffmpeg could not ${what} (${signal ? `signal ${signal}` : `exit code ${String(code)}`})${detail ? `: ${detail}` : ''}`,
  );
}

/** How many frames the header says sampling will give, if it says how long the video is. */
export function expectedFrames(info: Pick<VideoInfo, 'frameCount' | 'durationSeconds' | 'frameRate'>, step: number): number | undefined {
  const decoded = info.frameCount ?? (info.durationSeconds !== undefined ? Math.ceil(info.durationSeconds * info.frameRate - 1e-9) : undefined);
  return decoded === undefined ? undefined : Math.ceil(decoded / step);
}

const describeFps = (fps: number | undefined) => (fps === undefined ? 'every frame' : `${fps} frame${fps === 1 ? '' : 's'} a second`);

/** Refuses, before anything is decoded, a video whose frames are too large or too many. */
function checkLimits(info: VideoInfo, step: number, options: ReadVideoFramesOptions): { maxPixels: number; maxFrames: number } {
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const maxFrames = options.maxFrames ?? DEFAULT_MAX_VIDEO_FRAMES;
  if (info.width * info.height > maxPixels) {
    throw new VideoDecodeError('too_many_pixels', `The video's frames have ${info.width}×${info.height} pixels; the limit is ${maxPixels}`);
  }
  const frames = expectedFrames(info, step);
  if (frames !== undefined && frames > maxFrames) {
    const length = info.durationSeconds !== undefined ? ` (${Math.round(info.durationSeconds)} s long)` : '';
    throw new VideoDecodeError('too_many_frames', `The video${length} would give ${frames} frames at ${describeFps(options.fps)}; the limit is ${maxFrames}: take fewer frames a second`);
  }
  return { maxPixels, maxFrames };
}

/**
 * Yields the video's frames (all, or sampled at `fps`) as RGB pixels, in order. Breaking out of
 * the loop, an error, or an abort stops ffmpeg. Rejects with a VideoDecodeError when ffmpeg or
 * ffprobe is missing, the file is not a video, or it has no video stream.
 *
 * Two ffmpeg processes, piped one into the other: the first decodes (with all its CPU
 * optimisations) and selects frames, passing them on in the decoder's own pixel format; the second
 * converts them to RGB24 with `-cpuflags 0`, i.e. libswscale's portable C code with SWS_AREA. The
 * x86 SIMD converters of the usual ffmpeg builds round differently from the C code; with the C code
 * the frames, and so the hashes, come out exactly as in Meta's sample hashes (on this repository's
 * test videos, every frame). Doing the whole job with `-cpuflags 0` gives the same pixels but
 * decodes about 2.5× slower; the split costs about a third more CPU than plain ffmpeg.
 */
export async function* readVideoFrames(file: string, options: ReadVideoFramesOptions = {}): AsyncGenerator<VideoFrame, void, undefined> {
  const info = await probeVideo(file, options);
  const step = samplingStep(info.frameRate, options.fps);
  const { maxPixels, maxFrames } = checkLimits(info, step, options);
  const orientation = options.orientation ?? 'ignore';
  const turned = orientation === 'apply' && (info.rotation === 90 || info.rotation === 270);
  const upright = turned ? { width: info.height, height: info.width } : { width: info.width, height: info.height };
  const size = fitSize(upright.width, upright.height, options.maxDimension);
  const scale = size.width !== upright.width || size.height !== upright.height ? `scale=${size.width}:${size.height}:flags=area` : undefined;
  const program = options.ffmpegPath ?? 'ffmpeg';
  const quiet = ['-nostdin', '-hide_banner', '-v', 'error'];
  // One output frame per decoded (selected) frame: no duplicates or drops to force a constant rate.
  const output = (pixelFormat: string) => ['-fps_mode', 'passthrough', '-sws_flags', 'area', '-f', 'rawvideo', '-pix_fmt', pixelFormat, 'pipe:1'];

  // The decoder itself refuses a frame over the pixel limit, whatever the header said.
  const decodeArgs = [...quiet, '-protocol_whitelist', 'file', '-max_pixels', String(maxPixels)];
  if (orientation === 'ignore') decodeArgs.push('-noautorotate');
  decodeArgs.push('-i', fileArgument(file), '-map', `0:${info.streamIndex}`, '-an', '-sn', '-dn');
  const pixelFormat = info.pixelFormat;
  // Every frame leaves at the first frame's size, so the byte stream keeps one frame size even if
  // the video changes size midway (a no-op, frames passed through untouched, when it does not).
  const keepSize = pixelFormat ? `scale=${upright.width}:${upright.height}` : `scale=${size.width}:${size.height}:flags=area`;
  const decodeFilters = [...(step > 1 ? [`select=not(mod(n\\,${step}))`] : []), keepSize];
  decodeArgs.push('-vf', decodeFilters.join(','));
  // One frame past the limit is enough to know the header lied; ffmpeg stops there.
  decodeArgs.push('-frames:v', String(maxFrames + 1));
  decodeArgs.push(...output(pixelFormat ?? 'rgb24'));

  const running: Running[] = [];
  const decoder = start(program, decodeArgs, 'ignore', options.signal);
  running.push(decoder);
  if (decoder.child.pid === undefined) {
    throw (await failure(program, decoder, 'start')) ?? new VideoDecodeError('ffmpeg_missing', `${program} could not be started`);
  }
  let source = decoder.child.stdout as Readable;
  if (pixelFormat) {
    const convertArgs = [...quiet, '-cpuflags', '0', '-protocol_whitelist', 'pipe'];
    convertArgs.push('-f', 'rawvideo', '-pix_fmt', pixelFormat, '-video_size', `${upright.width}x${upright.height}`, '-i', 'pipe:0');
    if (scale) convertArgs.push('-vf', scale);
    convertArgs.push(...output('rgb24'));
    const converter = start(program, convertArgs, source, options.signal);
    running.push(converter);
    // The converter holds the pipe now; our end of it would only keep the decoder from noticing
    // a converter that died.
    source.destroy();
    source = converter.child.stdout as Readable;
  }

  const frameBytes = size.width * size.height * 3;
  let frame = new Uint8Array(frameBytes);
  let filled = 0;
  let index = 0;
  let finished = false;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length) {
        const n = Math.min(frameBytes - filled, chunk.length - offset);
        frame.set(chunk.subarray(offset, offset + n), filled);
        filled += n;
        offset += n;
        if (filled === frameBytes) {
          if (index >= maxFrames) {
            throw new VideoDecodeError('too_many_frames', `The video gives more than ${maxFrames} frames at ${describeFps(options.fps)}, more than its header said; the limit is ${maxFrames}`);
          }
          const frameNumber = index * step;
          const image: PixelImage = { width: size.width, height: size.height, channels: 3, data: frame };
          index += 1;
          frame = new Uint8Array(frameBytes);
          filled = 0;
          yield { frameNumber, timestampSeconds: frameNumber / info.frameRate, image };
        }
      }
    }
    const errors = await Promise.all(
      running.map((r, i) => failure(program, r, i === 0 ? 'decode the video' : 'convert the frames to RGB')),
    );
    // The decoder skips a frame over -max_pixels and goes on: the video is refused all the same.
    if (/exceeds specified max pixel count/iu.test(decoder.stderr())) {
      throw new VideoDecodeError('too_many_pixels', `The video has frames larger than its header says, over the limit of ${maxPixels} pixels`);
    }
    const [decodeError, convertError] = errors;
    // A decoder that lost its reader reports a broken pipe; the reader's own error says more.
    const brokenPipe = decodeError !== undefined && /broken pipe|SIGPIPE/i.test(`${decodeError.message}`);
    const error = brokenPipe && convertError ? convertError : (decodeError ?? convertError);
    if (error) throw error;
    if (filled !== 0) throw new VideoDecodeError('decode_failed', `ffmpeg stopped in the middle of frame ${index}`);
    finished = true;
  } finally {
    if (!finished) await Promise.all(running.map(stop));
  }
}
