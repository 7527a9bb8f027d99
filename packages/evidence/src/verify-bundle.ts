/**
 * Verifies an evidence bundle (.zip) without extracting it: every entry is checked against the
 * safety limits from the central directory first (zip slip, symlinks, zip bombs), then each expected
 * file is streamed through SHA-256 — never read into memory whole, never written to disk — and
 * compared with manifest.json, which must agree with SHA256SUMS.
 */
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { bundlePathProblem, manifestFiles, MANIFEST_PATH, parseManifest, REPORT_PATH, SUMS_PATH, type EvidenceManifest } from './manifest.js';
import { compareUtf8, parseSha256Sums, type Sha256SumsEntry } from './sha256sums.js';

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
  /** The entry's name; for unsafe names, control characters are shown as \u escapes. */
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

interface Expected {
  sha256: string;
  bytes?: number;
}

// eslint-disable-next-line no-control-regex
const CONTROL_GLOBAL = /[\u0000-\u001f\u007f-\u009f]/gu;
const printable = (name: string): string => name.replace(CONTROL_GLOBAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An entry's name as every unzip tool would see it, or why it is ambiguous. */
function entryName(entry: yauzl.Entry): { name: string; problem?: string } {
  const raw = entry.fileNameRaw;
  let name: string;
  if (entry.generalPurposeBitFlag & 0x800) {
    try {
      name = utf8.decode(raw);
    } catch {
      return { name: printable(raw.toString('latin1')), problem: 'name is not valid UTF-8' };
    }
  } else if (raw.every((b) => b < 0x80)) {
    name = raw.toString('latin1');
  } else {
    // Without the UTF-8 flag, tools disagree (CP437, the locale's code page, ...).
    return { name: printable(raw.toString('latin1')), problem: 'non-ASCII name not marked as UTF-8' };
  }
  // The Info-ZIP Unicode Path extra field may give another name, which some tools use instead.
  if (entry.extraFields.some((f) => f.id === 0x7075) && yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true) !== name) {
    return { name: printable(name), problem: 'Unicode Path extra field names another file' };
  }
  return { name };
}

function isSymlink(entry: yauzl.Entry): boolean {
  return ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}

type Digest = { ok: true; sha256: string; bytes: number; data?: Buffer } | { ok: false; status: 'unsafe' | 'unreadable'; reason: string };

/**
 * Streams one entry through SHA-256 and CRC-32, counting the bytes: more than declared (or than the
 * limit) aborts it as unsafe; fewer than declared, a bad CRC or bad deflate data make it unreadable.
 */
async function digestEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, limits: BundleLimits, keep: boolean): Promise<Digest> {
  const declared = entry.uncompressedSize;
  const cap = Math.min(declared, keep ? limits.maxMetadataBytes : limits.maxEntryBytes);
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    return { ok: false, status: 'unreadable', reason: error instanceof Error ? error.message : 'cannot open the entry' };
  }
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let bytes = 0;
  let crc = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > cap) {
        stream.destroy();
        return {
          ok: false,
          status: 'unsafe',
          reason: bytes > declared ? `holds more than the ${declared} bytes its header declares (zip bomb?)` : `larger than the limit of ${cap} bytes`,
        };
      }
      hash.update(chunk);
      crc = zlib.crc32(chunk, crc);
      if (keep) chunks.push(chunk);
    }
  } catch (error) {
    stream.destroy();
    return { ok: false, status: 'unreadable', reason: `damaged entry: ${error instanceof Error ? error.message : 'read error'}` };
  }
  if (bytes !== declared) return { ok: false, status: 'unreadable', reason: `holds ${bytes} bytes but its header declares ${declared}` };
  if (crc >>> 0 !== entry.crc32 >>> 0) return { ok: false, status: 'unreadable', reason: 'CRC-32 does not match (damaged zip)' };
  const digest = { ok: true as const, sha256: hash.digest('hex'), bytes };
  return keep ? { ...digest, data: Buffer.concat(chunks) } : digest;
}

interface Candidate {
  name: string;
  entry: yauzl.Entry;
}

/** Verifies the bundle at zipPath. Never throws for a bad bundle: everything wrong is in the report. */
export async function verifyBundle(zipPath: string, limits: Partial<BundleLimits> = {}): Promise<VerifyReport> {
  const lim: BundleLimits = { ...DEFAULT_BUNDLE_LIMITS, ...limits };
  const files: FileReport[] = [];
  const problems: string[] = [];
  const done = (): VerifyReport => {
    files.sort((a, b) => compareUtf8(a.path, b.path));
    return { ok: problems.length === 0 && files.every((f) => f.status === 'ok'), files, problems };
  };

  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false, strictFileNames: true });
  } catch (error) {
    problems.push(`not a readable zip file: ${error instanceof Error ? error.message : 'unknown error'}`);
    return done();
  }
  try {
    if (zip.entryCount > lim.maxEntries) {
      problems.push(`the bundle declares ${zip.entryCount} entries, more than the limit of ${lim.maxEntries}; nothing was checked`);
      return done();
    }

    // 1. The central directory: refuse whatever is unsafe before reading any file data.
    const safe = new Map<string, Candidate>();
    const seen = new Set<string>();
    const all: yauzl.Entry[] = [];
    let totalDeclared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        all.push(entry);
        if (all.length > lim.maxEntries) {
          problems.push(`the bundle holds more than ${lim.maxEntries} entries; nothing was checked`);
          files.length = 0;
          return done();
        }
        const { name, problem: nameProblem } = entryName(entry);
        const isDirectory = name.endsWith('/');
        const unsafe = (reason: string) => void files.push({ path: printable(name), status: 'unsafe', bytes: entry.uncompressedSize, reason });
        const pathProblem = nameProblem ?? bundlePathProblem(isDirectory ? name.slice(0, -1) : name);
        if (pathProblem) {
          unsafe(pathProblem);
          continue;
        }
        const folded = name.toLowerCase();
        if (seen.has(folded)) {
          unsafe('two entries with this name (ignoring case)');
          const first = safe.get(folded);
          if (first) files.push({ path: first.name, status: 'unsafe', bytes: first.entry.uncompressedSize, reason: 'two entries with this name (ignoring case)' });
          safe.delete(folded);
          continue;
        }
        seen.add(folded);
        if (isSymlink(entry)) {
          unsafe('symbolic link');
          continue;
        }
        if (entry.isEncrypted()) {
          files.push({ path: name, status: 'unreadable', reason: 'encrypted entry' });
          continue;
        }
        if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
          files.push({ path: name, status: 'unreadable', reason: `unsupported compression method ${entry.compressionMethod}` });
          continue;
        }
        if (entry.uncompressedSize > lim.maxEntryBytes) {
          unsafe(`declares ${entry.uncompressedSize} bytes, more than the limit of ${lim.maxEntryBytes}`);
          continue;
        }
        if (entry.uncompressedSize > lim.ratioMinBytes && entry.uncompressedSize > lim.maxRatio * entry.compressedSize) {
          unsafe(`compression ratio over ${lim.maxRatio}:1 (zip bomb?)`);
          continue;
        }
        totalDeclared += entry.uncompressedSize;
        safe.set(folded, { name, entry });
      }
    } catch (error) {
      problems.push(`the zip's central directory is damaged: ${error instanceof Error ? error.message : 'unknown error'}`);
      return done();
    }
    if (totalDeclared > lim.maxTotalBytes) {
      problems.push(`the entries declare ${totalDeclared} bytes in all, more than the limit of ${lim.maxTotalBytes}; nothing was hashed`);
      return done();
    }
    // Entries sharing compressed data (overlapping local headers) are the "better zip bomb".
    const byOffset = [...all].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
    for (let i = 1; i < byOffset.length; i++) {
      const prev = byOffset[i - 1];
      const next = byOffset[i];
      if (prev && next && prev.relativeOffsetOfLocalHeader + 30 + prev.compressedSize > next.relativeOffsetOfLocalHeader) {
        problems.push('entries overlap in the zip file (zip bomb?); nothing was hashed');
        return done();
      }
    }
    // The local header must name the same file as the central directory (tools differ in which they trust).
    for (const candidate of [...safe.values()]) {
      try {
        const local = await zip.readLocalFileHeaderPromise(candidate.entry);
        if (!local.fileName.equals(candidate.entry.fileNameRaw)) {
          files.push({ path: candidate.name, status: 'unsafe', reason: 'local header names another file than the central directory' });
          safe.delete(candidate.name.toLowerCase());
        }
      } catch (error) {
        files.push({ path: candidate.name, status: 'unreadable', reason: error instanceof Error ? error.message : 'bad local header' });
        safe.delete(candidate.name.toLowerCase());
      }
    }
    const take = (name: string): Candidate | undefined => {
      const candidate = safe.get(name.toLowerCase());
      if (!candidate || candidate.name !== name) return undefined;
      safe.delete(name.toLowerCase());
      return candidate;
    };
    const reported = (name: string) => files.some((f) => f.path === name);

    // 2. manifest.json and SHA256SUMS.
    let manifest: EvidenceManifest | undefined;
    let manifestDigest: string | undefined;
    const manifestEntry = take(MANIFEST_PATH);
    if (manifestEntry) {
      const digest = await digestEntry(zip, manifestEntry.entry, lim, true);
      if (!digest.ok) {
        files.push({ path: MANIFEST_PATH, status: digest.status, reason: digest.reason });
      } else {
        manifestDigest = digest.sha256;
        const parsed = parseManifest(new TextDecoder().decode(digest.data));
        if (parsed.ok) manifest = parsed.manifest;
        else {
          files.push({ path: MANIFEST_PATH, status: 'unreadable', actual: digest.sha256, bytes: digest.bytes, reason: 'not a valid v1 manifest' });
          problems.push(...parsed.problems.slice(0, 20));
          if (parsed.problems.length > 20) problems.push(`… and ${parsed.problems.length - 20} more manifest problems`);
        }
      }
    } else if (!reported(MANIFEST_PATH)) {
      files.push({ path: MANIFEST_PATH, status: 'missing', reason: 'the bundle has no manifest.json' });
    }

    let sums: Sha256SumsEntry[] | undefined;
    const sumsEntry = take(SUMS_PATH);
    if (sumsEntry) {
      const digest = await digestEntry(zip, sumsEntry.entry, lim, true);
      if (!digest.ok) {
        files.push({ path: SUMS_PATH, status: digest.status, reason: digest.reason });
      } else {
        try {
          sums = parseSha256Sums(new TextDecoder('utf-8', { fatal: true }).decode(digest.data));
          files.push({ path: SUMS_PATH, status: 'ok', actual: digest.sha256, bytes: digest.bytes });
        } catch (error) {
          files.push({ path: SUMS_PATH, status: 'unreadable', actual: digest.sha256, bytes: digest.bytes, reason: error instanceof Error ? error.message : 'not a SHA256SUMS file' });
        }
      }
    } else if (!reported(SUMS_PATH)) {
      files.push({ path: SUMS_PATH, status: 'missing', reason: 'the bundle has no SHA256SUMS' });
    }

    // 3. What the bundle should hold: the manifest says; SHA256SUMS must agree with it.
    const expected = new Map<string, Expected>();
    if (manifest) {
      for (const f of manifestFiles(manifest)) expected.set(f.path, { sha256: f.sha256, bytes: f.bytes });
    } else if (sums) {
      for (const s of sums) if (s.path !== MANIFEST_PATH) expected.set(s.path, { sha256: s.sha256 });
    }
    if (manifestDigest !== undefined) {
      const line = sums?.find((s) => s.path === MANIFEST_PATH);
      if (manifest) {
        if (line && line.sha256 !== manifestDigest) files.push({ path: MANIFEST_PATH, status: 'mismatch', expected: line.sha256, actual: manifestDigest, reason: 'differs from its line in SHA256SUMS' });
        else files.push({ path: MANIFEST_PATH, status: 'ok', ...(line ? { expected: line.sha256 } : {}), actual: manifestDigest });
      }
      if (sums && !line) problems.push('SHA256SUMS does not list manifest.json');
    }
    if (manifest && sums) {
      const sumsByPath = new Map(sums.map((s) => [s.path, s.sha256]));
      for (const [path, want] of expected) {
        const listed = sumsByPath.get(path);
        if (listed === undefined) problems.push(`SHA256SUMS does not list ${path}, which the manifest lists`);
        else if (listed !== want.sha256) problems.push(`SHA256SUMS and the manifest disagree on the SHA-256 of ${path}`);
      }
      for (const s of sums) {
        if (s.path !== MANIFEST_PATH && !expected.has(s.path)) problems.push(`SHA256SUMS lists ${s.path}, which the manifest does not`);
      }
    }

    // 4. Every expected file, streamed and hashed.
    for (const [path, want] of expected) {
      const candidate = take(path);
      if (!candidate) {
        if (!reported(path)) files.push({ path, status: 'missing', expected: want.sha256, ...(want.bytes !== undefined ? { bytes: want.bytes } : {}) });
        continue;
      }
      const digest = await digestEntry(zip, candidate.entry, lim, false);
      if (!digest.ok) files.push({ path, status: digest.status, expected: want.sha256, reason: digest.reason });
      else if (want.bytes !== undefined && digest.bytes !== want.bytes) {
        files.push({ path, status: 'mismatch', expected: want.sha256, actual: digest.sha256, bytes: digest.bytes, reason: `${digest.bytes} bytes where the manifest says ${want.bytes}` });
      } else if (digest.sha256 !== want.sha256) files.push({ path, status: 'mismatch', expected: want.sha256, actual: digest.sha256, bytes: digest.bytes, reason: 'SHA-256 differs' });
      else files.push({ path, status: 'ok', expected: want.sha256, actual: digest.sha256, bytes: digest.bytes });
    }

    // 5. Whatever is left is extra (directory entries of expected files are tolerated).
    const expectedDirs = new Set<string>();
    for (const path of expected.keys()) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) expectedDirs.add(`${parts.slice(0, i).join('/')}/`);
    }
    for (const { name, entry } of safe.values()) {
      if (name.endsWith('/') && entry.uncompressedSize === 0 && expectedDirs.has(name)) continue;
      files.push({ path: name, status: 'extra', bytes: entry.uncompressedSize, reason: name === REPORT_PATH ? 'a report the manifest does not list' : 'not listed in the manifest' });
    }
    return done();
  } finally {
    zip.close();
  }
}
