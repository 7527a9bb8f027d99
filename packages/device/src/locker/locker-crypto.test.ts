import { describe, expect, it } from 'vitest';
import { chunkContext, deriveLockerKey, open, openChunks, PBKDF2_ITERATIONS, seal, TamperedDataError } from './locker-crypto.js';

const text = (s: string) => new TextEncoder().encode(s);
const read = (b: Uint8Array) => new TextDecoder().decode(b);

async function collect(it: AsyncIterable<Uint8Array>): Promise<string> {
  let out = '';
  for await (const part of it) out += read(part);
  return out;
}

describe('locker cryptography', async () => {
  const passphrase = '바다 건너 빨간 우체통 옆 자전거 🚲 ‏שלום‏';
  const params = { kdf: 'PBKDF2-SHA256' as const, iterations: PBKDF2_ITERATIONS, salt: crypto.getRandomValues(new Uint8Array(16)) };
  const key = await deriveLockerKey(passphrase, params);

  it('derives a first-generation key with PBKDF2-SHA256 at 600,000 iterations, not extractable unless asked', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('seals and opens a record, with a fresh IV each time', async () => {
    const a = await seal(key, text('증거 1: 게시물 주소'), 'item:1');
    const b = await seal(key, text('증거 1: 게시물 주소'), 'item:1');
    expect(a).not.toEqual(b);
    expect(read(await open(key, a, 'item:1'))).toBe('증거 1: 게시물 주소');
    expect(read(await open(key, await seal(key, new Uint8Array(), 'empty'), 'empty'))).toBe('');
  });

  it('refuses a changed byte, a record moved to another item, and a truncated record', async () => {
    const sealed = await seal(key, text('sender 010-1234-5678'), 'message:7');
    for (let i = 0; i < sealed.length; i += 7) {
      const tampered = sealed.slice();
      tampered[i] = (tampered[i] ?? 0) ^ 0x01;
      await expect(open(key, tampered, 'message:7')).rejects.toBeInstanceOf(TamperedDataError);
    }
    await expect(open(key, sealed, 'message:8')).rejects.toBeInstanceOf(TamperedDataError);
    await expect(open(key, sealed.subarray(0, 20), 'message:7')).rejects.toBeInstanceOf(TamperedDataError);
  });

  it('refuses weakened stored settings (fewer iterations, short salt) as a downgrade, and 2^31 iterations as a hang', async () => {
    await expect(deriveLockerKey(passphrase, { ...params, iterations: 1000 })).rejects.toBeInstanceOf(TamperedDataError);
    await expect(deriveLockerKey(passphrase, { ...params, salt: new Uint8Array(4) })).rejects.toBeInstanceOf(TamperedDataError);
    await expect(deriveLockerKey(passphrase, { ...params, iterations: 2 ** 31 })).rejects.toBeInstanceOf(TamperedDataError);
  });

  it('opens a file stored in chunks only whole and in order', async () => {
    const parts = ['첫째 ', '둘째 ', '셋째'];
    const chunks = await Promise.all(parts.map((p, i) => seal(key, text(p), chunkContext('video-1', i, i === parts.length - 1))));
    expect(await collect(openChunks(key, 'video-1', chunks))).toBe('첫째 둘째 셋째');
    const [c0, c1, c2] = chunks as [Uint8Array, Uint8Array, Uint8Array];
    await expect(collect(openChunks(key, 'video-1', [c1, c0, c2]))).rejects.toBeInstanceOf(TamperedDataError);
    await expect(collect(openChunks(key, 'video-1', [c0, c1]))).rejects.toThrow('incomplete');
    await expect(collect(openChunks(key, 'video-1', [c0, c1, c2, c2]))).rejects.toThrow('more parts');
    await expect(collect(openChunks(key, 'video-2', chunks))).rejects.toBeInstanceOf(TamperedDataError);
  });
});
