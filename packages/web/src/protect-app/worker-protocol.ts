/**
 * What the page and the hashing worker (hash-worker.ts) say to each other. Every request has an id
 * that its progress and its answer carry back. Files are posted as Blobs (cloned by reference, not
 * read); video frames as RGBA pixels whose buffer is transferred, not copied.
 */

/** A PDQ hash as lower-case hex, with its quality (0–100). */
export interface PdqValue {
  readonly hash: string;
  readonly quality: number;
}

export type HashRequest =
  /** A photo: MD5 and SHA-256 of its bytes, and PDQ with its 8 dihedral hashes of its pixels. */
  | { readonly id: number; readonly type: 'image'; readonly file: Blob }
  /** MD5 and SHA-256 of a whole file (a video's bytes). */
  | { readonly id: number; readonly type: 'digest'; readonly file: Blob }
  /** One video frame, RGBA, hashed as vPDQ hashes frames (its own size, no resize). */
  | { readonly id: number; readonly type: 'frame'; readonly width: number; readonly height: number; readonly pixels: ArrayBuffer };

export interface Digests {
  readonly md5: string;
  readonly sha256: string;
}

export type HashAnswer =
  /** `pdq`: the original first, then the 7 other dihedral hashes (PDQ_DIHEDRAL_ORDER); null when the browser could not decode it. */
  | { readonly type: 'image'; readonly digests: Digests; readonly pdq: readonly PdqValue[] | null }
  | { readonly type: 'digest'; readonly digests: Digests }
  | { readonly type: 'frame'; readonly pdq: PdqValue };

export type HashResponse =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number }
  | { readonly id: number; readonly type: 'done'; readonly answer: HashAnswer }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
