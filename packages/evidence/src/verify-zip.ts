/**
 * The checks of an evidence bundle, whatever reads the zip. The Node verifier (yauzl, a file on
 * disk) and the browser's (zip.js, a Blob) only hand this module the central directory and a way to
 * stream each entry, so both apply the same rules and give the same report for the same bytes:
 * every entry is checked against the safety limits from the central directory first (zip slip,
 * symlinks, zip bombs), then each expected file is streamed through SHA-256 — never read into
 * memory whole, never written to disk — and compared with manifest.json, which must agree with
 * SHA256SUMS. No Node APIs here.
 */
import { bundlePathProblem, manifestFiles, MANIFEST_PATH, parseManifest, ProblemList, REPORT_PATH, SUMS_PATH, type EvidenceManifest } from './manifest.js';
import { compareUtf8, parseSha256Sums, type Sha256SumsEntry } from './sha256sums.js';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits, type FileReport, type VerifyReport } from './verify-report.js';
import { displayText } from './display-text.js';
import { entryName, type ExtraField } from './zip-entry-name.js';

/** What the central directory says of one entry. */
export interface ZipEntryFacts {
  readonly rawName: Uint8Array;
  readonly generalPurposeBitFlag: number;
  readonly externalFileAttributes: number;
  readonly compressionMethod: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  readonly localHeaderOffset: number;
  readonly extraFields: readonly ExtraField[];
}

/** An open zip, as a reader library sees it. Errors thrown by these are reported, never passed on. */
export interface OpenZip<E extends ZipEntryFacts> {
  /** How many entries the end-of-central-directory record declares. */
  readonly entryCount: number;
  /** The central directory, entry by entry. */
  entries(): AsyncIterable<E>;
  /** Something wrong with the zip as a whole that reading the directory showed, or null. */
  directoryProblem?(): string | null;
  /** The raw name in the entry's local file header. */
  localFileName(entry: E): Promise<Uint8Array>;
  /** The entry's uncompressed bytes (stored or deflated), streamed; stopping early closes it. */
  openEntry(entry: E): Promise<AsyncIterable<Uint8Array>>;
  close(): void | Promise<void>;
}

/** SHA-256 and CRC-32 of a stream of chunks. */
export interface EntryHasher {
  update(chunk: Uint8Array): void;
  /** The lower-case hex SHA-256 and the CRC-32 (unsigned) of everything given. */
  finish(): { sha256: string; crc32: number };
}

export interface ZipPort<E extends ZipEntryFacts> {
  open(limits: BundleLimits): Promise<OpenZip<E>>;
  hasher(): EntryHasher | Promise<EntryHasher>;
}

interface Expected {
  sha256: string;
  bytes?: number;
}

const messageOf = (error: unknown, fallback: string) => (error instanceof Error ? error.message : fallback);
const isSymlink = (entry: ZipEntryFacts) => ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;
const isEncrypted = (entry: ZipEntryFacts) => (entry.generalPurposeBitFlag & 0x1) !== 0;
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

type Digest = { ok: true; sha256: string; bytes: number; crcOk: boolean; data?: Uint8Array | undefined } | { ok: false; status: 'unsafe' | 'unreadable'; reason: string };

const CRC_FAILED = 'CRC-32 does not match (damaged zip)';

/** The kept bytes as text, let go of as they are decoded (an 8 MiB manifest need not be held twice). */
function takeText(found: { data?: Uint8Array | undefined }, fatal: boolean): string {
  const data = found.data ?? new Uint8Array(0);
  found.data = undefined;
  return new TextDecoder('utf-8', { fatal }).decode(data);
}

/**
 * Streams one entry through SHA-256 and CRC-32, counting the bytes: more than declared (or than the
 * limit) aborts it as unsafe; fewer than declared or bad deflate data make it unreadable. A bad
 * CRC-32 is left to the caller: bytes whose SHA-256 differs from the manifest's are a mismatch
 * whatever their CRC says (a byte changed inside the zip fails both); a bad CRC alone is damage.
 * With keep, the bytes are also kept, in one buffer of the declared size (at most the limit).
 */
async function digestEntry<E extends ZipEntryFacts>(zip: OpenZip<E>, port: ZipPort<E>, entry: E, limit: number, keep: boolean): Promise<Digest> {
  const declared = entry.uncompressedSize;
  const cap = Math.min(declared, limit);
  let stream: AsyncIterable<Uint8Array>;
  try {
    stream = await zip.openEntry(entry);
  } catch (error) {
    return { ok: false, status: 'unreadable', reason: messageOf(error, 'cannot open the entry') };
  }
  const hasher = await port.hasher();
  const data = keep ? new Uint8Array(cap) : undefined;
  let bytes = 0;
  try {
    // Leaving the loop early closes the stream, so a zip bomb is never inflated further.
    for await (const chunk of stream) {
      if (bytes + chunk.length > cap) {
        return {
          ok: false,
          status: 'unsafe',
          reason: bytes + chunk.length > declared ? `holds more than the ${declared} bytes its header declares (zip bomb?)` : `larger than the limit of ${cap} bytes`,
        };
      }
      hasher.update(chunk);
      data?.set(chunk, bytes);
      bytes += chunk.length;
    }
  } catch (error) {
    return { ok: false, status: 'unreadable', reason: `damaged entry: ${messageOf(error, 'read error')}` };
  }
  if (bytes !== declared) return { ok: false, status: 'unreadable', reason: `holds ${bytes} bytes but its header declares ${declared}` };
  const { sha256, crc32 } = hasher.finish();
  const digest = { ok: true as const, sha256, bytes, crcOk: crc32 >>> 0 === entry.crc32 >>> 0 };
  return data ? { ...digest, data } : digest;
}

interface Candidate<E> {
  name: string;
  entry: E;
}

/** Verifies the zip the port reads. Never throws for a bad bundle: everything wrong is in the report. */
export async function verifyZip<E extends ZipEntryFacts>(port: ZipPort<E>, limits: Partial<BundleLimits> = {}): Promise<VerifyReport> {
  const lim: BundleLimits = { ...DEFAULT_BUNDLE_LIMITS, ...limits };
  const files: FileReport[] = [];
  // The first maxReported problems, and missing files, are listed; the others only counted.
  const problems = new ProblemList(lim.maxReported);
  let missingOmitted = 0;
  let manifestCheckStopped = false;
  const done = (): VerifyReport => {
    files.sort((a, b) => compareUtf8(a.path, b.path));
    const ok = problems.count === 0 && missingOmitted === 0 && files.every((f) => f.status === 'ok');
    const omitted = missingOmitted + problems.omitted > 0 || manifestCheckStopped
      ? { omitted: { missing: missingOmitted, problems: problems.omitted, ...(manifestCheckStopped ? { manifestCheckStopped } : {}) } }
      : {};
    return { ok, files, problems: problems.kept, ...omitted };
  };

  let zip: OpenZip<E>;
  try {
    zip = await port.open(lim);
  } catch (error) {
    problems.add(`not a readable zip file: ${messageOf(error, 'unknown error')}`);
    return done();
  }
  try {
    if (zip.entryCount > lim.maxEntries) {
      problems.add(`the bundle declares ${zip.entryCount} entries, more than the limit of ${lim.maxEntries}; nothing was checked`);
      return done();
    }
    // manifest.json and SHA256SUMS are parsed, so they must be intact, CRC-32 and all, and small
    // enough to hold in memory: one that declares more than its limit is not even opened.
    const metadata = async (entry: E, limit: number): Promise<Digest> => {
      if (entry.uncompressedSize > limit) return { ok: false, status: 'unsafe', reason: `declares ${entry.uncompressedSize} bytes, more than the limit of ${limit}` };
      const found = await digestEntry(zip, port, entry, limit, true);
      return found.ok && !found.crcOk ? { ok: false, status: 'unreadable', reason: CRC_FAILED } : found;
    };

    // 1. The central directory: refuse whatever is unsafe before reading any file data.
    const safe = new Map<string, Candidate<E>>();
    const seen = new Set<string>();
    const all: E[] = [];
    let totalDeclared = 0;
    try {
      for await (const entry of zip.entries()) {
        all.push(entry);
        if (all.length > lim.maxEntries) {
          problems.add(`the bundle holds more than ${lim.maxEntries} entries; nothing was checked`);
          files.length = 0;
          return done();
        }
        const { name, problem: nameProblem } = entryName(entry.rawName, entry.generalPurposeBitFlag, entry.extraFields);
        const isDirectory = name.endsWith('/');
        const unsafe = (reason: string) => void files.push({ path: displayText(name), status: 'unsafe', bytes: entry.uncompressedSize, reason });
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
        if (isEncrypted(entry)) {
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
      problems.add(`the zip's central directory is damaged: ${messageOf(error, 'unknown error')}`);
      return done();
    }
    const directoryProblem = zip.directoryProblem?.() ?? null;
    if (directoryProblem) {
      problems.add(`${directoryProblem}; nothing was hashed`);
      return done();
    }
    if (totalDeclared > lim.maxTotalBytes) {
      problems.add(`the entries declare ${totalDeclared} bytes in all, more than the limit of ${lim.maxTotalBytes}; nothing was hashed`);
      return done();
    }
    // Entries sharing compressed data (overlapping local headers) are the "better zip bomb".
    const byOffset = [...all].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
    for (let i = 1; i < byOffset.length; i++) {
      const prev = byOffset[i - 1];
      const next = byOffset[i];
      if (prev && next && prev.localHeaderOffset + 30 + prev.compressedSize > next.localHeaderOffset) {
        problems.add('entries overlap in the zip file (zip bomb?); nothing was hashed');
        return done();
      }
    }
    // The local header must name the same file as the central directory (tools differ in which they trust).
    for (const candidate of [...safe.values()]) {
      try {
        if (!sameBytes(await zip.localFileName(candidate.entry), candidate.entry.rawName)) {
          files.push({ path: candidate.name, status: 'unsafe', reason: 'local header names another file than the central directory' });
          safe.delete(candidate.name.toLowerCase());
        }
      } catch (error) {
        files.push({ path: candidate.name, status: 'unreadable', reason: messageOf(error, 'bad local header') });
        safe.delete(candidate.name.toLowerCase());
      }
    }
    const take = (name: string): Candidate<E> | undefined => {
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
      const found = await metadata(manifestEntry.entry, lim.maxManifestBytes);
      if (!found.ok) {
        files.push({ path: MANIFEST_PATH, status: found.status, reason: found.reason });
      } else {
        manifestDigest = found.sha256;
        const parsed = parseManifest(takeText(found, false), { maxProblems: lim.maxReported });
        if (parsed.ok) manifest = parsed.manifest;
        else {
          files.push({ path: MANIFEST_PATH, status: 'unreadable', actual: found.sha256, bytes: found.bytes, reason: 'not a valid v1 manifest' });
          for (const problem of parsed.problems) problems.add(problem);
          problems.skip(parsed.omitted);
          manifestCheckStopped = parsed.stopped;
        }
      }
    } else if (!reported(MANIFEST_PATH)) {
      files.push({ path: MANIFEST_PATH, status: 'missing', reason: 'the bundle has no manifest.json' });
    }

    let sums: Sha256SumsEntry[] | undefined;
    const sumsEntry = take(SUMS_PATH);
    if (sumsEntry) {
      const found = await metadata(sumsEntry.entry, lim.maxSumsBytes);
      if (!found.ok) {
        files.push({ path: SUMS_PATH, status: found.status, reason: found.reason });
      } else {
        try {
          sums = parseSha256Sums(takeText(found, true), { maxLines: lim.maxEntries });
          files.push({ path: SUMS_PATH, status: 'ok', actual: found.sha256, bytes: found.bytes });
        } catch (error) {
          files.push({ path: SUMS_PATH, status: 'unreadable', actual: found.sha256, bytes: found.bytes, reason: messageOf(error, 'not a SHA256SUMS file') });
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
      if (sums && !line) problems.add('SHA256SUMS does not list manifest.json');
    }
    if (manifest && sums) {
      const sumsByPath = new Map(sums.map((s) => [s.path, s.sha256]));
      for (const [path, want] of expected) {
        const listed = sumsByPath.get(path);
        if (listed === undefined) problems.add(`SHA256SUMS does not list ${path}, which the manifest lists`);
        else if (listed !== want.sha256) problems.add(`SHA256SUMS and the manifest disagree on the SHA-256 of ${path}`);
      }
      for (const s of sums) {
        if (s.path !== MANIFEST_PATH && !expected.has(s.path)) problems.add(`SHA256SUMS lists ${s.path}, which the manifest does not`);
      }
    }

    // 4. Every expected file, streamed and hashed. A manifest can list 100,000 files that are not
    // there: what was reported is looked up in a Set, and only the first missing ones are listed.
    const reportedPaths = new Set(files.map((f) => f.path));
    let missing = 0;
    for (const [path, want] of expected) {
      const candidate = take(path);
      if (!candidate) {
        if (reportedPaths.has(path)) continue;
        if (++missing > lim.maxReported) missingOmitted++;
        else files.push({ path, status: 'missing', expected: want.sha256, ...(want.bytes !== undefined ? { bytes: want.bytes } : {}) });
        continue;
      }
      const found = await digestEntry(zip, port, candidate.entry, lim.maxEntryBytes, false);
      if (!found.ok) {
        files.push({ path, status: found.status, expected: want.sha256, reason: found.reason });
        continue;
      }
      const crcNote = found.crcOk ? '' : '; its CRC-32 fails too (changed inside the zip)';
      if (want.bytes !== undefined && found.bytes !== want.bytes) {
        files.push({ path, status: 'mismatch', expected: want.sha256, actual: found.sha256, bytes: found.bytes, reason: `${found.bytes} bytes where the manifest says ${want.bytes}${crcNote}` });
      } else if (found.sha256 !== want.sha256) files.push({ path, status: 'mismatch', expected: want.sha256, actual: found.sha256, bytes: found.bytes, reason: `SHA-256 differs${crcNote}` });
      else if (!found.crcOk) files.push({ path, status: 'unreadable', expected: want.sha256, actual: found.sha256, bytes: found.bytes, reason: CRC_FAILED });
      else files.push({ path, status: 'ok', expected: want.sha256, actual: found.sha256, bytes: found.bytes });
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
    try {
      await zip.close();
    } catch {
      // Closing a reader we are done with cannot change the report.
    }
  }
}
