/** Version 2 files that are damaged, truncated or forged (with a recomputed checksum) do not load. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PdqHash } from '../signal.js';
import { checksum, HEADER_BYTES, MatchIndexFormatError } from './format.js';
import { MatchIndex } from './match-index.js';
import { randomHash, rng } from './test-data.js';

interface Section { readonly name: string; readonly from: number; readonly to: number }

/** The sample: indexed segments (8 × 6 bits), a scanned one, tombstones, buffered adds; odd counts. */
function sample(): { index: MatchIndex; hashes: Map<number, PdqHash> } {
  const next = rng(5);
  const hashes = new Map<number, PdqHash>();
  const index = new MatchIndex({ radius: 20, bufferSize: 64, minIndexed: 200, layout: { slots: 8, bits: 6 }, alwaysProbe: true });
  // Interleaved ids: batch b holds ids ≡ b (mod 4) over about the same range.
  [[2001, 1], [301, 6], [121, 16]].forEach(([size, step], b) => {
    const ids = Array.from({ length: size as number }, (_, i) => 4 * i * (step as number) + b);
    const batch = ids.map(() => randomHash(next));
    ids.forEach((id, i) => hashes.set(id, batch[i] as PdqHash));
    index.addMany(ids, batch);
  });
  for (let i = 0; i < 11; i += 1) {
    const h = randomHash(next);
    index.add(400 * i + 3, h);
    hashes.set(400 * i + 3, h);
  }
  for (const gone of [...hashes.keys()].filter((_, i) => i % 97 === 3)) {
    index.remove(gone);
    hashes.delete(gone);
  }
  return { index, hashes };
}

/** The file's sections, walked from the layout described in format.ts (independently of the decoder). */
function sections(bytes: Uint8Array): Section[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Section[] = [{ name: 'header', from: 0, to: HEADER_BYTES }];
  let at = HEADER_BYTES;
  const add = (name: string, length: number, pad = true) => {
    if (length > 0) out.push({ name, from: at, to: at + length });
    at += pad ? Math.ceil(length / 8) * 8 : length;
  };
  const b = v.getUint32(32, true);
  add('buffered ids', 4 * b);
  add('buffered hashes', 32 * b);
  for (let k = 0; k < v.getUint32(28, true); k += 1) {
    const [c, slots, bits] = [v.getUint32(at, true), v.getUint32(at + 4, true), v.getUint32(at + 8, true)];
    add(`segment ${k} header`, 16);
    add(`segment ${k} ids`, 4 * c);
    add(`segment ${k} hashes`, 32 * c);
    add(`segment ${k} tombstones`, Math.ceil(c / 8));
    for (let j = 0; j < slots; j += 1) {
      const shift = v.getUint32(at, true);
      add(`segment ${k} slot ${j} header`, 8);
      add(`segment ${k} slot ${j} block starts`, 4 * (((2 ** bits) >>> shift) + 1));
      add(`segment ${k} slot ${j} bucket starts`, 2 * (2 ** bits + 1));
      add(`segment ${k} slot ${j} postings`, 4 * c);
    }
  }
  expect(at).toBe(bytes.length);
  return out;
}

const { index, hashes } = sample();
const bytes = index.save();
const parts = sections(bytes);
const part = (name: string): Section => {
  const found = parts.find((s) => s.name === name);
  if (!found) throw new Error(`no section ${name}`);
  return found;
};

/** A copy edited through a DataView, its checksum recomputed: a forged file the CRC cannot catch. */
function forge(edit: (v: DataView, b: Uint8Array) => void): Uint8Array {
  const b = bytes.slice();
  const v = new DataView(b.buffer);
  edit(v, b);
  v.setUint32(24, checksum(b), true);
  return b;
}

describe('MatchIndex version 2 files that must not load', () => {
  it('has the sections the sample needs', () => {
    const d = index.describe();
    expect(d.buffered).toBeGreaterThan(0);
    expect(d.segments.map((s) => s.slots)).toEqual([8, 8, 0]);
    expect(d.segments.every((s) => s.dead > 0 || s.entries < 200)).toBe(true);
    expect(MatchIndex.load(bytes).size).toBe(hashes.size);
  });

  it('detects a damaged byte in every section', () => {
    for (const s of parts) {
      fc.assert(fc.property(fc.integer({ min: s.from, max: s.to - 1 }), fc.integer({ min: 1, max: 255 }), (at, xor) => {
        const bad = bytes.slice();
        bad[at] = (bad[at] ?? 0) ^ xor;
        expect(() => MatchIndex.load(bad), s.name).toThrow(MatchIndexFormatError);
      }), { numRuns: 25 });
    }
  });

  it('rejects every truncation, at section edges too, and trailing bytes', () => {
    const cuts = [...parts.flatMap((s) => [s.from, s.to - 1]), bytes.length - 1];
    for (const cut of cuts) expect(() => MatchIndex.load(bytes.slice(0, cut)), `cut at ${cut}`).toThrow(/truncated/);
    fc.assert(fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (cut) => {
      expect(() => MatchIndex.load(bytes.slice(0, cut))).toThrow(/truncated/);
    }), { numRuns: 200 });
    const longer = new Uint8Array(bytes.length + 8);
    longer.set(bytes);
    expect(() => MatchIndex.load(longer)).toThrow(/8 unexpected bytes/);
  });

  it('checks the header and segment headers even under a valid checksum', () => {
    const seg = part('segment 1 header').from;
    const slot = part('segment 0 slot 2 header').from;
    const cases: [string, (v: DataView) => void, RegExp][] = [
      ['entry count', (v) => v.setUint32(20, v.getUint32(20, true) + 1, true), /header says \d+ entries, the sections hold/],
      ['reserved', (v) => v.setUint32(36, 1, true), /reserved header field/],
      ['segment count', (v) => v.setUint32(28, 65, true), /65 segments, at most 64/],
      ['version', (v) => v.setUint32(8, 7, true), /version 7 is not supported/],
      ['radius', (v) => v.setUint32(16, 257, true), /radius 257 is over 256/],
      ['empty segment', (v) => v.setUint32(seg, 0, true), /segment 1 is empty/],
      ['layout', (v) => v.setUint32(seg + 4, 0, true), /0 slots of 6 bits is not a valid layout/],
      ['layout bits', (v) => v.setUint32(seg + 8, 25, true), /8 slots of 25 bits is not a valid layout/],
      ['segment reserved', (v) => v.setUint32(seg + 12, 9, true), /segment 1: reserved field/],
      ['block shift', (v) => v.setUint32(slot, 7, true), /block shift 7 is over 6/],
      ['slot reserved', (v) => v.setUint32(slot + 4, 1, true), /slot 2: reserved field/],
    ];
    for (const [name, edit, message] of cases) expect(() => MatchIndex.load(forge(edit)), name).toThrow(message);
  });

  it('checks ids, tombstones, padding and uniqueness under a valid checksum', () => {
    const ids = part('segment 0 ids');
    const count = (ids.to - ids.from) / 4;
    expect(count % 2).toBe(1); // so the ids section ends in 4 bytes of padding
    expect(() => MatchIndex.load(forge((v) => v.setUint32(ids.from + 4, v.getUint32(ids.from, true), true)))).toThrow(/segment 0: ids are not strictly ascending/);
    expect(() => MatchIndex.load(forge((_, b) => { b[ids.to] = 1; }))).toThrow(/segment 0 ids: padding is not 0/);
    const dead = part('segment 0 tombstones');
    expect(count % 8).not.toBe(0);
    expect(() => MatchIndex.load(forge((_, b) => { b[dead.to - 1] = (b[dead.to - 1] ?? 0) | 0x80; }))).toThrow(/tombstone padding/);
    // One more tombstone: the live count no longer agrees with the header.
    expect(() => MatchIndex.load(forge((_, b) => { b[dead.from] = (b[dead.from] ?? 0) ^ 0x01; }))).toThrow(/header says/);
    // A buffered id that is also live in a segment.
    const buffered = part('buffered ids').from;
    expect(() => MatchIndex.load(forge((v) => v.setUint32(buffered, v.getUint32(part('segment 2 ids').from, true), true)))).toThrow(/buffered id \d+ is stored twice/);
    // An id of segment 2 moved (still ascending there) onto a live id of segment 0.
    const forged = forge((v) => {
      const small = part('segment 2 ids');
      const large = new Set(Array.from({ length: count }, (_, i) => v.getUint32(ids.from + 4 * i, true)));
      for (let at = small.from + 4; at < small.to - 4; at += 4) {
        const [before, after] = [v.getUint32(at - 4, true), v.getUint32(at + 4, true)];
        const target = [...large].find((x) => x > before && x < after && x !== v.getUint32(at, true));
        if (target !== undefined) return v.setUint32(at, target, true);
      }
      throw new Error('no id to move');
    });
    expect(() => MatchIndex.load(forged)).toThrow(/id \d+ is live in two segments|header says/);
  });

  it('checks bucket tables and postings under a valid checksum', () => {
    const post = part('segment 0 slot 0 postings');
    const count = (post.to - post.from) / 4;
    expect(() => MatchIndex.load(forge((v) => v.setUint32(post.from + 8, count, true)))).toThrow(/posting 2 is out of range/);
    expect(() => MatchIndex.load(forge((v) => v.setUint32(post.to - 4, 2 ** 32 - 1, true)))).toThrow(new RegExp(`posting ${count - 1} is out of range`));
    const blocks = part('segment 0 slot 1 block starts');
    expect(() => MatchIndex.load(forge((v) => v.setUint32(blocks.from, 1, true)))).toThrow(/first bucket does not start at 0/);
    expect(() => MatchIndex.load(forge((v) => v.setUint32(blocks.to - 4, count + 1, true)))).toThrow(new RegExp(`the buckets hold ${count + 1} postings, not ${count}`));
    const buckets = part('segment 1 slot 3 bucket starts');
    expect(() => MatchIndex.load(forge((v) => v.setUint16(buckets.from + 2 * 64, 1, true)))).toThrow(/bucket 64 starts a block but not at 0/);
    expect(() => MatchIndex.load(forge((v) => v.setUint16(buckets.from + 2 * 5, 0xffff, true)))).toThrow(/out of order/);
  });

  it('leaves a changed hash to the checksum: structure cannot tell, the CRC does', () => {
    const h = part('segment 0 hashes');
    const flip = (b: Uint8Array) => { b[h.from + 5] = (b[h.from + 5] ?? 0) ^ 0x10; };
    const damaged = bytes.slice();
    flip(damaged);
    expect(() => MatchIndex.load(damaged)).toThrow(/checksum mismatch/);
    // With the checksum recomputed the file is well formed, and holds the changed hash.
    const loaded = MatchIndex.load(forge((_, b) => flip(b)));
    const firstId = new DataView(bytes.buffer).getUint32(part('segment 0 ids').from, true);
    const original = hashes.get(firstId) as PdqHash;
    expect(loaded.query(original, 0).some((hit) => hit.id === firstId)).toBe(false);
    expect(loaded.query(original, 1).find((hit) => hit.id === firstId)?.distance).toBe(1);
  });
});
