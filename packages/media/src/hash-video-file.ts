/**
 * vPDQ of a video file: the PDQ hash of each (sampled) frame, as Meta's reference computes it.
 */
import { vpdqFrameHash, type VpdqFrame } from '@jikim/pdq';
import { readVideoFrames, type ReadVideoFramesOptions } from './video-frames.js';

export interface HashVideoOptions extends Pick<ReadVideoFramesOptions, 'orientation' | 'signal' | 'ffmpegPath' | 'ffprobePath' | 'maxPixels' | 'maxFrames'> {
  /**
   * Frames per second to hash. Default 1, the usual vPDQ sampling (the reference's
   * secondsPerHash = 1); `'all'` hashes every frame, as the reference's sample hashes do.
   */
  readonly fps?: number | 'all';
  /** Called after each hashed frame, e.g. for progress. */
  readonly onFrame?: (frame: VpdqFrame) => void;
}

/** 1 frame a second: the sampling vPDQ users commonly share. */
export const DEFAULT_VPDQ_FPS = 1;

/**
 * Decodes the video with ffmpeg (see readVideoFrames: RGB24 at the video's own size, rotation
 * ignored) and hashes each sampled frame with vpdqFrameHash (PDQ at full frame size, no 512 × 512
 * resize). Frame numbers count all decoded frames; timestamps are frameNumber / frame rate.
 * Rejects with a VideoDecodeError if the file cannot be read as a video, and, before decoding,
 * if its frames are over 64 megapixels (too_many_pixels) or it would give more than 7,200 frames
 * at this fps (too_many_frames; see readVideoFrames' maxPixels and maxFrames).
 *
 * There is deliberately no quality filter here: every hashed frame is returned with its quality,
 * low ones included, so the output is what the reference would write and can be stored or shared
 * as such. Leaving out frames below PDQ_MIN_QUALITY (50), and repeated hashes, is the comparison's
 * job (compareVpdq, uniqueQualityFrames).
 */
export async function hashVideoFile(file: string, options: HashVideoOptions = {}): Promise<VpdqFrame[]> {
  const fps = options.fps ?? DEFAULT_VPDQ_FPS;
  if (fps !== 'all' && !(Number.isFinite(fps) && fps > 0)) throw new RangeError(`fps must be a positive number or 'all'; got ${String(fps)}`);
  const frames: VpdqFrame[] = [];
  const read: ReadVideoFramesOptions = {
    ...(fps === 'all' ? {} : { fps }),
    ...(options.orientation ? { orientation: options.orientation } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.ffmpegPath ? { ffmpegPath: options.ffmpegPath } : {}),
    ...(options.ffprobePath ? { ffprobePath: options.ffprobePath } : {}),
    ...(options.maxPixels !== undefined ? { maxPixels: options.maxPixels } : {}),
    ...(options.maxFrames !== undefined ? { maxFrames: options.maxFrames } : {}),
  };
  for await (const { frameNumber, timestampSeconds, image } of readVideoFrames(file, read)) {
    const { hash, quality } = vpdqFrameHash(image);
    const frame: VpdqFrame = { frameNumber, quality, hash, timestampSeconds };
    frames.push(frame);
    options.onFrame?.(frame);
  }
  return frames;
}
