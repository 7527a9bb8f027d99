/**
 * MD5 and SHA-256 of a whole file in one streaming pass: a file of any size is read in chunks,
 * never held in memory. (StopNCII identifies videos by MD5; evidence integrity uses SHA-256.)
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface FileDigests {
  readonly md5: string;
  readonly sha256: string;
  readonly bytes: number;
}

export async function fileDigests(path: string): Promise<FileDigests> {
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const data = chunk as Buffer;
    md5.update(data);
    sha256.update(data);
    bytes += data.length;
  }
  return { md5: md5.digest('hex'), sha256: sha256.digest('hex'), bytes };
}
