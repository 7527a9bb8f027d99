// Test-only page script: exposes the browser hashing modules so a spec can drive them with real files.
import { formatPdqHex, pdqHash } from '@jikim/pdq';
import { fileDigests } from '../../packages/device/src/hashing/file-digest.js';
import { decodeImagePixels } from '../../packages/device/src/hashing/image-pixels.js';

const input = document.getElementById('file') as HTMLInputElement;

async function hashAll(): Promise<{ name: string; hash: string; quality: number }[]> {
  const results = [];
  for (const file of input.files ?? []) {
    const { hash, quality } = pdqHash(await decodeImagePixels(file));
    results.push({ name: file.name, hash: formatPdqHex(hash), quality });
  }
  return results;
}

async function digestFirst() {
  const file = input.files?.[0];
  if (!file) throw new Error('no file chosen');
  return fileDigests(file);
}

Object.assign(window, { jikimHashing: { hashAll, digestFirst } });
