/**
 * Brings a bundle into a locker (changing phones). The bundle is verified first and refused,
 * with its report, unless every file is right. Then each item's file is streamed from the zip
 * into the locker (stored entries as slices of the Blob, deflated ones inflated by the browser on
 * the way) and hashed again as it is sealed; only when its SHA-256 equals the manifest's is the
 * item written. A tab closed half-way therefore leaves no item, only orphan chunks that the next
 * unlock sweeps away; a full disk throws LockerFullError with nothing of that item kept.
 */
import { DEFAULT_BUNDLE_LIMITS, entryName, MANIFEST_PATH, parseManifest, type EvidenceManifest, type VerifyReport, type ZipEntryFacts } from '@jikim/evidence';
import { itemFromManifest, type EvidenceItem, type ImportSource } from '@jikim/case';
import type { LockerStore } from '../locker/locker-store.js';
import { sniffMediaType } from '../files/media-type.js';
import { chunksOf, entryStream, localHeader, openBlobZip } from './blob-zip.js';
import { verifyBundleBlob } from './verify-bundle-blob.js';

/** The part of LockerStore an import uses. */
export type ImportTarget = Pick<LockerStore, 'items' | 'storeFile' | 'saveItem'>;

export type ImportResult = { ok: true; imported: number; report: VerifyReport } | { ok: false; report: VerifyReport };

export class ImportError extends Error {
  constructor(
    readonly reason: 'already-in-locker' | 'not-for-this-locker' | 'changed-while-importing',
    readonly itemId: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Every entry of the (verified) bundle by name. */
async function entriesByName(zip: Blob): Promise<Map<string, ZipEntryFacts>> {
  const opened = await openBlobZip(zip, DEFAULT_BUNDLE_LIMITS);
  const byName = new Map<string, ZipEntryFacts>();
  try {
    for await (const entry of opened.entries()) byName.set(entryName(entry.rawName, entry.generalPurposeBitFlag, entry.extraFields).name, entry);
  } finally {
    await opened.close();
  }
  return byName;
}

async function readManifest(zip: Blob, entry: ZipEntryFacts | undefined): Promise<EvidenceManifest> {
  if (!entry) throw new Error('the bundle has no manifest.json');
  const decoder = new TextDecoder();
  let json = '';
  for await (const chunk of chunksOf(await entryStream(zip, entry))) json += decoder.decode(chunk, { stream: true });
  const parsed = parseManifest(json + decoder.decode());
  if (!parsed.ok) throw new Error('manifest.json is not a valid v1 manifest');
  return parsed.manifest;
}

/** The entry's bytes as a Blob: a slice of the zip when stored, else inflated (kept on disk by the browser). */
async function entryBlob(zip: Blob, entry: ZipEntryFacts): Promise<Blob> {
  if (entry.compressionMethod !== 0) return new Response(await entryStream(zip, entry)).blob();
  const { dataOffset } = await localHeader(zip, entry.localHeaderOffset);
  return zip.slice(dataOffset, dataOffset + entry.compressedSize);
}

/**
 * `verify` checks the bundle first; the locker passes the Web Worker's check (verify-bundle-blob-in-worker.ts)
 * so the page, and quick exit, stay responsive while a large or hostile bundle is read.
 */
export async function importBundle(
  zip: Blob,
  store: ImportTarget,
  now: Date,
  onProgress?: (done: number, total: number) => void,
  verify: (zip: Blob) => Promise<VerifyReport> = verifyBundleBlob,
): Promise<ImportResult> {
  const report = await verify(zip);
  if (!report.ok) return { ok: false, report };
  const entries = await entriesByName(zip);
  const manifest = await readManifest(zip, entries.get(MANIFEST_PATH));
  const source: ImportSource = { manifest, manifestSha256: report.files.find((f) => f.path === MANIFEST_PATH)?.actual ?? '', now };

  // Everything that can be refused is refused before a single byte is stored.
  const existing = new Set((await store.items()).map((item) => item.id));
  for (const item of manifest.items) {
    if (existing.has(item.id)) throw new ImportError('already-in-locker', item.id, `Exhibit ${item.exhibitNumber} is already in this locker`);
    try {
      itemFromManifest(item, source);
    } catch {
      throw new ImportError('not-for-this-locker', item.id, `Exhibit ${item.exhibitNumber} holds more than this locker can keep`);
    }
  }

  let done = 0;
  onProgress?.(done, manifest.items.length);
  for (const item of manifest.items) {
    let saved: EvidenceItem;
    if (item.file) {
      const entry = entries.get(item.file.path);
      if (!entry) throw new ImportError('changed-while-importing', item.id, `Exhibit ${item.exhibitNumber}: its file is no longer in the bundle`);
      const bytes = await entryBlob(zip, entry);
      const stored = await store.storeFile(item.id, bytes);
      if (stored.sha256 !== item.file.sha256 || stored.bytes !== item.file.bytes) {
        // No item is written: its chunks are orphans, swept away at the next unlock.
        throw new ImportError('changed-while-importing', item.id, `Exhibit ${item.exhibitNumber}: the bytes stored differ from the bundle's SHA-256; the import stopped`);
      }
      const sniffed = await sniffMediaType(bytes, item.file.originalName);
      saved = itemFromManifest(item, source, {
        name: item.file.originalName,
        sha256: stored.sha256,
        bytes: stored.bytes,
        mediaType: item.file.mediaType,
        extensionMismatch: sniffed.extensionMismatch,
        modifiedAt: item.file.modifiedAt ?? null,
        chunks: stored.chunks,
        ...(item.file.durationSeconds !== undefined ? { durationSeconds: item.file.durationSeconds } : {}),
      });
    } else {
      saved = itemFromManifest(item, source);
    }
    await store.saveItem(saved);
    done += 1;
    onProgress?.(done, manifest.items.length);
  }
  return { ok: true, imported: done, report };
}
