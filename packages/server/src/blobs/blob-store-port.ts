/**
 * Where evidence files go: sealed as they stream, visible only once complete, readable only with
 * the case's data key. Format and guarantees: docs/data-at-rest.md ("Blobs on disk").
 */
import type { Readable } from 'node:stream';

export interface StoredBlob {
  readonly id: string;
  readonly caseId: string;
  /** Plaintext bytes. */
  readonly size: number;
  /** SHA-256 of the plaintext, hex, computed while it was written. */
  readonly sha256: string;
}

/** Plaintext as it arrives: a Node Readable (of Buffers), or any (async) iterable of bytes. */
export type BlobSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export interface BlobStore {
  /** Seals `source` as it streams; resolves once the blob is complete and durable. */
  put(caseId: string, source: BlobSource): Promise<StoredBlob>;
  /**
   * The plaintext, record by record, each verified before it is passed on. The stream fails
   * (BlobIntegrityError, VaultError) on tampering, a cut-off end or a destroyed key; a consumer
   * must treat what it got as void unless the stream ended without error.
   */
  read(caseId: string, blobId: string): Readable;
  delete(caseId: string, blobId: string): Promise<void>;
  /** Deletes every blob of a case. Destroy the case's data key first. */
  deleteCase(caseId: string): Promise<void>;

  /** A resumable upload: an unfinished blob that appends can grow (across restarts). */
  begin(caseId: string): Promise<{ readonly id: string }>;
  /** Appends all of `source`; resolves with the plaintext size so far, durable. */
  append(caseId: string, blobId: string, source: BlobSource): Promise<{ readonly size: number }>;
  /** The verified plaintext size of an unfinished blob (what a tus HEAD reports). */
  uploadOffset(caseId: string, blobId: string): Promise<number>;
  /** Marks it complete and makes it readable. */
  finish(caseId: string, blobId: string): Promise<StoredBlob>;

  /**
   * Removes what crashed writers left: every one-shot temp file, and unfinished resumable blobs
   * not touched for `unfinishedMaxAgeMs`. Run at start, before anything writes.
   */
  sweep(options?: { readonly unfinishedMaxAgeMs?: number; readonly now?: Date }): Promise<{ readonly removed: number }>;
}

/** Bytes that fail authentication, are out of order, or stop before the final record. */
export class BlobIntegrityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlobIntegrityError';
  }
}

/** No complete blob (or, for appends, no unfinished one) by that id in that case. */
export class BlobNotFoundError extends Error {
  constructor() {
    super('No such blob');
    this.name = 'BlobNotFoundError';
  }
}
