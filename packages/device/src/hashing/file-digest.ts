/**
 * MD5 and SHA-256 of a File in the browser, in one streaming pass over `file.stream()`: a video of
 * several gigabytes is read chunk by chunk and never held in memory. Nothing leaves the device.
 */
import { createMD5, createSHA256 } from 'hash-wasm';

export interface FileDigests {
  readonly md5: string;
  readonly sha256: string;
  readonly bytes: number;
}

export async function fileDigests(
  file: Blob,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<FileDigests> {
  const [md5, sha256] = await Promise.all([createMD5(), createSHA256()]);
  md5.init();
  sha256.init();
  const reader = file.stream().getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    md5.update(value);
    sha256.update(value);
    bytes += value.byteLength;
    onProgress?.(bytes, file.size);
  }
  return { md5: md5.digest('hex'), sha256: sha256.digest('hex'), bytes };
}
