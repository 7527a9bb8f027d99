/**
 * Running ffmpeg and ffprobe: errors with stable codes, the file named so that no name is read as
 * an option or another protocol, and a small runner for commands whose output is text.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export type VideoErrorCode =
  | 'ffmpeg_missing'
  | 'not_found'
  | 'unreadable'
  | 'unsupported_format'
  | 'no_video_stream'
  | 'too_many_pixels'
  | 'too_many_frames'
  | 'decode_failed';

export class VideoDecodeError extends Error {
  constructor(
    readonly code: VideoErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'VideoDecodeError';
  }
}

export interface VideoToolOptions {
  /** The ffmpeg program; default `ffmpeg` from PATH. */
  readonly ffmpegPath?: string;
  /** The ffprobe program; default `ffprobe` from PATH. */
  readonly ffprobePath?: string;
  /** Stops ffprobe/ffmpeg and rejects when aborted. */
  readonly signal?: AbortSignal;
}

/** `file:/absolute/path`: a name like `-x.mp4`, `http:…` or `concat:…` is only ever a local file. */
export function fileArgument(file: string): string {
  return `file:${path.resolve(file)}`;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

export function toolMissing(program: string, error: NodeJS.ErrnoException): VideoDecodeError | undefined {
  if (error.code === 'ENOENT' || error.code === 'EACCES') {
    return new VideoDecodeError(
      'ffmpeg_missing',
      `${program} was not found (${error.code}); install FFmpeg (Debian/Ubuntu: apt-get install ffmpeg) to read videos`,
    );
  }
  return undefined;
}

export function runToText(program: string, args: readonly string[], signal: AbortSignal | undefined): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], ...(signal ? { signal } : {}) });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (error: NodeJS.ErrnoException) => reject(toolMissing(program, error) ?? error));
    child.on('close', (code) =>
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8').trim(), code }),
    );
  });
}

/** The last non-empty line of a tool's stderr, shortened: enough to say why, never a flood. */
export function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return (lines.at(-1) ?? '').slice(0, 500);
}
