/**
 * What an uploaded file is, from its first bytes (never from the client's file name or type): a
 * photo format sharp decodes, a video container ffmpeg reads, or something refused (a zip, text…).
 */
export type MediaKind = 'photo' | 'video';

const ascii = (bytes: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(at, at + length));

const PHOTO_BRANDS = new Set(['avif', 'avis', 'heic', 'heix', 'heim', 'heis', 'mif1', 'msf1']);

/** The kind of media these leading bytes (at least 16, when the file has them) begin, or null. */
export function sniffMedia(head: Uint8Array): MediaKind | null {
  if (head.length < 4) return null;
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'photo'; // JPEG
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'photo';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'photo';
  if (ascii(head, 0, 4) === 'II*\0' || ascii(head, 0, 4) === 'MM\0*') return 'photo'; // TIFF
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'photo';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'AVI ') return 'video';
  if (ascii(head, 4, 4) === 'ftyp') return PHOTO_BRANDS.has(ascii(head, 8, 4)) ? 'photo' : 'video'; // ISO BMFF: MP4, MOV, 3GP
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'video'; // Matroska, WebM
  return null;
}
