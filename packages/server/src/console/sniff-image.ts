/**
 * The type of a thumbnail's bytes from their first bytes, among the three the locker makes (JPEG,
 * PNG, WebP); anything else is opaque bytes. No image library ever decodes a stranger's upload.
 */
export type ThumbnailType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/octet-stream';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function sniffImage(bytes: Uint8Array): ThumbnailType {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= PNG.length && b.subarray(0, PNG.length).equals(PNG)) return 'image/png';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return 'application/octet-stream';
}
