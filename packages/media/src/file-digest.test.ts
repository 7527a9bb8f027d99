import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileDigests } from './file-digest.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-digest-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const coreutils = (tool: string, file: string) => execFileSync(tool, [file]).toString().split(' ')[0];

describe('fileDigests', () => {
  it('matches md5sum and sha256sum, including for an empty file', async () => {
    const file = path.join(dir, '빈 파일.bin');
    fs.writeFileSync(file, '');
    expect(await fileDigests(file)).toEqual({
      md5: 'd41d8cd98f00b204e9800998ecf8427e',
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      bytes: 0,
    });
    const small = path.join(dir, 'small.bin');
    fs.writeFileSync(small, Buffer.from('지킴 evidence\n'));
    const d = await fileDigests(small);
    expect(d.md5).toBe(coreutils('md5sum', small));
    expect(d.sha256).toBe(coreutils('sha256sum', small));
  });

  it('streams a file larger than 1 GB without reading it into memory', async () => {
    const big = path.join(dir, 'big.bin');
    const size = 1024 ** 3 + 4099;
    // A sparse file: 1 GiB of zeros that costs no disk, then a few real bytes at the end.
    fs.writeFileSync(big, '');
    fs.truncateSync(big, size - 5);
    fs.appendFileSync(big, 'tail!');
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const d = await fileDigests(big);
    clearInterval(sampler);
    expect(d.bytes).toBe(size);
    expect(d.sha256).toBe(coreutils('sha256sum', big));
    expect(d.md5).toBe(coreutils('md5sum', big));
    // Streaming keeps memory flat: far less than the file's size.
    expect(peak - before).toBeLessThan(256 * 1024 * 1024);
  }, 120_000);
});
