/**
 * What the browser learns of a picked file before anything is sent: its SHA-256 (streamed, so a
 * large video is never held in memory), its true type from its first bytes, and a thumbnail. The same
 * helpers the locker uses; loaded only when a counsellor attaches a file.
 */
import { fileDigests, makeThumbnail, sniffMediaType } from '@jikim/device';
import type { AttachedFileFacts } from './attached-item.js';

export interface PreparedFile {
  readonly facts: AttachedFileFacts;
  readonly thumbnail: Uint8Array | undefined;
}

export async function prepareFile(file: File, onProgress: (read: number, total: number) => void): Promise<PreparedFile> {
  const [digests, sniffed] = await Promise.all([fileDigests(file, onProgress), sniffMediaType(file, file.name)]);
  const thumbnail = await makeThumbnail(file, sniffed.mediaType);
  return {
    facts: {
      name: file.name.normalize('NFC'),
      sha256: digests.sha256,
      bytes: digests.bytes,
      mediaType: sniffed.mediaType,
      extensionMismatch: sniffed.extensionMismatch,
      modifiedAt: file.lastModified ? new Date(file.lastModified).toISOString() : null,
    },
    thumbnail,
  };
}

/** Only the SHA-256, to check that a file sent again is the one its item records. */
export async function fileSha256(file: Blob, onProgress: (read: number, total: number) => void): Promise<string> {
  return (await fileDigests(file, onProgress)).sha256;
}
