/**
 * A video's frames, one a second, decoded on the page by the browser itself: a <video> element
 * (never attached to the document, muted) seeks to each whole second and a canvas reads the frame
 * at the video's own size, as vPDQ hashes frames. Nothing leaves the device.
 */

export class VideoUnreadableError extends Error {
  constructor() {
    super('this browser cannot decode the video');
    this.name = 'VideoUnreadableError';
  }
}

export interface VideoPlan {
  /** Seconds to take a frame at: 0, 1, 2, … below the duration, at most `maxFrames`. */
  readonly seconds: readonly number[];
  /** True when the video is longer than `maxFrames` seconds and only its start is taken. */
  readonly truncated: boolean;
}

/** One frame each whole second below the duration (ffmpeg's 1 fps sampling keeps the same frames), at most `maxFrames`. */
export function framePlan(durationSeconds: number, maxFrames: number): VideoPlan {
  const whole = Number.isFinite(durationSeconds) && durationSeconds > 0 ? Math.ceil(durationSeconds) : 1;
  const count = Math.min(whole, maxFrames);
  return { seconds: Array.from({ length: count }, (_, i) => i), truncated: whole > maxFrames };
}

export interface DecodedFrame {
  readonly seconds: number;
  readonly width: number;
  readonly height: number;
  /** RGBA, ready to transfer to the worker. */
  readonly pixels: ArrayBuffer;
}

const PREVIEW_SIDE = 320;

function once(video: HTMLVideoElement, event: 'loadedmetadata' | 'seeked' | 'durationchange', signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (settle: () => void) => {
      video.removeEventListener(event, ok);
      video.removeEventListener('error', bad);
      signal.removeEventListener('abort', bad);
      settle();
    };
    const ok = () => done(resolve);
    const bad = () => done(() => reject(signal.aborted ? signal.reason : new VideoUnreadableError()));
    video.addEventListener(event, ok);
    video.addEventListener('error', bad);
    signal.addEventListener('abort', bad);
  });
}

export class VideoFrameReader {
  private readonly url: string;
  private readonly video: HTMLVideoElement;
  private readonly canvas = document.createElement('canvas');

  private constructor(file: Blob) {
    this.url = URL.createObjectURL(file);
    this.video = document.createElement('video');
    this.video.muted = true;
    this.video.playsInline = true;
    this.video.preload = 'auto';
  }

  /** Opens the video; rejects with VideoUnreadableError when this browser cannot decode it. */
  static async open(file: Blob, signal: AbortSignal): Promise<{ reader: VideoFrameReader; duration: number }> {
    const reader = new VideoFrameReader(file);
    try {
      const loaded = once(reader.video, 'loadedmetadata', signal);
      reader.video.src = reader.url;
      await loaded;
      let duration = reader.video.duration;
      if (!Number.isFinite(duration)) {
        // Some recordings do not say how long they are: seeking past the end makes the browser find out.
        const known = once(reader.video, 'durationchange', signal);
        reader.video.currentTime = Number.MAX_SAFE_INTEGER;
        await known;
        duration = reader.video.duration;
      }
      if (!reader.video.videoWidth || !reader.video.videoHeight) throw new VideoUnreadableError();
      return { reader, duration };
    } catch (error) {
      reader.close();
      throw error;
    }
  }

  /** The frame shown at `seconds`, as RGBA pixels at the video's own size. */
  async frameAt(seconds: number, signal: AbortSignal): Promise<DecodedFrame> {
    const seeked = once(this.video, 'seeked', signal);
    this.video.currentTime = seconds;
    await seeked;
    const width = this.video.videoWidth;
    const height = this.video.videoHeight;
    this.canvas.width = width;
    this.canvas.height = height;
    const context = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new VideoUnreadableError();
    context.drawImage(this.video, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    return { seconds, width, height, pixels: data.buffer as ArrayBuffer };
  }

  /** A small JPEG of the frame last read, for the blurred preview; null if the browser cannot make one. */
  async preview(): Promise<Blob | null> {
    const scale = Math.min(1, PREVIEW_SIDE / Math.max(this.canvas.width, this.canvas.height, 1));
    const small = document.createElement('canvas');
    small.width = Math.max(1, Math.round(this.canvas.width * scale));
    small.height = Math.max(1, Math.round(this.canvas.height * scale));
    small.getContext('2d')?.drawImage(this.canvas, 0, 0, small.width, small.height);
    return new Promise((resolve) => small.toBlob(resolve, 'image/jpeg', 0.8));
  }

  close(): void {
    this.video.removeAttribute('src');
    this.video.load();
    URL.revokeObjectURL(this.url);
    this.canvas.width = 0;
    this.canvas.height = 0;
  }
}
