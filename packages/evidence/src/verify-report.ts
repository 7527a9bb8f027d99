/**
 * What verifying a bundle reports, and the limits it applies: one definition shared by the Node
 * verifier (`jikim verify`) and the browser's, so both speak the same report. No Node APIs here.
 */

export interface BundleLimits {
  /** Most entries a bundle may hold (checked against the end-of-central-directory count first). */
  maxEntries: number;
  /** Largest uncompressed size of one entry, declared or actual. */
  maxEntryBytes: number;
  /** Largest sum of the declared uncompressed sizes. */
  maxTotalBytes: number;
  /** Highest uncompressed:compressed ratio for an entry larger than ratioMinBytes. */
  maxRatio: number;
  ratioMinBytes: number;
  /** Largest manifest.json or SHA256SUMS (they are read into memory to be parsed). */
  maxMetadataBytes: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const DEFAULT_BUNDLE_LIMITS: Readonly<BundleLimits> = Object.freeze({
  maxEntries: 10_000,
  maxEntryBytes: 8 * GiB,
  maxTotalBytes: 64 * GiB,
  maxRatio: 200,
  ratioMinBytes: MiB,
  maxMetadataBytes: 32 * MiB,
});

export type FileStatus = 'ok' | 'mismatch' | 'missing' | 'extra' | 'unsafe' | 'unreadable';

export interface FileReport {
  /** The entry's name; for unsafe names, escaped by displayText (control and bidi characters as \x1b, \u202e). */
  path: string;
  status: FileStatus;
  /** SHA-256 the manifest (or SHA256SUMS) expects. */
  expected?: string;
  /** SHA-256 of the bytes found. */
  actual?: string;
  /** Bytes found (for extra, unsafe and missing entries: the size declared, when known). */
  bytes?: number;
  /** Why, for anything but ok. */
  reason?: string;
}

export interface VerifyReport {
  ok: boolean;
  files: FileReport[];
  /** Problems with the bundle as a whole (the per-file ones are in files). */
  problems: string[];
}
