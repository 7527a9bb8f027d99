/**
 * Issue 10: `jikim verify` and `jikim hash` print text that comes from their input — entry names,
 * manifest keys, parser errors quoting the bytes, file names. A crafted bundle must not be able to
 * clear the screen and print "OK … verified", reorder a name with a bidi override, or slip in a
 * lone surrogate: every such character is shown escaped, and the verdict stays FAILED.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipEntries, sampleBundle, writeRawZip, type RawEntry } from '../../evidence/test/fixtures.js';
import { jikim } from './run-jikim.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jikim-hostile-output-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ESC = '\x1b';
/** Clear the screen, go home, and print a verdict. */
const FAKE_OK = `${ESC}[2J${ESC}[H${ESC}[32mOK  everything verified${ESC}[0m\n`;
const CSI = '\u009b';
const RLO = '\u202e';

/** Anything a terminal or the bidi algorithm would act on, other than the line ends we print. */
const RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
function expectClean(text: string): void {
  for (const line of text.split('\n')) expect(RAW.exec(line), JSON.stringify(line)).toBeNull();
}

let entries: [string, Buffer][] = [];
const good = path.join(dir, 'good.zip');
beforeAll(async () => {
  await sampleBundle(dir, good);
  entries = [...(await readZipEntries(good))];
});

let counter = 0;
function bundle(edit: (list: RawEntry[]) => RawEntry[], name = `b${++counter}.zip`): string {
  const file = path.join(dir, name);
  writeRawZip(file, edit(entries.map(([n, data]) => ({ name: n, data }))));
  return file;
}
const onManifest = (change: (json: string) => string) => (list: RawEntry[]) =>
  list.map((e) => (e.name === 'manifest.json' ? { ...e, data: Buffer.from(change(e.data.toString('utf8')), 'utf8') } : e));

const HOSTILE: [string, () => string][] = [
  ['an unknown manifest key that clears the screen and prints OK', () => bundle(onManifest((j) => j.replace('{', `{${JSON.stringify(FAKE_OK)}:1,`)))],
  ['an unknown manifest key with C1 CSI, a bidi override and a lone surrogate', () =>
    bundle(onManifest((j) => j.replace('{', `{"${CSI}31m${RLO}gpj.exe\\ud800":1,`)))],
  ['manifest.json that is not JSON, with escape sequences in it', () => bundle(onManifest((j) => `${FAKE_OK}${j}`))],
  ['an entry name with escape sequences', () => bundle((l) => [...l, { name: `files/${FAKE_OK}`, data: Buffer.from('x') }])],
  ['an entry name with C1 CSI', () => bundle((l) => [...l, { name: `files/${CSI}2J.jpg`, data: Buffer.from('x') }])],
  ['a safe path with a bidi override (an extra file)', () => bundle((l) => [...l, { name: `files/evil${RLO}gpj.exe`, data: Buffer.from('x') }])],
  ['a SHA256SUMS line the manifest does not list, with a bidi override', () => bundle((l) => l.map((e) =>
    (e.name === 'SHA256SUMS' ? { ...e, data: Buffer.concat([Buffer.from(`${'c'.repeat(64)}  files/${RLO}fdp.exe\n`), e.data]) } : e)))],
  ['a bundle whose own file name holds escape sequences', () => bundle((l) => l.filter((e) => e.name !== 'report.pdf'), `evil${ESC}[2J${ESC}[H${RLO}.zip`)],
];

describe('jikim verify on bundles crafted to fool a terminal', () => {
  it.each(HOSTILE)('%s: nothing raw is printed, and it still fails', async (_, make) => {
    const file = make();
    const { code, out, err } = await jikim('verify', file);
    expect(code).toBe(1);
    expectClean(out);
    expectClean(err);
    const lines = out.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/: FAILED, \d+ of \d+ files not OK, \d+ other problems?$/u);
    expect(lines.filter((l) => /OK {2}everything verified/u.test(l) && !l.startsWith('PROBLEM') && !l.startsWith('UNSAFE') && !l.startsWith('EXTRA'))).toEqual([]);
  });

  it('shows what was there, escaped: ESC as \\x1b, CSI as \\x9b, a bidi override as \\u202e, a lone surrogate as \\ud800', async () => {
    const key = await jikim('verify', HOSTILE[0]?.[1]() ?? '');
    expect(key.out).toContain('PROBLEM  manifest.json (root): Unrecognized key: "\\x1b[2J\\x1b[H\\x1b[32mOK  everything verified\\x1b[0m\\n"');
    const mixed = await jikim('verify', HOSTILE[1]?.[1]() ?? '');
    expect(mixed.out).toContain('"\\x9b31m\\u202egpj.exe\\ud800"');
    const name = await jikim('verify', HOSTILE[3]?.[1]() ?? '');
    expect(name.out).toContain('UNSAFE  files/\\x1b[2J\\x1b[H\\x1b[32mOK  everything verified\\x1b[0m\\n (control character in path)');
    const bidi = await jikim('verify', HOSTILE[5]?.[1]() ?? '');
    expect(bidi.out).toContain('EXTRA  files/evil\\u202egpj.exe');
    const sums = await jikim('verify', HOSTILE[6]?.[1]() ?? '');
    expect(sums.out).toContain('PROBLEM  SHA256SUMS lists files/\\u202efdp.exe, which the manifest does not');
    const own = await jikim('verify', HOSTILE[7]?.[1]() ?? '');
    expect(own.out).toContain('evil\\x1b[2J\\x1b[H\\u202e.zip: FAILED');
  });

  it('--json escapes the same characters and still parses back to the very same report', async () => {
    for (const [, make] of HOSTILE) {
      const file = make();
      const { code, out } = await jikim('verify', '--json', file);
      expect(code).toBe(1);
      expectClean(out.trimEnd());
      const report = JSON.parse(out) as { bundle: string; ok: boolean; problems: string[] };
      expect(report.ok).toBe(false);
      expect(report.bundle).toBe(file);
    }
    const { out } = await jikim('verify', '--json', HOSTILE[5]?.[1]() ?? '');
    expect(out).toContain('files/evil\\u202egpj.exe');
    expect((JSON.parse(out) as { files: { path: string }[] }).files.map((f) => f.path)).toContain(`files/evil${RLO}gpj.exe`);
  });
});

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A 64×64 grey PNG. */
function png(file: string): string {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(64, 0);
  ihdr.writeUInt32BE(64, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 64 }, (_, y) => Buffer.from([0, ...Array.from({ length: 64 }, (__, x) => (x * y) & 0xff)])));
  fs.writeFileSync(file, Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr), pngChunk('IDAT', zlib.deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0)),
  ]));
  return file;
}

describe('jikim hash with file names crafted to fool a terminal', () => {
  const evil = `${ESC}[2J${ESC}[H${CSI}${RLO}`;

  it('escapes the name in hash lines, in JSON and in errors', async () => {
    const image = png(path.join(dir, `photo${evil}.png`));
    const notImage = path.join(dir, `text${evil}.png`);
    fs.writeFileSync(notImage, 'not an image');
    const csv = await jikim('hash', image, notImage);
    expect(csv.code).toBe(1);
    expectClean(csv.out);
    expectClean(csv.err);
    expect(csv.out).toMatch(/^[0-9a-f]{64},\d+,.*photo\\x1b\[2J\\x1b\[H\\x9b\\u202e\.png\n$/u);
    expect(csv.err).toContain('text\\x1b[2J\\x1b[H\\x9b\\u202e.png');
    const json = await jikim('hash', '--json', image);
    expect(json.code).toBe(0);
    expectClean(json.out.trimEnd());
    expect((JSON.parse(json.out) as { file: string }).file).toBe(image);
    const video = await jikim('hash', '--video', notImage);
    expect(video.code).toBe(1);
    expectClean(video.err);
    expect(video.err).toContain('text\\x1b[2J\\x1b[H\\x9b\\u202e.png');
  });

  it('escapes what it echoes of a bad command line', async () => {
    for (const args of [[`nope${evil}`], ['hash', `--x${evil}`, 'a.png'], ['verify', `--${evil}`]]) {
      const { err } = await jikim(...args);
      expectClean(err);
    }
  });
});
