/**
 * Decodes an image file to pixels with sharp. The format is read from the file's bytes, never its
 * name; a decompression bomb is refused from its header, before any pixel is decoded.
 */
import { createRequire } from 'node:module';
import type { PixelImage } from '@jikim/pdq';
import type loadSharp from 'sharp';
import type { Metadata } from 'sharp';
import { cmykToRgb } from './cmyk-to-rgb.js';
import { DEFAULT_MAX_PIXELS } from './limits.js';

// sharp's CommonJS build: the same library, loaded in about half the time of its ES module build
// (which goes through the ES loader for each of its files), which `jikim hash` pays on every start.
const sharp = createRequire(import.meta.url)('sharp') as typeof loadSharp;

// The one pixel limit, for images and for video frames alike.
export { DEFAULT_MAX_PIXELS };
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'tiff', 'avif', 'heif'] as const;

export type ImageErrorCode = 'unreadable' | 'unsupported_format' | 'too_many_pixels';

export class ImageDecodeError extends Error {
  constructor(
    readonly code: ImageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImageDecodeError';
  }
}

export interface DecodeOptions {
  readonly maxPixels?: number;
  /**
   * 'ignore' (default) hashes the pixels as stored, as Meta's reference does, so hashes agree with
   * other PDQ users; 'apply' rotates by the EXIF orientation first, as a browser displays the photo.
   */
  readonly orientation?: 'ignore' | 'apply';
}

export interface DecodedImage extends PixelImage {
  readonly format: (typeof IMAGE_FORMATS)[number];
}

export async function decodeImageFile(path: string, options: DecodeOptions = {}): Promise<DecodedImage> {
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  let metadata: Metadata;
  try {
    metadata = await sharp(path, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageDecodeError('unreadable', 'The file is not an image that can be read');
  }
  const format = IMAGE_FORMATS.find((f) => f === metadata.format);
  if (!format) throw new ImageDecodeError('unsupported_format', `Unsupported image format: ${metadata.format ?? 'unknown'}`);
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width * height > maxPixels) {
    throw new ImageDecodeError('too_many_pixels', `The image has ${width}×${height} pixels; the limit is ${maxPixels}`);
  }
  try {
    // The reference decodes without colour management; so must we, to match it bit for bit.
    let pipeline = sharp(path, { limitInputPixels: maxPixels, failOn: 'error', ignoreIcc: true });
    if (options.orientation === 'apply') pipeline = pipeline.autoOrient();
    // CMYK (JPEG, TIFF): sharp would convert with a CMYK profile; take the ink amounts instead and
    // convert them with the reference's plain formula (see cmyk-to-rgb.ts).
    const cmyk = metadata.space === 'cmyk';
    if (cmyk) pipeline = pipeline.pipelineColourspace('cmyk').toColourspace('cmyk');
    const { data, info } = await pipeline.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    if (cmyk) {
      const pixels = info.width * info.height;
      const rgb = cmykToRgb(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), pixels, info.channels);
      return { format, width: info.width, height: info.height, channels: 3, data: rgb };
    }
    const channels = info.channels;
    if (channels < 1 || channels > 4) throw new Error(`unexpected channel count ${channels}`);
    return {
      format,
      width: info.width,
      height: info.height,
      channels: channels as 1 | 2 | 3 | 4,
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    };
  } catch (error) {
    if (error instanceof ImageDecodeError) throw error;
    throw new ImageDecodeError('unreadable', 'The image could not be decoded');
  }
}
