/**
 * The saved form of a MatchIndex. All integers little-endian. Version 2 is written; 1 is still read.
 *
 * Common header (both versions):
 *   offset  size  field
 *        0     8  magic: 0x89 "JKPDQ" "\r\n" (the high byte and CR LF catch text-mode damage)
 *        8     4  format version (1 or 2)
 *       12     4  header length in bytes (v1: 32, v2: 40)
 *       16     4  default query radius
 *       20     4  entry count n (live entries)
 *       24     4  CRC-32 (IEEE) of the whole file except these 4 bytes
 *
 * Version 1 (ids and hashes only; load rebuilds the multi-index, as fast as `addMany`):
 *       28     4  reserved, 0
 *       32    4n  ids, strictly ascending u32
 *    32+4n   32n  hashes, 32 bytes each in hex order, in id order
 *
 * Version 2 (the index as it is in memory, so load wraps the arrays instead of rebuilding them):
 *       28     4  segment count s
 *       32     4  buffered entry count b (recent adds, unindexed)
 *       36     4  reserved, 0
 *       40        the buffer: ids (4b), hashes (32b, 8 u32 words each, in insertion order)
 *                 then s segments, each: count c, slots, bits (0, 0: no multi-index), reserved 0;
 *                 ids (4c, strictly ascending), hashes (32c, 8 u32 words each), tombstone bits
 *                 (c bits); then per slot: blockShift, reserved 0, blockStart u32
 *                 ((2^bits >>> blockShift) + 1), bucketStart u16 (2^bits + 1), postings u32 (c)
 * Every section starts on an 8-byte boundary (zero padding), so on a little-endian machine the
 * loaded index's typed arrays are views on the loaded bytes (copied once if the bytes themselves
 * are not 8-byte aligned), and the CRC runs over aligned words (~1 GB/s). Load checks everything a
 * damaged or forged file could break before wrapping: section lengths against the counts and the
 * layout (layouts as `makeLayout` makes them), ids ascending within a segment and no live id twice,
 * tombstone padding, every bucket table monotone from 0 to c, every posting below c. Whether each
 * posting sits in its hash's bucket is not checked (as costly as a rebuild); damage there is the
 * CRC's to catch, and a forged file (with a recomputed CRC) could only make queries miss or repeat.
 * The loaded index keeps views on the bytes passed to `load`: do not modify them afterwards.
 */
import { crc32 } from './crc32.js';

export { crc32 };
export const FORMAT_VERSION = 2;
export const HEADER_BYTES = 40;
export const HEADER_BYTES_V1 = 32;
export const MAGIC = [0x89, 0x4a, 0x4b, 0x50, 0x44, 0x51, 0x0d, 0x0a];

export class MatchIndexFormatError extends Error {
  constructor(message: string) {
    super(`Not a valid saved PDQ match index: ${message}`);
    this.name = 'MatchIndexFormatError';
  }
}

export interface Header {
  readonly version: 1 | 2;
  readonly radius: number;
  readonly n: number;
  readonly view: DataView;
}

/** Checks the common header; the version's own decoder checks the rest. */
export function readHeader(bytes: Uint8Array): Header {
  if (!(bytes instanceof Uint8Array)) throw new MatchIndexFormatError('expected a Uint8Array');
  if (bytes.length < HEADER_BYTES_V1) {
    throw new MatchIndexFormatError(`truncated: ${bytes.length} bytes, the header alone takes ${HEADER_BYTES_V1}`);
  }
  if (MAGIC.some((b, i) => bytes[i] !== b)) throw new MatchIndexFormatError('wrong magic bytes (not a file written by MatchIndex.save)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== 1 && version !== 2) {
    throw new MatchIndexFormatError(`format version ${version} is not supported (this version reads 1 and ${FORMAT_VERSION})`);
  }
  const expectedHeader = version === 1 ? HEADER_BYTES_V1 : HEADER_BYTES;
  if (bytes.length < expectedHeader) {
    throw new MatchIndexFormatError(`truncated: ${bytes.length} bytes, the header alone takes ${expectedHeader}`);
  }
  const headerBytes = view.getUint32(12, true);
  if (headerBytes !== expectedHeader) throw new MatchIndexFormatError(`header length ${headerBytes}, expected ${expectedHeader}`);
  const radius = view.getUint32(16, true);
  if (radius > 256) throw new MatchIndexFormatError(`radius ${radius} is over 256`);
  return { version, radius, n: view.getUint32(20, true), view };
}

/** The CRC-32 of the file without its checksum field (bytes 24..28). */
export function checksum(bytes: Uint8Array): number {
  return crc32(bytes, 28, bytes.length, crc32(bytes, 0, 24));
}

export function verifyChecksum(bytes: Uint8Array, view: DataView): void {
  if (checksum(bytes) !== view.getUint32(24, true)) throw new MatchIndexFormatError('checksum mismatch (the data is corrupt)');
}

export function truncated(length: number, need: number, what: string): MatchIndexFormatError {
  return new MatchIndexFormatError(`truncated: ${length} bytes, ${what} need ${need}`);
}
