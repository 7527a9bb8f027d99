/**
 * Reads the EXIF orientation (1–8) of a JPEG from its bytes, and undoes it on decoded pixels.
 * Browsers always rotate a photo by this tag when decoding it; PDQ banks hash the pixels as stored
 * (docs/decisions/0007-exif-orientation-and-pdq.md), so we turn the browser's pixels back.
 */
import type { PixelImage } from '@jikim/pdq';

export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** Orientation from a JPEG's APP1 Exif segment; 1 when absent, malformed or not a JPEG. */
export function readJpegOrientation(bytes: Uint8Array): Orientation {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint16(0) !== 0xffd8) return 1;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    const marker = view.getUint16(offset);
    if ((marker & 0xff00) !== 0xff00 || marker === 0xffda) return 1;
    const length = view.getUint16(offset + 2);
    if (marker === 0xffe1 && length >= 16 && offset + 2 + length <= bytes.length) {
      const found = orientationFromExif(view, offset + 4, length - 2);
      if (found) return found;
    }
    offset += 2 + length;
  }
  return 1;
}

function orientationFromExif(view: DataView, start: number, length: number): Orientation | undefined {
  // "Exif\0\0", then a TIFF header.
  if (view.getUint32(start) !== 0x45786966 || view.getUint16(start + 4) !== 0) return undefined;
  const tiff = start + 6;
  const end = start + length;
  const little = view.getUint16(tiff) === 0x4949;
  if (!little && view.getUint16(tiff) !== 0x4d4d) return undefined;
  const u16 = (at: number) => view.getUint16(at, little);
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return undefined;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return undefined;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? (value as Orientation) : undefined;
    }
  }
  return undefined;
}

/**
 * The stored pixels of an image the browser displayed with this orientation: the inverse of the
 * display transform (rotations by 90° swap with each other; every other transform is its own inverse).
 */
export function undoOrientation(image: PixelImage, orientation: Orientation): PixelImage {
  if (orientation === 1) return image;
  const inverse: Orientation = orientation === 6 ? 8 : orientation === 8 ? 6 : orientation;
  const { width: w, height: h, channels: c, data } = image;
  const swaps = inverse >= 5;
  const outW = swaps ? h : w;
  const outH = swaps ? w : h;
  const out = new Uint8ClampedArray(outW * outH * c);
  for (let y = 0; y < outH; y += 1) {
    for (let x = 0; x < outW; x += 1) {
      const [sx, sy] = sourceOf(inverse, x, y, w, h);
      const from = (sy * w + sx) * c;
      const to = (y * outW + x) * c;
      for (let k = 0; k < c; k += 1) out[to + k] = data[from + k] ?? 0;
    }
  }
  return { width: outW, height: outH, channels: c, data: out };
}

/** For output pixel (x, y) of transform `o` applied to a w×h image, the input pixel it comes from. */
function sourceOf(o: Orientation, x: number, y: number, w: number, h: number): [number, number] {
  switch (o) {
    case 2: return [w - 1 - x, y];
    case 3: return [w - 1 - x, h - 1 - y];
    case 4: return [x, h - 1 - y];
    case 5: return [y, x];
    case 6: return [y, h - 1 - x];
    case 7: return [w - 1 - y, h - 1 - x];
    case 8: return [w - 1 - y, x];
    default: return [x, y];
  }
}
