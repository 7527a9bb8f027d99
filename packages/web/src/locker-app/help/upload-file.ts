/**
 * One shared file to the centre by tus (decision 0016): read from the locker's sealed chunks as it
 * goes (stream-file-source.ts), resumable from the address kept in the sealed locker, and never
 * remembered by tus itself (no fingerprint, nothing in localStorage).
 */
import type { LockerStore } from '@jikim/device';
import { Upload, type HttpRequest } from 'tus-js-client';
import { accessHeaders, type CaseAccess } from './help-api.js';
import type { FileUpload } from './help-record.js';
import { streamFileSource } from './stream-file-source.js';

/** Large enough to keep a phone's connection busy, small enough that a retry repeats little. */
const CHUNK_BYTES = 8 * 1024 * 1024;

const noUrlStorage = {
  findAllUploads: () => Promise.resolve([]),
  findUploadsByFingerprint: () => Promise.resolve([]),
  removeUpload: () => Promise.resolve(),
  addUpload: () => Promise.resolve(''),
};

export interface UploadHandlers {
  readonly onUrl: (url: string) => void;
  readonly onProgress: (sent: number, total: number) => void;
}

export interface RunningUpload {
  readonly done: Promise<void>;
  abort(): void;
}

export function uploadFile(store: LockerStore, access: CaseAccess, uploadPath: string, upload: FileUpload, handlers: UploadHandlers): RunningUpload {
  let tus: Upload | null = null;
  const done = new Promise<void>((resolve, reject) => {
    // tus wants something as "the file"; our reader ignores it and opens the locker's stream.
    tus = new Upload(new Blob(), {
      endpoint: uploadPath,
      uploadUrl: upload.url ?? null,
      uploadSize: upload.bytes,
      metadata: { itemId: upload.itemId },
      headers: accessHeaders(access),
      chunkSize: CHUNK_BYTES,
      retryDelays: [0, 1_000, 3_000, 5_000, 10_000],
      storeFingerprintForResuming: false,
      removeFingerprintOnSuccess: false,
      urlStorage: noUrlStorage,
      fingerprint: () => Promise.resolve(null as unknown as string),
      fileReader: { openFile: () => Promise.resolve(streamFileSource(() => store.fileStream(upload.lockerItemId), upload.bytes)) },
      onBeforeRequest: (request: HttpRequest) => {
        // Same origin only, and no cookies: the code and PIN headers are the only credentials.
        const xhr = request.getUnderlyingObject() as XMLHttpRequest;
        xhr.withCredentials = false;
      },
      onUploadUrlAvailable: () => {
        if (tus?.url) handlers.onUrl(tus.url);
      },
      onProgress: handlers.onProgress,
      onSuccess: () => resolve(),
      onError: (error) => reject(error),
    });
    tus.start();
  });
  return { done, abort: () => void tus?.abort() };
}
