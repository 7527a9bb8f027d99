import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJpegOrientation, undoOrientation, type Orientation } from './exif-orientation.js';

const exifDir = new URL('../../../../../shared/pdq-vectors/images/reg-test-input/exif-rotn/', import.meta.url);
const hasVectors = fs.existsSync(exifDir);
if (!hasVectors && process.env.CI === 'true') throw new Error('../shared/pdq-vectors is required under CI=true');

/** The display transform of each orientation, written independently as whole-image operations. */
function display(o: Orientation, w: number, h: number, px: number[][]): number[][] {
  const at = (x: number, y: number) => px[y]?.[x] ?? -1;
  const grid = (W: number, H: number, f: (x: number, y: number) => number) =>
    Array.from({ length: H }, (_, y) => Array.from({ length: W }, (_, x) => f(x, y)));
  switch (o) {
    case 1: return grid(w, h, at);
    case 2: return grid(w, h, (x, y) => at(w - 1 - x, y));
    case 3: return grid(w, h, (x, y) => at(w - 1 - x, h - 1 - y));
    case 4: return grid(w, h, (x, y) => at(x, h - 1 - y));
    case 5: return grid(h, w, (x, y) => at(y, x));
    case 6: return grid(h, w, (x, y) => at(y, h - 1 - x));
    case 7: return grid(h, w, (x, y) => at(w - 1 - y, h - 1 - x));
    case 8: return grid(h, w, (x, y) => at(w - 1 - y, x));
  }
}

describe('EXIF orientation', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8] as const)('undoing orientation %i restores the stored pixels', (o) => {
    const w = 5;
    const h = 3;
    const stored = Array.from({ length: h }, (_, y) => Array.from({ length: w }, (_, x) => y * w + x));
    const shown = display(o, w, h, stored);
    const image = { width: shown[0]?.length ?? 0, height: shown.length, channels: 1 as const, data: Uint8ClampedArray.from(shown.flat()) };
    const back = undoOrientation(image, o);
    expect([back.width, back.height]).toEqual([w, h]);
    expect([...back.data]).toEqual(stored.flat());
  });

  it.skipIf(!hasVectors)('reads the tag of the test photos', () => {
    for (const [file, expected] of [['exif-rotn-1.jpg', 1], ['exif-rotn-3.jpg', 3], ['exif-rotn-6.jpg', 6], ['exif-rotn-8.jpg', 8]] as const) {
      expect(readJpegOrientation(new Uint8Array(fs.readFileSync(new URL(file, exifDir))))).toBe(expected);
    }
  });

  it('answers 1 for anything that is not a well-formed JPEG with the tag', () => {
    expect(readJpegOrientation(new Uint8Array())).toBe(1);
    expect(readJpegOrientation(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toBe(1);
    expect(readJpegOrientation(Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff, 0x45]))).toBe(1);
    const truncated = Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x20, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 42, 0, 0, 0, 8]);
    expect(readJpegOrientation(truncated)).toBe(1);
  });
});
