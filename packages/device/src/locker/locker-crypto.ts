/**
 * The locker's sealing, on the victim's device only (WebCrypto; the same code runs in Node's
 * WebCrypto for tests). Every record is sealed with the locker's AES-256-GCM key (locker-keys.ts),
 * a fresh 96-bit IV and additional data naming what it is, so a ciphertext moved to another
 * record, reordered or cut short is refused, not misread. The first lockers derived that key from
 * the passphrase with PBKDF2-SHA256 (600,000 iterations); that derivation stays here for them.
 */

export const PBKDF2_ITERATIONS = 600_000;
const PBKDF2_MAX_ITERATIONS = 2_000_000;
export const SALT_BYTES = 16;
const IV_BYTES = 12;
/** 1: the plaintext as it is (first lockers, still read). 2: its length and the plaintext, padded to a size class. */
const SEAL_VERSION = 2;
const LENGTH_BYTES = 4;
/** The smallest size class: a short record looks like every other short record. */
export const RECORD_CLASS = 4 * 1024;
/** Previews and the last part of a file are padded at least to this, so kinds and small sizes do not show. */
export const FILE_CLASS = 64 * 1024;

/** The size a plaintext of `length` bytes is padded to: the next power of two, and at least `floor`. */
export function paddedLength(length: number, floor = RECORD_CLASS): number {
  let size = floor;
  while (size < length) size *= 2;
  return size;
}
export const VERIFIER_AAD = 'jikim:locker-verifier:v1';
export const VERIFIER_TEXT = 'jikim locker v1';

export interface LockerKeyParams {
  readonly kdf: 'PBKDF2-SHA256';
  readonly iterations: number;
  readonly salt: Uint8Array;
}

/**
 * The first lockers' header (PBKDF2, the key derived from the passphrase itself, recognised by a
 * sealed known text). Such a locker is moved to a wrapped key at its next unlock (locker-keys.ts).
 */
export interface LegacyLockerHeader {
  readonly params: LockerKeyParams;
  readonly verifier: Uint8Array;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this locker');
    this.name = 'WrongPassphraseError';
  }
}

/** A sealed record failed its integrity check: changed, moved, reordered or incomplete. */
export class TamperedDataError extends Error {
  constructor(message = 'The stored data has been changed or damaged and cannot be opened') {
    super(message);
    this.name = 'TamperedDataError';
  }
}

const encoder = new TextEncoder();
const bytes = (view: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(view);

/**
 * Korean typed on one device may arrive decomposed (NFD) on another; both must open the locker,
 * so the passphrase is normalised to NFC before it is used.
 */
export async function deriveLockerKey(passphrase: string, params: LockerKeyParams, extractable = false): Promise<CryptoKey> {
  // Weaker than ours is a downgrade; far above ours would hang the tab (2^31 iterations): both refused.
  const iterationsOk = params.iterations >= PBKDF2_ITERATIONS && params.iterations <= PBKDF2_MAX_ITERATIONS;
  if (params.kdf !== 'PBKDF2-SHA256' || !iterationsOk || params.salt.length < SALT_BYTES || params.salt.length > 64) {
    // Stored parameters weaker than ours would be a downgrade: refuse rather than use them.
    throw new TamperedDataError('The locker settings are not valid');
  }
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(params.salt), iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    extractable,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Seals bytes: version (1 byte) ‖ IV (12 bytes) ‖ AES-GCM ciphertext and tag of (length (4 bytes,
 * big-endian) ‖ bytes ‖ zeros up to the size class). Someone reading the database sees size
 * classes, not sizes: not which record is a photo, a note or a message, nor a file's exact size.
 */
export async function seal(key: CryptoKey, plaintext: Uint8Array, context: string, floor = RECORD_CLASS): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const padded = new Uint8Array(LENGTH_BYTES + paddedLength(plaintext.length, floor));
  new DataView(padded.buffer).setUint32(0, plaintext.length);
  padded.set(plaintext, LENGTH_BYTES);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(context) }, key, padded),
  );
  const out = new Uint8Array(1 + IV_BYTES + ciphertext.length);
  out[0] = SEAL_VERSION;
  out.set(iv, 1);
  out.set(ciphertext, 1 + IV_BYTES);
  return out;
}

/** Opens what `seal` made under the same context; anything else throws TamperedDataError. */
export async function open(key: CryptoKey, sealed: Uint8Array, context: string): Promise<Uint8Array> {
  const version = sealed[0];
  if (sealed.length < 1 + IV_BYTES + 16 || (version !== 1 && version !== SEAL_VERSION)) throw new TamperedDataError();
  let plaintext: Uint8Array;
  try {
    plaintext = new Uint8Array(await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes(sealed.subarray(1, 1 + IV_BYTES)), additionalData: encoder.encode(context) },
      key,
      bytes(sealed.subarray(1 + IV_BYTES)),
    ));
  } catch {
    throw new TamperedDataError();
  }
  if (version === 1) return plaintext;
  const length = plaintext.length >= LENGTH_BYTES ? new DataView(plaintext.buffer).getUint32(0) : Infinity;
  if (length > plaintext.length - LENGTH_BYTES) throw new TamperedDataError();
  return plaintext.subarray(LENGTH_BYTES, LENGTH_BYTES + length);
}

/** Context of one chunk of an item's file: position and finality are sealed in, so order and completeness are checked. */
export function chunkContext(itemId: string, index: number, last: boolean): string {
  return `jikim:chunk:v1:${itemId}:${index}:${last ? 'last' : 'more'}`;
}

/** Opens an item's chunks in order; refuses a missing, extra, reordered or foreign chunk. */
export async function* openChunks(key: CryptoKey, itemId: string, chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let index = 0;
  let finished = false;
  for await (const chunk of chunks) {
    if (finished) throw new TamperedDataError('The file has more parts than it was saved with');
    let plaintext: Uint8Array;
    try {
      plaintext = await open(key, chunk, chunkContext(itemId, index, false));
    } catch (error) {
      if (!(error instanceof TamperedDataError)) throw error;
      plaintext = await open(key, chunk, chunkContext(itemId, index, true));
      finished = true;
    }
    index += 1;
    yield plaintext;
  }
  if (!finished) throw new TamperedDataError('The file is incomplete');
}
