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
  /** Largest manifest.json (read into memory to be parsed). */
  maxManifestBytes: number;
  /** Largest SHA256SUMS (read into memory to be parsed; it may also have at most maxEntries lines). */
  maxSumsBytes: number;
  /** Problems, and missing files, listed in a report before the rest are only counted. */
  maxReported: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const DEFAULT_BUNDLE_LIMITS: Readonly<BundleLimits> = Object.freeze({
  maxEntries: 10_000,
  maxEntryBytes: 8 * GiB,
  maxTotalBytes: 64 * GiB,
  maxRatio: 200,
  ratioMinBytes: MiB,
  maxManifestBytes: 8 * MiB,
  // 10,000 lines of the longest path a bundle allows: 64 hex digits, 2 spaces, 1,024 bytes, LF.
  maxSumsBytes: 10_000 * (64 + 2 + 1024 + 1),
  maxReported: 20,
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
  /** Every entry's result; of the missing files, only the first maxReported. */
  files: FileReport[];
  /** Problems with the bundle as a whole (the per-file ones are in files); the first maxReported. */
  problems: string[];
  /**
   * How many missing files and problems were left out of the lists above (absent when none).
   * manifestCheckStopped: manifest.json had so many problems that checking it stopped before its
   * end (after 1,000): there are more problems than counted.
   */
  omitted?: { missing: number; problems: number; manifestCheckStopped?: boolean };
}
