/**
 * Real photos and a short video for the "Protect my images" journeys, made with ffmpeg in a temp
 * folder (nothing is checked in), with the MD5 and PDQ values Node computes from the same pixels; and
 * the check that no slice of any file's bytes travels in a request body.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { formatPdqHex, pdqDihedral, pdqHash, PDQ_DIHEDRAL_ORDER } from '@jikim/pdq';
import { expect } from '@playwright/test';

export const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...args], { maxBuffer: 1 << 30 });

export const md5 = (file: string) => createHash('md5').update(fs.readFileSync(file)).digest('hex');

export interface Photo {
  readonly file: string;
  readonly md5: string;
  /** Its eight PDQ hashes, as the page sends them: its own, then the turns and mirrors. */
  readonly pdq: { hash: string; quality: number }[];
}

/** A PNG from ffmpeg's test sources, and the PDQ hashes of its pixels (PNG is lossless: the browser decodes the same pixels). */
export function photo(dir: string, name: string, source: string, width: number, height: number): Photo {
  const file = path.join(dir, name);
  ffmpeg('-f', 'lavfi', '-i', source, '-frames:v', '1', '-pix_fmt', 'rgb24', file);
  const data = new Uint8Array(ffmpeg('-i', file, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'));
  const image = { width, height, channels: 3 as const, data };
  const own = pdqHash(image);
  const turned = pdqDihedral(image);
  return {
    file,
    md5: md5(file),
    pdq: [
      { hash: formatPdqHex(own.hash), quality: own.quality },
      ...PDQ_DIHEDRAL_ORDER.slice(1).map((n) => ({ hash: formatPdqHex(turned.hashes[n]), quality: turned.quality })),
    ],
  };
}

/** The journeys' photos, the first `count` of: fine lines and text, a smooth picture, single-pixel cells. */
export function makePhotos(dir: string, count = 3): Photo[] {
  return [
    () => photo(dir, 'one.png', 'testsrc=size=640x480:rate=1', 640, 480),
    () => photo(dir, 'two.png', 'mandelbrot=size=480x640:rate=1', 480, 640),
    () => photo(dir, 'three.png', 'life=size=600x400:rate=1:seed=7:ratio=0.4:mold=10', 600, 400),
  ].slice(0, count).map((make) => make());
}

/** Four seconds at 10 frames a second, 640×360: the page takes frames 0, 10, 20, 30 (one a second). */
export function shortVideo(dir: string): string {
  const file = path.join(dir, 'clip.mp4');
  ffmpeg('-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=10', '-t', '4', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', file);
  return file;
}

/** A request the page made, with its body. */
export interface Sent { readonly url: string; readonly method: string; readonly body: Buffer | null }

/** Slices of a file's bytes as they could travel: raw, base64 (3-byte aligned, so a whole file's base64 would contain it) and hex. */
function slicesOf(file: string): { raw: Buffer; base64: string; hex: string }[] {
  const bytes = fs.readFileSync(file);
  const at = [0, Math.floor(bytes.length / 6) * 3, Math.max(0, Math.floor((bytes.length - 30) / 3) * 3)];
  return at.map((offset) => {
    const raw = bytes.subarray(offset, offset + 30);
    return { raw, base64: raw.toString('base64'), hex: raw.toString('hex') };
  });
}

/** No slice of any of the files is in any of the bodies, raw, as base64 or as hex. */
export function expectNoFileBytes(files: readonly string[], bodies: readonly Sent[]): void {
  for (const file of files) {
    for (const slice of slicesOf(file)) {
      for (const { body } of bodies) {
        expect(body?.includes(slice.raw)).toBe(false);
        const text = body?.toString('latin1') ?? '';
        expect(text.includes(slice.base64) || text.toLowerCase().includes(slice.hex)).toBe(false);
      }
    }
  }
}
