/**
 * The locker's keys. A random AES-256-GCM data key seals everything; it is kept only wrapped
 * (AES-KW) by a key-encryption key derived from the passphrase with argon2id, so the passphrase
 * can be changed at once, without re-sealing a single file (ASVS 11.2.2). The data key is
 * extractable only for the moment it is wrapped; in use it cannot be exported. A stored header
 * may not ask for less than our minimum (a downgrade) nor far more (a hang): both are refused.
 * Lockers made before this (PBKDF2, the data key derived from the passphrase) move to a wrapped
 * key at their next unlock, their records untouched.
 */
import {
  deriveLockerKey, open, SALT_BYTES, TamperedDataError, VERIFIER_AAD, VERIFIER_TEXT, WrongPassphraseError, type LegacyLockerHeader,
} from './locker-crypto.js';

export interface Argon2Params {
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/**
 * Above OWASP's minimum (19 MiB, t=2, p=1): 46 MiB, t=2 opens in well under 3 s on a phone-class
 * CPU (Chromium at 4x CPU slowdown), leaving room for slower phones; 64 MiB came close to the
 * limit on a loaded machine. Measured in bench/locker-unlock.bench.ts (BENCHMARKS.md).
 */
export const ARGON2: Argon2Params = { memoryKiB: 46 * 1024, iterations: 2, parallelism: 1 };
const MIN: Argon2Params = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };
const MAX: Argon2Params = { memoryKiB: 256 * 1024, iterations: 10, parallelism: 4 };

export interface WrappedLockerHeader {
  readonly version: 2;
  readonly kdf: { readonly name: 'argon2id'; readonly salt: Uint8Array } & Argon2Params;
  /** The data key, wrapped with AES-KW under the key derived from the passphrase. */
  readonly wrappedKey: Uint8Array;
}

export type LockerHeader = LegacyLockerHeader | WrappedLockerHeader;

/** Fetches argon2id ahead of need: the locker asks while the passphrase is still being typed. */
export const preloadArgon2 = (): Promise<unknown> => import('./argon2.js');

export const isWrapped = (header: LockerHeader): header is WrappedLockerHeader => 'version' in header && header.version === 2;

const within = (value: number, low: number, high: number) => Number.isInteger(value) && value >= low && value <= high;

async function deriveWrappingKey(passphrase: string, kdf: WrappedLockerHeader['kdf']): Promise<CryptoKey> {
  const ok = kdf.name === 'argon2id' && within(kdf.memoryKiB, MIN.memoryKiB, MAX.memoryKiB) && within(kdf.iterations, MIN.iterations, MAX.iterations)
    && within(kdf.parallelism, MIN.parallelism, MAX.parallelism) && kdf.salt.length >= SALT_BYTES && kdf.salt.length <= 64;
  if (!ok) throw new TamperedDataError('The locker settings are not valid');
  // Loaded when a passphrase is used, not with the page.
  const { argon2id } = await import('./argon2.js');
  const raw = await argon2id({
    password: passphrase.normalize('NFC'), salt: kdf.salt, memorySize: kdf.memoryKiB, iterations: kdf.iterations,
    parallelism: kdf.parallelism, hashLength: 32, outputType: 'binary',
  });
  return crypto.subtle.importKey('raw', new Uint8Array(raw), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
}

async function wrap(dataKey: CryptoKey, passphrase: string, params: Argon2Params): Promise<WrappedLockerHeader> {
  const kdf = { name: 'argon2id' as const, salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)), ...params };
  const wrappedKey = new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, await deriveWrappingKey(passphrase, kdf), 'AES-KW'));
  return { version: 2, kdf, wrappedKey };
}

async function unwrap(passphrase: string, header: WrappedLockerHeader, extractable: boolean): Promise<CryptoKey> {
  const kek = await deriveWrappingKey(passphrase, header.kdf);
  try {
    return await crypto.subtle.unwrapKey('raw', new Uint8Array(header.wrappedKey), kek, 'AES-KW', 'AES-GCM', extractable, ['encrypt', 'decrypt']);
  } catch {
    // AES-KW's integrity check: the wrong passphrase (or a changed header) and nothing else is said.
    throw new WrongPassphraseError();
  }
}

export async function createLocker(passphrase: string, params: Argon2Params = ARGON2): Promise<{ header: WrappedLockerHeader; key: CryptoKey }> {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const header = await wrap(dataKey, passphrase, params);
  return { header, key: await unwrap(passphrase, header, false) };
}

/** The data key for this locker, or WrongPassphraseError; a first-generation locker also gets its new header. */
export async function unlockLocker(passphrase: string, header: LockerHeader): Promise<{ key: CryptoKey; upgraded?: WrappedLockerHeader }> {
  if (isWrapped(header)) return { key: await unwrap(passphrase, header, false) };
  const legacyKey = await deriveLockerKey(passphrase, header.params, true);
  try {
    if (new TextDecoder().decode(await open(legacyKey, header.verifier, VERIFIER_AAD)) !== VERIFIER_TEXT) throw new WrongPassphraseError();
  } catch {
    throw new WrongPassphraseError();
  }
  const upgraded = await wrap(legacyKey, passphrase, ARGON2);
  return { key: await unwrap(passphrase, upgraded, false), upgraded };
}

/** A new header for a new passphrase around the same data key: nothing sealed changes. */
export async function rewrapLocker(current: string, next: string, header: WrappedLockerHeader): Promise<WrappedLockerHeader> {
  return wrap(await unwrap(current, header, true), next, ARGON2);
}
