/**
 * The sealed blob format: a header (magic, salt) and records of at most 64 KiB of plaintext, each
 * AES-256-GCM with the record's index and final flag in its nonce, so records cannot be altered,
 * reordered, dropped or cut off unnoticed. docs/data-at-rest.md has the layout.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { BlobIntegrityError } from './blob-store-port.js';

export const MAGIC = Buffer.from('JIKIMBL1', 'ascii');
export const SALT_BYTES = 32;
export const HEADER_BYTES = MAGIC.length + SALT_BYTES;
export const RECORD_PLAINTEXT_MAX = 64 * 1024;
export const RECORD_HEADER_BYTES = 4;
export const TAG_BYTES = 16;
const FINAL = 0x8000_0000;

export function newHeader(): Buffer {
  return Buffer.concat([MAGIC, randomBytes(SALT_BYTES)]);
}

export function saltOf(header: Buffer): Buffer {
  if (header.length !== HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new BlobIntegrityError('Not a sealed blob');
  }
  return header.subarray(MAGIC.length);
}

function nonce(index: number, final: boolean): Buffer {
  const bytes = Buffer.alloc(12);
  bytes.writeBigUInt64BE(BigInt(index), 0);
  bytes.writeUInt32BE(final ? 1 : 0, 8);
  return bytes;
}

/** One record: length and flag ‖ ciphertext ‖ tag. */
export function sealRecord(key: Buffer, header: Buffer, index: number, plaintext: Uint8Array, final: boolean): Buffer {
  if (plaintext.length > RECORD_PLAINTEXT_MAX || (plaintext.length === 0 && !final)) throw new RangeError('Bad record length');
  const cipher = createCipheriv('aes-256-gcm', key, nonce(index, final));
  cipher.setAAD(header);
  const prefix = Buffer.alloc(RECORD_HEADER_BYTES);
  prefix.writeUInt32BE((plaintext.length | (final ? FINAL : 0)) >>> 0);
  return Buffer.concat([prefix, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** Reads a record's length prefix: the plaintext length and whether it is the last record. */
export function parseRecordHeader(prefix: Buffer): { readonly length: number; readonly final: boolean } {
  const word = prefix.readUInt32BE(0);
  const length = word & ~FINAL;
  const final = (word & FINAL) !== 0;
  if (length > RECORD_PLAINTEXT_MAX || (length === 0 && !final)) throw new BlobIntegrityError('Bad record length');
  return { length, final };
}

export function openRecord(key: Buffer, header: Buffer, index: number, body: Buffer, final: boolean): Buffer {
  if (body.length < TAG_BYTES) throw new BlobIntegrityError('Record cut off');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce(index, final));
    decipher.setAAD(header);
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new BlobIntegrityError(`Record ${index} does not authenticate`);
  }
}
