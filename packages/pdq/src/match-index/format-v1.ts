/** Version 1 of the saved form (ids and hashes only), described in format.ts. */
import { checksum, HEADER_BYTES_V1, MAGIC, MatchIndexFormatError, truncated, verifyChecksum, type Header } from './format.js';
import { isStrictlyAscending } from './sort.js';
import { packInto, unpackInto, WORDS_PER_HASH } from './words.js';

const ENTRY_BYTES = 36;

export interface SavedEntries {
  readonly radius: number;
  /** Strictly ascending. */
  readonly ids: Uint32Array;
  /** 8 words per entry, in id order. */
  readonly words: Uint32Array;
}

export function encodeV1({ radius, ids, words }: SavedEntries): Uint8Array {
  const n = ids.length;
  const out = new Uint8Array(HEADER_BYTES_V1 + ENTRY_BYTES * n);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(8, 1, true);
  view.setUint32(12, HEADER_BYTES_V1, true);
  view.setUint32(16, radius, true);
  view.setUint32(20, n, true);
  for (let i = 0; i < n; i += 1) view.setUint32(HEADER_BYTES_V1 + 4 * i, ids[i] ?? 0, true);
  const hashesAt = HEADER_BYTES_V1 + 4 * n;
  for (let i = 0; i < n; i += 1) unpackInto(words, i * WORDS_PER_HASH, out, hashesAt + 32 * i);
  view.setUint32(24, checksum(out), true);
  return out;
}

export function decodeV1(bytes: Uint8Array, { radius, n, view }: Header): SavedEntries {
  if (view.getUint32(28, true) !== 0) throw new MatchIndexFormatError('reserved header field is not 0');
  const expected = HEADER_BYTES_V1 + ENTRY_BYTES * n;
  if (bytes.length < expected) throw truncated(bytes.length, expected, `${n} entries`);
  if (bytes.length > expected) {
    throw new MatchIndexFormatError(`${bytes.length - expected} unexpected bytes after the ${n} entries`);
  }
  verifyChecksum(bytes, view);
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) ids[i] = view.getUint32(HEADER_BYTES_V1 + 4 * i, true);
  if (!isStrictlyAscending(ids, n)) throw new MatchIndexFormatError('ids are not strictly ascending');
  const words = new Uint32Array(n * WORDS_PER_HASH);
  const hashesAt = HEADER_BYTES_V1 + 4 * n;
  for (let i = 0; i < n; i += 1) packInto(bytes, hashesAt + 32 * i, words, i * WORDS_PER_HASH);
  return { radius, ids, words };
}
