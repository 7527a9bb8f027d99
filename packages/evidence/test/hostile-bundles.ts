/**
 * Hostile bundles for the verifier's bounds (issue 10): each is a well-formed zip whose central
 * directory passes every check, so the harm is in what the verifier does with manifest.json and
 * SHA256SUMS. Sizes are parameters so that tests can build them at (or just past) the limits.
 * The memory test runs each through the verifier in a child process (hostile-child.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeRawZip } from './fixtures.js';

const MiB = 1024 * 1024;
const at = '2026-11-28T03:00:00Z';
const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const envelope = (items: string) =>
  `{"schema":"jikim.evidence-bundle","version":1,"createdAt":"${at}","caseReference":"X","locale":"en","generator":{"name":"hostile","version":"1"},"items":[${items}]}`;

/** Repeats `unit` (joined by sep) until the text reaches about `bytes`. */
function fill(unit: (i: number) => string, bytes: number, sep = ','): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + sep.length;
  }
  return parts.join(sep);
}

/** manifest.json and SHA256SUMS (listing the manifest and `extraSums`), stored (so no ratio check applies). */
function write(file: string, manifest: string, extraSums = ''): string {
  const data = Buffer.from(manifest, 'utf8');
  const sums = Buffer.from(`${extraSums}${sha(data)}  manifest.json\n`, 'utf8');
  writeRawZip(file, [
    { name: 'manifest.json', data, method: 0 },
    { name: 'SHA256SUMS', data: sums, method: 0 },
  ]);
  return file;
}

/** A valid file item; its file is not in the zip. */
export const fileItem = (i: number) =>
  `{"id":"i${i}","exhibitNumber":${i + 1},"kind":"file","title":"t","addedAt":"${at}","file":{"path":"files/${i}","sha256":"${'a'.repeat(64)}","bytes":1,"mediaType":"image/jpeg","originalName":"a"},"history":[{"at":"${at}","action":"added","summary":"s"}]}`;

export type HostileKind = keyof typeof HOSTILE_BUNDLES;

/**
 * Each writes its bundle to `file`. `bytes` is the size of the hostile part (the manifest, or
 * SHA256SUMS); `count` the number of items for many-missing.
 */
export const HOSTILE_BUNDLES = {
  /** A valid manifest listing `count` files, none of them in the zip: one MISSING each. */
  'many-missing': (file: string, { count = 95_000 }: { count?: number } = {}) => write(file, envelope(Array.from({ length: count }, (_, i) => fileItem(i)).join(','))),
  /** `[[[[…` as deep as the bytes allow. */
  'deep-json': (file: string, { bytes = 8 * MiB }: { bytes?: number } = {}) => write(file, '['.repeat(bytes)),
  /** Deep but closed, inside a valid envelope's unknown key: a parser that goes on would build it all. */
  'deep-object': (file: string, { bytes = 8 * MiB }: { bytes?: number } = {}) => {
    const depth = Math.floor((bytes - 300) / 6);
    return write(file, `{"deep":${'{"a":'.repeat(depth)}0${'}'.repeat(depth)},${envelope('').slice(1)}`);
  },
  /** Items that are all wrong: every one gives several validation issues. */
  'invalid-items': (file: string, { bytes = 8 * MiB }: { bytes?: number } = {}) => write(file, envelope(fill(() => '{}', bytes - 200))),
  /**
   * One item whose history is as many `{}` as the limits allow (at most one object or array per
   * 32 bytes of the whole text, so a long string pads it out): each entry is checked, and fails,
   * on its own.
   */
  'invalid-history': (file: string, { bytes = 8 * MiB }: { bytes?: number } = {}) => {
    const entries = Math.floor(bytes / 32) - 100;
    const history = fill(() => '{}', entries * 3);
    const pad = 'x'.repeat(Math.max(0, bytes - history.length - 500));
    return write(file, envelope(`{"pad":"${pad}","history":[${history}]}`));
  },
  /** As many short strings as the value limit allows (one per 8 bytes: padded by a long string). */
  'many-strings': (file: string, { bytes = 8 * MiB }: { bytes?: number } = {}) => {
    const strings = fill((i) => `"${(i % 1000).toString(36)}"`, Math.floor(bytes / 8) * 4);
    const pad = 'x'.repeat(Math.max(0, bytes - strings.length - 500));
    return write(file, `{"pad":"${pad}","strings":[${strings}],${envelope('').slice(1)}`);
  },
  /** As many items as a manifest may have (100,000), all empty, the first padded out with a long string. */
  'empty-items': (file: string, { bytes = 8 * MiB }: { bytes?: number } = {}) => {
    const pad = 'x'.repeat(Math.max(0, bytes - 100_000 * 3 - 500));
    return write(file, envelope(`{"pad":"${pad}"}${',{}'.repeat(99_999)}`));
  },
  /** A flat array of numbers where the items go. */
  'wide-array': (file: string, { bytes = 8 * MiB }: { bytes?: number } = {}) => write(file, envelope(fill(() => '0', bytes - 200))),
  /** Hundreds of thousands of unknown keys, each with an escape sequence in it. */
  'unknown-keys': (file: string, { bytes = 8 * MiB }: { bytes?: number } = {}) =>
    write(file, `{${fill((i) => `"\\u001b[2J${i}":0`, bytes - 300)},${envelope('').slice(1)}`),
  /** SHA256SUMS with as many short lines as the bytes allow, none of them in the manifest. */
  'many-sums-lines': (file: string, { bytes = 8 * MiB }: { bytes?: number } = {}) =>
    write(file, envelope(''), fill((i) => `${'b'.repeat(64)}  files/${i}`, bytes - 100, '\n') + '\n'),
  /** An entry of zeros compressed far past 200:1 (refused from the directory, never inflated). */
  'ratio-bomb': (file: string, { bytes = 256 * MiB }: { bytes?: number } = {}) => {
    writeRawZip(file, [{ name: 'files/bomb.bin', data: Buffer.alloc(bytes) }]);
    return file;
  },
  /** An entry declaring 1 KiB that inflates to `bytes` (stopped at its declared size). */
  'lying-size': (file: string, { bytes = 256 * MiB }: { bytes?: number } = {}) => {
    const sums = Buffer.from(`${'d'.repeat(64)}  files/small.bin\n`);
    writeRawZip(file, [{ name: 'SHA256SUMS', data: sums, method: 0 }, { name: 'files/small.bin', data: Buffer.alloc(bytes), declaredSize: 1024 }]);
    return file;
  },
  /** As many entries as allowed (10,000), each with a name of 1,000 bytes: every one is extra. */
  'many-entries': (file: string, { count = 10_000 }: { count?: number } = {}) => {
    writeRawZip(file, Array.from({ length: count }, (_, i) => ({ name: `files/${String(i).padStart(5, '0')}-${'가'.repeat(330)}`, data: Buffer.alloc(0), method: 0 as const })));
    return file;
  },
} as const;

/** Writes every hostile bundle into dir; returns their paths by kind. */
export function writeHostileBundles(dir: string, sizes: { bytes?: number; count?: number } = {}): Record<HostileKind, string> {
  fs.mkdirSync(dir, { recursive: true });
  const out = {} as Record<HostileKind, string>;
  for (const [kind, make] of Object.entries(HOSTILE_BUNDLES) as [HostileKind, (f: string, s: typeof sizes) => string][]) {
    out[kind] = make(path.join(dir, `${kind}.zip`), sizes);
  }
  return out;
}
