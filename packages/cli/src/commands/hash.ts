/**
 * `jikim hash`: PDQ hashes of image files, printed as Meta's `pdq-photo-hasher` prints them
 * (`hash,quality,file`; with --dihedral, its `--pdqdih-across` line), so the outputs can be diffed.
 * Unreadable files are reported on stderr and skipped; the exit code is 1 if any failed.
 *
 * This module only reads the arguments: sharp, the hash and the video code load after them, and
 * only what the files need (`--help` and a mistyped option load none of it; photos never load
 * the video code).
 */
import { parseArgs } from 'node:util';
import { UsageError, type Io } from './io.js';

export const HASH_USAGE = `Usage: jikim hash [--dihedral] [--json] [--orientation ignore|apply] FILE...
       jikim hash --video [--fps N|all] [--json] FILE...

  --dihedral      print the 8 dihedral hashes on one line, then quality and file
  --json          one JSON object per line instead of CSV
  --orientation   ignore (default, as the reference) or apply the EXIF/rotation metadata first
  --video         vPDQ: PDQ of video frames (needs ffmpeg), printed as frame,quality,hash,seconds
                  (the reference's format), after a "# file" line for each video
  --fps           frames per second to hash with --video (default 1; "all" for every frame)

  Images and video frames over 64 megapixels are refused before decoding, and so is a video
  that would give more than 7,200 frames to hash (two hours at 1 frame a second): take a lower --fps.
`;

export async function hashCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      dihedral: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      orientation: { type: 'string', default: 'ignore' },
      video: { type: 'boolean', default: false },
      fps: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(HASH_USAGE);
    return 0;
  }
  const orientation = values.orientation;
  if (orientation !== 'ignore' && orientation !== 'apply') throw new UsageError('--orientation must be ignore or apply');
  if (positionals.length === 0) throw new UsageError('Name at least one file');
  const fps = values.fps === 'all' ? 'all' : Number(values.fps);
  if (fps !== 'all' && !(Number.isFinite(fps) && fps > 0)) throw new UsageError('--fps must be a positive number or "all"');
  if (values.video && values.dihedral) throw new UsageError('--dihedral is for images; vPDQ hashes each frame once');

  const failed = values.video
    ? await (await import('./hash-videos.js')).hashVideos(positionals, { orientation, fps, json: values.json }, io)
    : await (await import('./hash-images.js')).hashImages(positionals, { orientation, dihedral: values.dihedral, json: values.json }, io);
  return failed ? 1 : 0;
}
