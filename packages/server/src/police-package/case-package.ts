/**
 * The police package made from a case on the server: the same evidence bundle the locker makes
 * (manifest, SHA256SUMS, report.pdf, files/…), written by the one bundle writer, from the items as
 * the victim shared them — so each file carries the SHA-256 the victim's locker recorded, and the
 * writer re-hashes every byte on the way out and fails rather than package a changed file.
 *
 * Decided here: the report has no thumbnails. Drawing them would mean decoding a stranger's upload
 * on the server (and blurring it needs an image library); the officer gets the originals in the
 * bundle. Items whose file has not (yet) arrived complete are left out and counted in `leftOut`.
 */
import { Readable } from 'node:stream';
import { exhibitFilePath } from '@jikim/case';
import { buildReportPdf } from '@jikim/case/pdf';
import { readReportFonts } from '@jikim/case/report-font-files';
import { BUNDLE_SCHEMA, BUNDLE_VERSION, type BundleManifest, type EvidenceItem } from '@jikim/evidence';
import { openBundleStream, type BundleContents } from '@jikim/evidence/write-bundle';
import type { CaseItemRecord } from '../cases/case-items.js';

export const GENERATOR = { name: 'Jikim', version: '0.1.0' } as const;

export interface CasePackageInput {
  readonly items: readonly CaseItemRecord[];
  readonly caseReference: string;
  readonly locale: 'ko' | 'en';
  readonly now: Date;
  /** The verified plaintext of a complete file item's blob. */
  readonly openBlob: (blobId: string) => Readable;
}

export interface CasePackage {
  readonly stream: ReadableStream<Uint8Array>;
  readonly written: Promise<BundleContents>;
  readonly manifest: BundleManifest;
  /** Items not packaged because their file is not complete. */
  readonly leftOut: number;
}

/** Exhibits numbered in the case's order; ids and paths made unique across separate requests. */
export function caseManifest(input: Omit<CasePackageInput, 'openBlob'>): { manifest: BundleManifest; blobs: Map<string, string>; leftOut: number } {
  const usable = input.items.filter((r) => (r.item.file ? r.upload === 'complete' && r.blobId !== null : true));
  const blobs = new Map<string, string>();
  const ids = new Set<string>();
  const items: EvidenceItem[] = usable.map((record, index) => {
    const exhibitNumber = index + 1;
    let id = record.item.id;
    while (ids.has(id)) id = `${record.item.id}-${exhibitNumber}`;
    ids.add(id);
    if (record.item.file && record.blobId) blobs.set(id, record.blobId);
    const file = record.item.file ? { ...record.item.file, path: exhibitFilePath(exhibitNumber, record.item.file.originalName) } : undefined;
    return { ...record.item, id, exhibitNumber, ...(file ? { file } : {}) };
  });
  const manifest: BundleManifest = {
    schema: BUNDLE_SCHEMA,
    version: BUNDLE_VERSION,
    createdAt: input.now.toISOString(),
    caseReference: input.caseReference,
    locale: input.locale,
    generator: GENERATOR,
    items,
  };
  return { manifest, blobs, leftOut: input.items.length - usable.length };
}

export async function casePackage(input: CasePackageInput): Promise<CasePackage> {
  const { manifest, blobs, leftOut } = caseManifest(input);
  const report = await buildReportPdf({ manifest, thumbnails: new Map(), thumbnailsBlurred: false, fonts: readReportFonts(), now: input.now });
  const { stream, written } = openBundleStream({
    manifest,
    report,
    openFile: (itemId) => {
      const blobId = blobs.get(itemId);
      if (!blobId) throw new Error('No file for this exhibit');
      return Readable.toWeb(input.openBlob(blobId)) as ReadableStream<Uint8Array>;
    },
  });
  return { stream, written, manifest, leftOut };
}
