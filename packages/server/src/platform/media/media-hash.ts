/**
 * Hashes of an uploaded file with @jikim/media (its sharp and ffmpeg limits: pixels, frames): a
 * photo's PDQ (and its seven rotations and mirrors, for lookups), a video's MD5 and vPDQ frames.
 * A file that is not what it claims, or is over the limits, is HMA's `{message}` 4xx.
 */
import { decodeImageFile, fileDigests, hashVideoFile, ImageDecodeError, VideoDecodeError } from '@jikim/media';
import { formatPdqHex, PDQ_DIHEDRAL_ORDER, pdqDihedral, pdqHash, type VpdqFrame } from '@jikim/pdq';
import { HmaError } from '../hma/hma-errors.js';
import type { MediaUpload } from './media-upload.js';

export type MediaHashes =
  | { readonly kind: 'photo'; readonly pdq: string; readonly quality: number; readonly dihedral: readonly string[] }
  | { readonly kind: 'video'; readonly md5: string; readonly frames: readonly VpdqFrame[] };

function refused(error: unknown): never {
  if (error instanceof ImageDecodeError) {
    if (error.code === 'too_many_pixels') throw new HmaError(413, error.message);
    throw new HmaError(415, error.code === 'unsupported_format' ? 'Unsupported image format' : 'The file is not an image that can be read');
  }
  if (error instanceof VideoDecodeError) {
    if (error.code === 'ffmpeg_missing') throw new HmaError(503, 'Video hashing is not available on this server');
    const tooBig = error.code === 'too_many_pixels' || error.code === 'too_many_frames';
    throw new HmaError(tooBig ? 413 : 415, tooBig ? error.message : 'The file is not a video that can be read');
  }
  throw error;
}

export async function hashMedia(upload: MediaUpload): Promise<MediaHashes> {
  try {
    if (upload.kind === 'photo') {
      // Decoded once: the hash as hashImageFile gives it, and the eight turned and mirrored ones.
      const image = await decodeImageFile(upload.path);
      const { hash, quality } = pdqHash(image);
      const turned = pdqDihedral(image);
      const dihedral = PDQ_DIHEDRAL_ORDER.map((name) => formatPdqHex(turned.hashes[name]));
      return { kind: 'photo', pdq: formatPdqHex(hash), quality, dihedral };
    }
    const frames = await hashVideoFile(upload.path);
    if (frames.length === 0) throw new HmaError(415, 'The file is not a video that can be read');
    const { md5 } = await fileDigests(upload.path);
    return { kind: 'video', md5, frames };
  } catch (error) {
    return refused(error);
  }
}
