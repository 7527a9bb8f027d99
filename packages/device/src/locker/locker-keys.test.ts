import { describe, expect, it } from 'vitest';
import { deriveLockerKey, open, PBKDF2_ITERATIONS, seal, TamperedDataError, VERIFIER_AAD, VERIFIER_TEXT, WrongPassphraseError } from './locker-crypto.js';
import { ARGON2, createLocker, isWrapped, rewrapLocker, unlockLocker, type WrappedLockerHeader } from './locker-keys.js';

const text = (s: string) => new TextEncoder().encode(s);
const read = (b: Uint8Array) => new TextDecoder().decode(b);

describe('locker keys: a random data key wrapped under argon2id', async () => {
  const passphrase = '바다 건너 빨간 우체통 옆 자전거 🚲';
  const { header, key } = await createLocker(passphrase);
  const record = await seal(key, text('증거: 게시물 주소'), 'item:1');

  it('uses argon2id at or above OWASP’s minimum, and a data key that cannot be exported', async () => {
    expect(header.kdf).toMatchObject({ name: 'argon2id', ...ARGON2 });
    expect(ARGON2.memoryKiB).toBeGreaterThanOrEqual(19 * 1024);
    expect(ARGON2.iterations).toBeGreaterThanOrEqual(2);
    expect(header.kdf.salt).toHaveLength(16);
    expect(header.wrappedKey).toHaveLength(40);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('opens with the same passphrase in NFD or NFC, and refuses a wrong one without saying more', async () => {
    const { key: again } = await unlockLocker(passphrase.normalize('NFD'), header);
    expect(read(await open(again, record, 'item:1'))).toBe('증거: 게시물 주소');
    const error = await unlockLocker('바다 건너 파란 우체통 옆 자전거 🚲', header).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect((error as Error).message).toBe('The passphrase does not open this locker');
  });

  it('changes the passphrase without touching a sealed record: the old one no longer opens', async () => {
    const next = '언덕 위 파란 지붕 고양이 세 마리';
    const changed = await rewrapLocker(passphrase, next, header);
    expect(changed.kdf.salt).not.toEqual(header.kdf.salt);
    await expect(unlockLocker(passphrase, changed)).rejects.toBeInstanceOf(WrongPassphraseError);
    const { key: after } = await unlockLocker(next, changed);
    expect(read(await open(after, record, 'item:1'))).toBe('증거: 게시물 주소');
    await expect(rewrapLocker('not the passphrase at all', next, header)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('moves a first-generation (PBKDF2) locker to a wrapped key at unlock; its records open as before', async () => {
    const params = { kdf: 'PBKDF2-SHA256' as const, iterations: PBKDF2_ITERATIONS, salt: crypto.getRandomValues(new Uint8Array(16)) };
    const legacyKey = await deriveLockerKey(passphrase, params);
    const legacy = { params, verifier: await seal(legacyKey, text(VERIFIER_TEXT), VERIFIER_AAD) };
    const old = await seal(legacyKey, text('처음 보관한 기록'), 'item:9');
    await expect(unlockLocker('바다 건너 파란 우체통 옆 자전거 🚲', legacy)).rejects.toBeInstanceOf(WrongPassphraseError);
    const { key: opened, upgraded } = await unlockLocker(passphrase, legacy);
    expect(upgraded && isWrapped(upgraded)).toBe(true);
    expect(read(await open(opened, old, 'item:9'))).toBe('처음 보관한 기록');
    const { key: later, upgraded: again } = await unlockLocker(passphrase, upgraded as WrappedLockerHeader);
    expect(again).toBeUndefined();
    expect(read(await open(later, old, 'item:9'))).toBe('처음 보관한 기록');
  });

  it.each([
    ['memory below the minimum', { memoryKiB: 1024 }],
    ['memory of 2^31 KiB (it would hang the tab)', { memoryKiB: 2 ** 31 }],
    ['2^31 iterations', { iterations: 2 ** 31 }],
    ['one iteration', { iterations: 1 }],
    ['a short salt', { salt: new Uint8Array(4) }],
  ])('refuses a stored header asking for %s, before deriving anything', async (_, change) => {
    const bad = { ...header, kdf: { ...header.kdf, ...change } };
    await expect(unlockLocker(passphrase, bad)).rejects.toBeInstanceOf(TamperedDataError);
  });
});
