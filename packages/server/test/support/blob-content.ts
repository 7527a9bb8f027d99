/** Deterministic bytes for a seed, so a writer and a checker agree without sharing memory. */
import { createHash } from 'node:crypto';

export function* blobContent(seed: string, size: number, piece = 24 * 1024): Generator<Buffer> {
  let counter = 0;
  for (let offset = 0; offset < size; offset += piece) {
    const length = Math.min(piece, size - offset);
    const blocks: Buffer[] = [];
    for (let got = 0; got < length; got += 32) blocks.push(createHash('sha256').update(`${seed}:${counter++}`).digest());
    yield Buffer.concat(blocks).subarray(0, length);
  }
}

export function blobContentSha256(seed: string, size: number): string {
  const hash = createHash('sha256');
  for (const piece of blobContent(seed, size)) hash.update(piece);
  return hash.digest('hex');
}

/** 10 KB to about 600 KB, different for every seed. */
export function blobSize(seed: string): number {
  return 10_000 + (createHash('sha256').update(seed).digest().readUInt32BE(0) % 600_000);
}
