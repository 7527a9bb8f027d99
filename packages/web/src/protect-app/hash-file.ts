/**
 * Hashing one chosen file on the device. A photo goes to the worker whole; a video is read here one
 * frame a second (video-frames.ts) and each frame is hashed in the worker, after the worker has
 * streamed the whole file for its MD5. Cancelling ends the worker and stops reading at once.
 */
import { decideItem, type HashedFrame, type HashedItem } from './hashed-item.js';
import { HashWorker } from './hash-worker-client.js';
import { framePlan, VideoFrameReader, VideoUnreadableError } from './video-frames.js';

/** Ten minutes at one frame a second: enough to recognise a copy, and bounded on a phone. */
export const MAX_VIDEO_FRAMES = 600;
/** Share of a video's progress that is reading its bytes; the frames take the rest. */
const DIGEST_SHARE = 0.2;

export interface HashProgress {
  readonly fraction: number;
  readonly frames?: { readonly done: number; readonly total: number };
}

export interface HashFileOptions {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: HashProgress) => void;
  /** A small picture of the video's first frame, for its blurred preview. */
  readonly onPreview?: (preview: Blob) => void;
  readonly createWorker?: () => HashWorker;
}

export async function hashFile(kind: 'image' | 'video', file: File, options: HashFileOptions): Promise<HashedItem> {
  const worker = (options.createWorker ?? (() => new HashWorker()))();
  const stop = () => worker.end();
  options.signal.addEventListener('abort', stop, { once: true });
  try {
    if (kind === 'image') {
      const answer = await worker.ask({ type: 'image', file }, (fraction) => options.onProgress({ fraction }));
      return decideItem({ kind: 'image', digests: answer.digests, pdq: answer.pdq });
    }
    return await hashVideo(file, worker, options);
  } finally {
    options.signal.removeEventListener('abort', stop);
    worker.end();
  }
}

async function hashVideo(file: File, worker: HashWorker, options: HashFileOptions): Promise<HashedItem> {
  const { signal, onProgress } = options;
  const { digests } = await worker.ask({ type: 'digest', file }, (fraction) => onProgress({ fraction: DIGEST_SHARE * fraction }));
  let opened: Awaited<ReturnType<typeof VideoFrameReader.open>>;
  try {
    opened = await VideoFrameReader.open(file, signal);
  } catch (error) {
    if (error instanceof VideoUnreadableError) return decideItem({ kind: 'video', digests, frames: null, truncated: false });
    throw error;
  }
  const { reader, duration } = opened;
  try {
    const plan = framePlan(duration, MAX_VIDEO_FRAMES);
    const total = plan.seconds.length;
    const frames: HashedFrame[] = [];
    onProgress({ fraction: DIGEST_SHARE, frames: { done: 0, total } });
    for (const seconds of plan.seconds) {
      const frame = await reader.frameAt(seconds, signal);
      if (frames.length === 0 && options.onPreview) {
        const preview = await reader.preview();
        if (preview) options.onPreview(preview);
      }
      const { pdq } = await worker.ask({ type: 'frame', width: frame.width, height: frame.height, pixels: frame.pixels }, undefined, [frame.pixels]);
      frames.push({ seconds, pdq });
      onProgress({ fraction: DIGEST_SHARE + (1 - DIGEST_SHARE) * (frames.length / total), frames: { done: frames.length, total } });
    }
    return decideItem({ kind: 'video', digests, frames, truncated: plan.truncated });
  } catch (error) {
    if (error instanceof VideoUnreadableError && !signal.aborted) return decideItem({ kind: 'video', digests, frames: null, truncated: false });
    throw error;
  } finally {
    reader.close();
  }
}
