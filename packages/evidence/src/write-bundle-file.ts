/**
 * Writes an evidence bundle to a file in Node (tests, the CLI and the server), through the one
 * writer (write-bundle-stream.ts). Each source file is hashed first, so the manifest can carry its
 * digest; the writer hashes it again as it streams it into the zip, so a file changed in between
 * fails the bundle. The bundle is written beside outPath and renamed into place only when complete.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkedManifest } from './checked-manifest.js';
import { exhibitPathProblem, type EvidenceItem, type EvidenceManifest, type FileRecord } from './manifest.js';
import { openBundleStream, type BundleContents } from './write-bundle-stream.js';

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

export type WrittenBundle = BundleContents;

interface Digest {
  sha256: string;
  bytes: number;
}

async function digestOf(source: string): Promise<Digest> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of fs.createReadStream(source) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
    }
  } catch (error) {
    throw new Error(`writeBundle: cannot read ${source}: ${error instanceof Error ? error.message : 'read error'}`, { cause: error });
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** The sources by NFC path, each a path the manifest lists and every listed path given once. */
function sourcesByPath(input: BundleInput, items: readonly EvidenceItemInput[]): Map<string, string> {
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
  return sources;
}

const PLACEHOLDER: Digest = { sha256: '0'.repeat(64), bytes: 0 };

export async function writeBundle(outPath: string, input: BundleInput): Promise<WrittenBundle> {
  // NFC everywhere a name appears (macOS hands out NFD names).
  const items = input.manifest.items.map((item) =>
    item.file ? { ...item, file: { ...item.file, path: item.file.path.normalize('NFC'), originalName: item.file.originalName.normalize('NFC') } } : item,
  );
  const sources = sourcesByPath(input, items);
  const withDigests = (digests: ReadonlyMap<string, Digest>) => ({
    ...input.manifest,
    items: items.map((item) => (item.file ? { ...item, file: { ...item.file, ...(digests.get(item.file.path) ?? PLACEHOLDER) } } : item)),
  });
  // Refuse a bad manifest before reading a single file.
  checkedManifest(withDigests(new Map()));
  const digests = new Map<string, Digest>();
  for (const [path, source] of sources) digests.set(path, await digestOf(source));
  for (const { file } of items) {
    const digest = file && digests.get(file.path);
    if (file && digest && ((file.sha256 !== undefined && file.sha256 !== digest.sha256) || (file.bytes !== undefined && file.bytes !== digest.bytes))) {
      throw new Error(`writeBundle: ${file.path} changed since it was added (SHA-256 or size differs from the manifest)`);
    }
  }
  const manifest = checkedManifest(withDigests(digests));
  const report = input.report ? new Uint8Array(await fs.promises.readFile(input.report.source)) : undefined;
  const sourceOf = new Map(manifest.items.flatMap((item) => (item.file ? [[item.id, sources.get(item.file.path) ?? '']] : [])));
  const { stream, written } = openBundleStream({
    manifest,
    ...(report ? { report } : {}),
    openFile: (itemId) => Readable.toWeb(fs.createReadStream(sourceOf.get(itemId) ?? '')) as ReadableStream<Uint8Array>,
  });
  const partial = `${outPath}.partial`;
  try {
    await pipeline(Readable.fromWeb(stream as never), fs.createWriteStream(partial));
    const contents = await written;
    await fs.promises.rename(partial, outPath);
    return contents;
  } catch (error) {
    await fs.promises.rm(partial, { force: true });
    throw error;
  }
}
