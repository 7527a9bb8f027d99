/**
 * AES-256-GCM with a random 96-bit nonce, for values small enough to hold in memory (fields,
 * wrapped keys). Sealed bytes are nonce ‖ ciphertext ‖ tag; the additional data is not stored.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed value that does not open: wrong key, wrong context, or altered bytes. */
export class VaultError extends Error {
  constructor(message = 'The sealed value cannot be opened') {
    super(message);
    this.name = 'VaultError';
  }
}

export function seal(key: Uint8Array, plaintext: Uint8Array, additionalData: Uint8Array): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(additionalData);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([nonce, ciphertext, cipher.getAuthTag()]);
}

export function open(key: Uint8Array, sealed: Uint8Array, additionalData: Uint8Array): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new VaultError();
  const nonce = sealed.subarray(0, NONCE_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(additionalData);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new VaultError();
  }
}

/** Labels and values joined so that no two different lists give the same bytes. */
export function additionalData(...parts: readonly (string | number)[]): Buffer {
  return Buffer.concat(parts.map((part) => {
    const bytes = Buffer.from(String(part), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    return Buffer.concat([length, bytes]);
  }));
}
