/**
 * Verifies an evidence bundle (.zip) on disk without extracting it: yauzl reads the central
 * directory and streams each entry (inflating with zlib); the rules and the report are
 * verify-zip.ts's, shared with the browser's verifier.
 */
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import type { BundleLimits, VerifyReport } from './verify-report.js';
import { verifyZip, type EntryHasher, type OpenZip, type ZipEntryFacts, type ZipPort } from './verify-zip.js';

export { DEFAULT_BUNDLE_LIMITS, type BundleLimits, type FileReport, type FileStatus, type VerifyReport } from './verify-report.js';

interface YauzlEntry extends ZipEntryFacts {
  readonly entry: yauzl.Entry;
}

function facts(entry: yauzl.Entry): YauzlEntry {
  return {
    entry,
    rawName: entry.fileNameRaw,
    generalPurposeBitFlag: entry.generalPurposeBitFlag,
    externalFileAttributes: entry.externalFileAttributes,
    compressionMethod: entry.compressionMethod,
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    crc32: entry.crc32,
    localHeaderOffset: entry.relativeOffsetOfLocalHeader,
    extraFields: entry.extraFields,
  };
}

function nodeHasher(): EntryHasher {
  const hash = createHash('sha256');
  let crc = 0;
  return {
    update(chunk) {
      hash.update(chunk);
      crc = zlib.crc32(chunk, crc);
    },
    finish: () => ({ sha256: hash.digest('hex'), crc32: crc >>> 0 }),
  };
}

function yauzlPort(zipPath: string): ZipPort<YauzlEntry> {
  return {
    hasher: nodeHasher,
    async open(): Promise<OpenZip<YauzlEntry>> {
      const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false, strictFileNames: true });
      return {
        entryCount: zip.entryCount,
        async *entries() {
          for await (const entry of zip.eachEntry()) yield facts(entry);
        },
        localFileName: async ({ entry }) => (await zip.readLocalFileHeaderPromise(entry)).fileName,
        openEntry: async ({ entry }) => (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>,
        close: () => zip.close(),
      };
    },
  };
}

/** Verifies the bundle at zipPath. Never throws for a bad bundle: everything wrong is in the report. */
export function verifyBundle(zipPath: string, limits: Partial<BundleLimits> = {}): Promise<VerifyReport> {
  return verifyZip(yauzlPort(zipPath), limits);
}
