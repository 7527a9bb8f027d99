/**
 * What a video file holds, read with ffprobe: the first real video stream's size, frame rate and
 * rotation. Only video container formats are accepted (no playlists or scripts that open other files).
 */
import fs from 'node:fs/promises';
import { DEFAULT_MAX_PIXELS } from './limits.js';
import { fileArgument, lastLine, runToText, VideoDecodeError, type VideoToolOptions } from './video-tools.js';

export interface VideoInfo {
  /** The container format as ffprobe names it (e.g. `mov,mp4,m4a,3gp,3g2,mj2`). */
  readonly format: string;
  readonly codec: string;
  /** The decoder's pixel format (e.g. `yuv420p`), if ffprobe knows it. */
  readonly pixelFormat: string | undefined;
  /** Index of the decoded stream in the file. */
  readonly streamIndex: number;
  /** Size of the stored frames, before any rotation. */
  readonly width: number;
  readonly height: number;
  /** Clockwise rotation, in degrees 0/90/180/270, the player applies (ignored by the reference). */
  readonly rotation: 0 | 90 | 180 | 270;
  /** avg_frame_rate, else r_frame_rate, as the reference. */
  readonly frameRate: number;
  readonly durationSeconds: number | undefined;
  /** From the container's index when it has one; the decoded count can differ. */
  readonly frameCount: number | undefined;
}

/**
 * Demuxers accepted for decoding. Everything else is refused: still images (use the image path),
 * and playlist or script formats (HLS, concat, …) that would make ffmpeg open other files.
 */
const VIDEO_DEMUXERS = new Set([
  'mov',
  'mp4',
  'matroska',
  'webm',
  'avi',
  'flv',
  'mpegts',
  'mpeg',
  'mpegvideo',
  'asf',
  'ogg',
  'gif',
  'h264',
  'hevc',
  'm4v',
  'rawvideo',
  'yuv4mpegpipe',
  'nut',
  'mxf',
  'dv',
  'ivf',
  'obu',
]);

function parseRate(value: unknown): number {
  if (typeof value !== 'string') return 0;
  const [num, den] = value.split('/').map(Number);
  if (num === undefined || !Number.isFinite(num) || num <= 0) return 0;
  if (den === undefined) return num;
  return Number.isFinite(den) && den > 0 ? num / den : 0;
}

function parseRotation(stream: ProbeStream): 0 | 90 | 180 | 270 {
  let degrees = 0;
  const fromSideData = stream.side_data_list?.find((s) => typeof s.rotation === 'number')?.rotation;
  if (typeof fromSideData === 'number') {
    // ffprobe gives the display matrix's angle counter-clockwise; clockwise, that is its negative.
    degrees = -fromSideData;
  } else if (stream.tags?.rotate !== undefined) {
    degrees = Number(stream.tags.rotate);
  }
  const r = ((Math.round(degrees / 90) * 90) % 360 + 360) % 360;
  return r === 90 || r === 180 || r === 270 ? r : 0;
}

interface ProbeStream {
  index?: number;
  codec_type?: string;
  codec_name?: string;
  pix_fmt?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  nb_frames?: string;
  duration?: string;
  disposition?: { attached_pic?: number };
  side_data_list?: { rotation?: number }[];
  tags?: { rotate?: string };
}

interface ProbeOutput {
  streams?: ProbeStream[];
  format?: { format_name?: string; duration?: string };
}

/** What a decoder says when a frame is over -max_pixels. */
const OVER_MAX_PIXELS = /Picture size (\d+)x(\d+) exceeds specified max pixel count/u;

/**
 * Reads the first video stream's size, frame rate and rotation with ffprobe. ffprobe decodes a
 * frame or two to learn about the stream; its decoder refuses frames over maxPixels (default the
 * image limit, 64 megapixels), so even probing a hostile video never allocates a huge frame, and
 * such a video is refused here (too_many_pixels).
 */
export async function probeVideo(file: string, options: VideoToolOptions & { readonly maxPixels?: number } = {}): Promise<VideoInfo> {
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new VideoDecodeError('not_found', `Not a file: ${file}`);
  } catch (error) {
    if (error instanceof VideoDecodeError) throw error;
    throw new VideoDecodeError('not_found', `No such file: ${file}`);
  }
  const program = options.ffprobePath ?? 'ffprobe';
  const { stdout, stderr, code } = await runToText(
    program,
    [
      '-v',
      'error',
      '-protocol_whitelist',
      'file',
      '-max_pixels',
      String(maxPixels),
      '-select_streams',
      'v',
      '-show_entries',
      'stream=index,codec_type,codec_name,pix_fmt,width,height,avg_frame_rate,r_frame_rate,nb_frames,duration:' +
        'stream_disposition=attached_pic:stream_side_data=rotation:stream_tags=rotate:format=format_name,duration',
      '-of',
      'json',
      fileArgument(file),
    ],
    options.signal,
  );
  const over = OVER_MAX_PIXELS.exec(stderr);
  if (over) throw new VideoDecodeError('too_many_pixels', `The video's frames have ${over[1]}×${over[2]} pixels; the limit is ${maxPixels}`);
  if (code !== 0) {
    throw new VideoDecodeError('unreadable', `The file is not a video that can be read${stderr ? `: ${lastLine(stderr)}` : ''}`);
  }
  let probe: ProbeOutput;
  try {
    probe = JSON.parse(stdout) as ProbeOutput;
  } catch {
    throw new VideoDecodeError('unreadable', 'ffprobe gave output that is not JSON');
  }
  const format = probe.format?.format_name ?? '';
  const demuxers = format.split(',');
  if (!demuxers.some((d) => VIDEO_DEMUXERS.has(d))) {
    throw new VideoDecodeError('unsupported_format', `Not a supported video format: ${format || 'unknown'}`);
  }
  // A cover picture in an audio file is a "video" stream too; it is not a video.
  const stream = (probe.streams ?? []).find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  if (!stream || typeof stream.index !== 'number') throw new VideoDecodeError('no_video_stream', 'The file has no video stream');
  const width = stream.width ?? 0;
  const height = stream.height ?? 0;
  if (!(width > 0 && height > 0)) throw new VideoDecodeError('unreadable', 'The video stream has no frame size');
  const frameRate = parseRate(stream.avg_frame_rate) || parseRate(stream.r_frame_rate);
  if (!(frameRate > 0)) throw new VideoDecodeError('unreadable', 'The video stream has no frame rate');
  const duration = Number(stream.duration ?? probe.format?.duration);
  const frames = Number(stream.nb_frames);
  return {
    format,
    codec: stream.codec_name ?? 'unknown',
    pixelFormat: stream.pix_fmt && /^[a-z0-9_]+$/.test(stream.pix_fmt) ? stream.pix_fmt : undefined,
    streamIndex: stream.index,
    width,
    height,
    rotation: parseRotation(stream),
    frameRate,
    durationSeconds: Number.isFinite(duration) && duration >= 0 ? duration : undefined,
    frameCount: Number.isSafeInteger(frames) && frames > 0 ? frames : undefined,
  };
}
