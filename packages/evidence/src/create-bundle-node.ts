/**
 * Writes an evidence bundle with yazl (Node: tests and future server use; the web app builds its
 * own in the browser). Each file is read once: its SHA-256 is computed from the very bytes streamed
 * into the zip, then manifest.json and SHA256SUMS are written last, from those digests.
 * The bundle is written beside outPath and renamed into place only when complete.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';
import {
  evidenceManifestSchema,
  exhibitPathProblem,
  MANIFEST_PATH,
  REPORT_PATH,
  SUMS_PATH,
  type EvidenceItem,
  type EvidenceManifest,
  type FileRecord,
} from './manifest.js';
import { formatSha256Sums } from './sha256sums.js';

/** A file record before export: the digest and size are computed (or checked, if given). */
export type FileRecordInput = Omit<FileRecord, 'sha256' | 'bytes'> & { sha256?: string | undefined; bytes?: number | undefined };
export type EvidenceItemInput = Omit<EvidenceItem, 'file'> & { file?: FileRecordInput | undefined };
export type ManifestInput = Omit<EvidenceManifest, 'items' | 'report'> & { items: EvidenceItemInput[] };

export interface BundleInput {
  manifest: ManifestInput;
  /** Where each item's file is on disk; path is the item's file.path. */
  files: readonly { path: string; source: string }[];
  /** The PDF report, stored as report.pdf. */
  report?: { source: string };
}

export interface WrittenBundle {
  manifest: EvidenceManifest;
  manifestSha256: string;
  sha256sums: string;
}

interface Digest {
  sha256: string;
  bytes: number;
}

/** A pass-through stream that hashes and counts what goes through it. */
function hashing(onDone: (digest: Digest) => void): Transform {
  const hash = createHash('sha256');
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
    flush(callback) {
      onDone({ sha256: hash.digest('hex'), bytes });
      callback();
    },
  });
}

const PLACEHOLDER_SHA256 = '0'.repeat(64);

export async function writeBundle(outPath: string, input: BundleInput): Promise<WrittenBundle> {
  // NFC everywhere a name appears (macOS hands out NFD names).
  const items: EvidenceItemInput[] = input.manifest.items.map((item) =>
    item.file ? { ...item, file: { ...item.file, path: item.file.path.normalize('NFC'), originalName: item.file.originalName.normalize('NFC') } } : item,
  );
  const sources = new Map<string, string>();
  for (const { path, source } of input.files) {
    const nfc = path.normalize('NFC');
    const problem = exhibitPathProblem(nfc);
    if (problem) throw new Error(`writeBundle: ${problem}: ${JSON.stringify(path)}`);
    if (sources.has(nfc)) throw new Error(`writeBundle: ${nfc} given twice`);
    sources.set(nfc, source);
  }
  const listed = new Set(items.flatMap((item) => (item.file ? [item.file.path] : [])));
  for (const path of listed) if (!sources.has(path)) throw new Error(`writeBundle: no source file for ${path}`);
  for (const path of sources.keys()) if (!listed.has(path)) throw new Error(`writeBundle: ${path} is not in the manifest`);

  const build = (digests: ReadonlyMap<string, Digest>, report: Digest | undefined): EvidenceManifest => {
    const manifest = {
      ...input.manifest,
      items: items.map((item) => {
        if (!item.file) return item;
        const digest = digests.get(item.file.path) ?? { sha256: PLACEHOLDER_SHA256, bytes: 0 };
        return { ...item, file: { ...item.file, sha256: digest.sha256, bytes: digest.bytes } };
      }),
      ...(input.report ? { report: { path: REPORT_PATH, sha256: report?.sha256 ?? PLACEHOLDER_SHA256, bytes: report?.bytes ?? 0 } } : {}),
    };
    const parsed = evidenceManifestSchema.safeParse(manifest);
    if (!parsed.success) {
      throw new Error(`writeBundle: invalid manifest: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return parsed.data;
  };
  // Refuse a bad manifest before reading a single file.
  build(new Map(), undefined);

  const mtime = new Date(input.manifest.createdAt);
  const digests = new Map<string, Digest>();
  let reportDigest: Digest | undefined;
  let result: WrittenBundle | undefined;
  const zip = new yazl.ZipFile();
  const failures: Error[] = [];
  const fail = (error: unknown) => void failures.push(error instanceof Error ? error : new Error(String(error)));
  zip.on('error', fail);
  // yazl stops (without ending its output) on an error.
  const zipFailed = new Promise<void>((resolve) => zip.once('error', () => resolve()));

  const addFile = (path: string, source: string, done: (digest: Digest) => void) => {
    // Evidence is mostly photos and videos, already compressed: store the bytes as they are.
    zip.addReadStreamLazy(path, { compress: false, mtime, mode: 0o100644 }, (callback) => {
      const file = fs.createReadStream(source);
      const hasher = hashing(done);
      file.on('error', (error) => {
        hasher.destroy();
        zip.emit('error', new Error(`writeBundle: cannot read ${source}: ${error.message}`));
      });
      callback(null, file.pipe(hasher));
    });
  };
  for (const [path, source] of sources) addFile(path, source, (digest) => digests.set(path, digest));
  if (input.report) addFile(REPORT_PATH, input.report.source, (digest) => (reportDigest = digest));

  // yazl pumps entries in order, so these run once every file above has been streamed.
  let manifestSha256 = '';
  zip.addReadStreamLazy(MANIFEST_PATH, { mtime, mode: 0o100644 }, (callback) => {
    try {
      const manifest = build(digests, reportDigest);
      for (const item of items) {
        const given = item.file;
        const digest = given && digests.get(given.path);
        if (given && digest && ((given.sha256 !== undefined && given.sha256 !== digest.sha256) || (given.bytes !== undefined && given.bytes !== digest.bytes))) {
          throw new Error(`writeBundle: ${given.path} changed since it was added (SHA-256 or size differs from the manifest)`);
        }
      }
      const json = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
      manifestSha256 = createHash('sha256').update(json).digest('hex');
      result = { manifest, manifestSha256, sha256sums: '' };
      callback(null, Readable.from([json]));
    } catch (error) {
      callback(error, Readable.from([]));
    }
  });
  zip.addReadStreamLazy(SUMS_PATH, { mtime, mode: 0o100644 }, (callback) => {
    if (!result) return callback(new Error('writeBundle: manifest was not written'), Readable.from([]));
    result.sha256sums = formatSha256Sums([
      { path: MANIFEST_PATH, sha256: manifestSha256 },
      ...[...digests].map(([path, { sha256 }]) => ({ path, sha256 })),
      ...(reportDigest ? [{ path: REPORT_PATH, sha256: reportDigest.sha256 }] : []),
    ]);
    callback(null, Readable.from([Buffer.from(result.sha256sums, 'utf8')]));
  });
  zip.end();

  const partial = `${outPath}.partial`;
  const out = fs.createWriteStream(partial);
  out.on('error', fail);
  zip.outputStream.on('error', fail);
  zip.outputStream.pipe(out);
  await Promise.race([finished(out).catch(fail), zipFailed]);
  if (failures.length > 0 || !result) {
    out.destroy();
    await fs.promises.rm(partial, { force: true });
    throw failures[0] ?? new Error('writeBundle: the bundle was not completed');
  }
  await fs.promises.rename(partial, outPath);
  return result;
}
