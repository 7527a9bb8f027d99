import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exhibitPathProblem } from './manifest.js';
import { compareUtf8, formatSha256Sums, parseSha256Sums } from './sha256sums.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('SHA256SUMS', () => {
  it('prints `<hex>  <path>` lines sorted by UTF-8 bytes', () => {
    expect(formatSha256Sums([{ path: 'files/b', sha256: B }, { path: 'SHA', sha256: A }, { path: 'files/\uffff', sha256: A }, { path: 'files/😢', sha256: B }])).toBe(
      `${A}  SHA\n${B}  files/b\n${A}  files/\uffff\n${B}  files/😢\n`,
    );
    expect(formatSha256Sums([])).toBe('');
  });

  it('refuses names coreutils would escape, and bad digests or duplicates', () => {
    expect(() => formatSha256Sums([{ path: 'files/a\nb', sha256: A }])).toThrow(/control character/u);
    expect(() => formatSha256Sums([{ path: 'files/a\\b', sha256: A }])).toThrow(/backslash/u);
    expect(() => formatSha256Sums([{ path: 'files/a', sha256: A.toUpperCase() }])).toThrow(/lower-case/u);
    expect(() => formatSha256Sums([{ path: 'files/a', sha256: A }, { path: 'files/a', sha256: B }])).toThrow(/twice/u);
  });

  it('parses strictly', () => {
    expect(parseSha256Sums(`${A}  files/a b\n${B}  manifest.json\n`)).toEqual([{ path: 'files/a b', sha256: A }, { path: 'manifest.json', sha256: B }]);
    for (const bad of ['', `${A}  files/a`, `${A} *files/a\n`, `${A} files/a\n`, `${A.toUpperCase()}  files/a\n`, `${A}  files/a\r\n`, `\\${A}  files/a\\\\b\n`, `${A}  files/a\n\n`, `${A}  ../a\n`, `${A}  a\n${B}  a\n`]) {
      expect(() => parseSha256Sums(bad), JSON.stringify(bad)).toThrow();
    }
  });

  it('refuses more lines than allowed (a verifier allows one per entry it may hold) before checking any', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `${A}  files/${i}\n`).join('');
    expect(parseSha256Sums(lines(3), { maxLines: 3 })).toHaveLength(3);
    expect(() => parseSha256Sums(lines(4), { maxLines: 3 })).toThrow('SHA256SUMS has more than 3 lines, more than a bundle may hold entries');
    // Refused for its length even though its first line is bad too: nothing was split or checked.
    expect(() => parseSha256Sums(`bad\n${lines(3)}`, { maxLines: 3 })).toThrow(/more than 3 lines/u);
  });

  it('round-trips', () => {
    // Any name a bundle may hold (so never "con" or "a."): the writer refuses the rest, as its own test shows.
    const name = fc.stringMatching(/^[a-z0-9가-힣 ._-]{1,12}$/u).filter((s) => exhibitPathProblem(`files/${s}`) === null);
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ path: name.map((n) => `files/${n}`), sha256: fc.stringMatching(/^[0-9a-f]{64}$/u) }), { selector: (e) => e.path }), (entries) => {
        const sorted = [...entries].sort((a, b) => compareUtf8(a.path, b.path));
        expect(parseSha256Sums(formatSha256Sums(entries) || `${A}  x\n`).length).toBe(Math.max(sorted.length, 1));
        if (entries.length) expect(parseSha256Sums(formatSha256Sums(entries))).toEqual(sorted);
      }),
    );
  });

  it('is what GNU sha256sum prints and accepts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-sums-'));
    try {
      fs.mkdirSync(path.join(dir, 'files'));
      const names = ['files/한글 사진.jpg', 'files/b.txt', 'files/a (1).png', 'files/😢.mp4'];
      names.forEach((n, i) => fs.writeFileSync(path.join(dir, n), `content ${i}`));
      const gnu = execFileSync('sha256sum', names, { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      const ours = formatSha256Sums(parseSha256Sums(gnu));
      expect(ours.split('\n').sort()).toEqual(gnu.split('\n').sort());
      fs.writeFileSync(path.join(dir, 'SHA256SUMS'), ours);
      expect(() => execFileSync('sha256sum', ['-c', '--strict', '--quiet', 'SHA256SUMS'], { cwd: dir })).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('compareUtf8', () => {
  it('orders as the UTF-8 bytes do, lone surrogates as U+FFFD', () => {
    const encoder = new TextEncoder();
    const bytes = (a: Uint8Array, b: Uint8Array) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
      return a.length - b.length;
    };
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
      expect(Math.sign(compareUtf8(a, b))).toBe(Math.sign(bytes(encoder.encode(a), encoder.encode(b))));
    }), { numRuns: 5000 });
    expect(compareUtf8('\ue000', '😢')).toBeLessThan(0);
    expect(compareUtf8('\ud800', '\ue000')).toBeGreaterThan(0);
  });
});
