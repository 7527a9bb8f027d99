/**
 * Decodes an image File to pixels in the browser for on-device PDQ hashing. Browsers apply the
 * EXIF orientation when decoding; we undo it, so the hash agrees with Meta's reference and the
 * hash banks built with it (docs/decisions/0007-exif-orientation-and-pdq.md).
 */
import type { PixelImage } from '@jikim/pdq';
import { readJpegOrientation, undoOrientation } from './exif-orientation.js';

/** Enough of the file's start to find its EXIF segment. */
const HEADER_BYTES = 256 * 1024;

export async function decodeImagePixels(file: Blob): Promise<PixelImage> {
  const orientation = readJpegOrientation(new Uint8Array(await file.slice(0, HEADER_BYTES).arrayBuffer()));
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image', colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('No 2D canvas available to read the image');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height, { colorSpace: 'srgb' });
    return undoOrientation({ width: bitmap.width, height: bitmap.height, channels: 4, data }, orientation);
  } finally {
    bitmap.close();
  }
}
