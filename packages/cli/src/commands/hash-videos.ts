/** `jikim hash --video`: vPDQ of each video, one after the other (ffmpeg decodes on its own cores). */
import { displayJson, shown } from '@jikim/evidence/display-text';
import { hashVideoFile } from '@jikim/media';
import { formatPdqHex, formatVpdqText } from '@jikim/pdq';
import type { Io } from './io.js';

export interface HashVideosOptions {
  readonly orientation: 'ignore' | 'apply';
  readonly fps: number | 'all';
  readonly json: boolean;
}

/** Prints each video's frames; returns whether any video failed. */
export async function hashVideos(files: readonly string[], options: HashVideosOptions, io: Io): Promise<boolean> {
  let failed = false;
  for (const file of files) {
    try {
      const frames = await hashVideoFile(file, { orientation: options.orientation, fps: options.fps });
      io.out(options.json
        ? `${displayJson({ file, frames: frames.map((f) => ({ ...f, hash: formatPdqHex(f.hash) })) })}\n`
        : shown`# ${file}\n` + formatVpdqText(frames));
    } catch (error) {
      failed = true;
      // The name and the reason (ffmpeg's words about the file) come from input.
      io.err('jikim: could not hash the video ' + shown`"${file}": ${error instanceof Error ? error.message : 'unknown error'}\n`);
    }
  }
  return failed;
}
