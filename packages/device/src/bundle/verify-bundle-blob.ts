/**
 * Verifies an evidence bundle dropped into the web app, on the device: the same rules and the same
 * report as `jikim verify` (both run @jikim/evidence's verifyZip), reading the zip at random from
 * the Blob and streaming each entry through SHA-256, never reading a file into memory whole.
 */
import { type BundleLimits, type EntryHasher, type VerifyReport, type ZipEntryFacts, type ZipPort, verifyZip } from '@jikim/evidence';
import { createCRC32, createSHA256 } from 'hash-wasm';
import { openBlobZip } from './blob-zip.js';

async function wasmHasher(): Promise<EntryHasher> {
  const [sha256, crc32] = await Promise.all([createSHA256(), createCRC32()]);
  sha256.init();
  crc32.init();
  return {
    update(chunk) {
      sha256.update(chunk);
      crc32.update(chunk);
    },
    finish: () => ({ sha256: sha256.digest('hex'), crc32: Number.parseInt(crc32.digest('hex'), 16) }),
  };
}

export function blobPort(zip: Blob): ZipPort<ZipEntryFacts> {
  return { open: (limits) => openBlobZip(zip, limits), hasher: wasmHasher };
}

/** Never throws for a bad bundle: everything wrong is in the report. */
export function verifyBundleBlob(zip: Blob, limits: Partial<BundleLimits> = {}): Promise<VerifyReport> {
  return verifyZip(blobPort(zip), limits);
}
