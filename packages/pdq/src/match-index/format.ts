/**
 * The saved form of a MatchIndex (version 1). All integers little-endian.
 *
 *   offset  size  field
 *        0     8  magic: 0x89 "JKPDQ" "\r\n" (the high byte and CR LF catch text-mode damage)
 *        8     4  format version (1)
 *       12     4  header length in bytes (32)
 *       16     4  default query radius
 *       20     4  entry count n
 *       24     4  CRC-32 (IEEE) of the whole file except these 4 bytes
 *       28     4  reserved, 0
 *       32    4n  ids, strictly ascending u32
 *    32+4n   32n  hashes, 32 bytes each in hex order, in id order
 *
 * Only the entries are stored; the multi-index is rebuilt on load (as fast as `addMany`), so the
 * format does not depend on the index layout, and a loaded index cannot hold an inconsistent one.
 */
import { unpackInto, packInto, WORDS_PER_HASH } from './words.js';
import { isStrictlyAscending } from './sort.js';

export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 32;
const MAGIC = [0x89, 0x4a, 0x4b, 0x50, 0x44, 0x51, 0x0d, 0x0a];
const ENTRY_BYTES = 36;

export class MatchIndexFormatError extends Error {
  constructor(message: string) {
    super(`Not a valid saved PDQ match index: ${message}`);
    this.name = 'MatchIndexFormatError';
  }
}

export interface SavedEntries {
  readonly radius: number;
  /** Strictly ascending. */
  readonly ids: Uint32Array;
  /** 8 words per entry, in id order. */
  readonly words: Uint32Array;
}

export function encode({ radius, ids, words }: SavedEntries): Uint8Array {
  const n = ids.length;
  const out = new Uint8Array(HEADER_BYTES + ENTRY_BYTES * n);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, HEADER_BYTES, true);
  view.setUint32(16, radius, true);
  view.setUint32(20, n, true);
  for (let i = 0; i < n; i += 1) view.setUint32(HEADER_BYTES + 4 * i, ids[i] ?? 0, true);
  const hashesAt = HEADER_BYTES + 4 * n;
  for (let i = 0; i < n; i += 1) unpackInto(words, i * WORDS_PER_HASH, out, hashesAt + 32 * i);
  view.setUint32(24, checksum(out), true);
  return out;
}

export function decode(bytes: Uint8Array): SavedEntries {
  if (!(bytes instanceof Uint8Array)) throw new MatchIndexFormatError('expected a Uint8Array');
  if (bytes.length < HEADER_BYTES) {
    throw new MatchIndexFormatError(`truncated: ${bytes.length} bytes, the header alone takes ${HEADER_BYTES}`);
  }
  if (MAGIC.some((b, i) => bytes[i] !== b)) throw new MatchIndexFormatError('wrong magic bytes (not a file written by MatchIndex.save)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) {
    throw new MatchIndexFormatError(`format version ${version} is not supported (this version reads ${FORMAT_VERSION})`);
  }
  const headerBytes = view.getUint32(12, true);
  if (headerBytes !== HEADER_BYTES) throw new MatchIndexFormatError(`header length ${headerBytes}, expected ${HEADER_BYTES}`);
  const radius = view.getUint32(16, true);
  if (radius > 256) throw new MatchIndexFormatError(`radius ${radius} is over 256`);
  const n = view.getUint32(20, true);
  if (view.getUint32(28, true) !== 0) throw new MatchIndexFormatError('reserved header field is not 0');
  const expected = HEADER_BYTES + ENTRY_BYTES * n;
  if (bytes.length < expected) {
    throw new MatchIndexFormatError(`truncated: ${bytes.length} bytes, ${n} entries need ${expected}`);
  }
  if (bytes.length > expected) {
    throw new MatchIndexFormatError(`${bytes.length - expected} unexpected bytes after the ${n} entries`);
  }
  if (checksum(bytes) !== view.getUint32(24, true)) throw new MatchIndexFormatError('checksum mismatch (the data is corrupt)');
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) ids[i] = view.getUint32(HEADER_BYTES + 4 * i, true);
  if (!isStrictlyAscending(ids, n)) throw new MatchIndexFormatError('ids are not strictly ascending');
  const words = new Uint32Array(n * WORDS_PER_HASH);
  const hashesAt = HEADER_BYTES + 4 * n;
  for (let i = 0; i < n; i += 1) packInto(bytes, hashesAt + 32 * i, words, i * WORDS_PER_HASH);
  return { radius, ids, words };
}

function checksum(bytes: Uint8Array): number {
  return crc32(bytes, 28, bytes.length, crc32(bytes, 0, 24));
}

// CRC-32 (IEEE 802.3, reflected, as zlib), slicing-by-4.
const CRC_TABLES = (() => {
  const t = new Uint32Array(4 * 256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n += 1) {
    for (let s = 1; s < 4; s += 1) {
      const prev = t[(s - 1) * 256 + n] ?? 0;
      t[s * 256 + n] = ((t[prev & 0xff] ?? 0) ^ (prev >>> 8)) >>> 0;
    }
  }
  return t;
})();

/** CRC-32 of bytes[from..to); pass a previous result as `crc` to continue it (as zlib's crc32). */
export function crc32(bytes: Uint8Array, from = 0, to = bytes.length, crc = 0): number {
  const t = CRC_TABLES;
  let c = (crc ^ 0xffffffff) >>> 0;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    c ^= (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24);
    c = (t[768 + (c & 0xff)] ?? 0) ^ (t[512 + ((c >>> 8) & 0xff)] ?? 0) ^ (t[256 + ((c >>> 16) & 0xff)] ?? 0) ^ (t[c >>> 24] ?? 0);
  }
  for (; i < to; i += 1) c = (t[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
