/**
 * The matcher's saved state: the PDQ index's own bytes (`MatchIndex.save()`), the signal table and
 * the MD5 map and the vPDQ texts (version 2), with the change-log sequence number they cover. Sealed (AES-256-GCM) under a key
 * derived from the system data key, so a copy of the file says nothing without the master key and
 * a file from another deployment does not open. Written to a temporary file, synced, then renamed.
 *
 *   file:      magic "JKMSNAP1" ‖ nonce (12) ‖ ciphertext ‖ tag (16); the magic is the additional data
 *   plaintext: u32 header length ‖ header JSON { version, seq, builtAt, banks, n, md5, vpdq: [id, text][], pad } ‖
 *              flags (n) ‖ bank u16 (n) ‖ content f64 (n) ‖ disabledUntil f64 (n) ‖
 *              md5 entries (u32 id ‖ 16 bytes) ‖ pad zero bytes (0–7) ‖ the PDQ index's bytes
 * The padding puts the index on an 8-byte boundary of the plaintext, so `MatchIndex.load` wraps its
 * arrays in place (format version 2 of the index) instead of copying a gigabyte at 10M hashes.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { StateTables } from './match-state.js';

const MAGIC = Buffer.from('JKMSNAP1', 'ascii');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/**
 * 2: the vPDQ texts in the header; 3: the index aligned by `pad`. Versions 2 and 3 are read; a
 * version-1 file is not (the index is built from the tables).
 */
const VERSION = 3;
export const SNAPSHOT_KEY_PURPOSE = 'match-snapshot';

export interface Snapshot {
  readonly seq: number;
  readonly builtAt: string;
  readonly tables: StateTables;
  readonly pdq: Uint8Array;
}

interface Header {
  readonly version: number;
  readonly seq: number;
  readonly builtAt: string;
  readonly banks: readonly string[];
  readonly n: number;
  readonly md5: number;
  readonly vpdq: readonly (readonly [number, string])[];
  /** Zero bytes before the index (version 3; one digit, so the header's length does not depend on it). */
  readonly pad?: number;
}

const bytesOf = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function plaintextParts(snapshot: Snapshot): Buffer[] {
  const { table, banks, md5, vpdq } = snapshot.tables;
  const n = table.flags.length;
  const header = (pad: number): Header => ({ version: VERSION, seq: snapshot.seq, builtAt: snapshot.builtAt, banks, n, md5: md5.size, vpdq: [...vpdq], pad });
  const unpadded = 4 + Buffer.byteLength(JSON.stringify(header(0)), 'utf8') + 19 * n + 20 * md5.size;
  const pad = (8 - (unpadded % 8)) % 8;
  const headerBytes = Buffer.from(JSON.stringify(header(pad)), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const md5Bytes = Buffer.alloc(20 * md5.size);
  let at = 0;
  for (const [id, hex] of md5) {
    md5Bytes.writeUInt32LE(id, at);
    md5Bytes.write(hex, at + 4, 'hex');
    at += 20;
  }
  return [length, headerBytes, bytesOf(table.flags), bytesOf(table.bank), bytesOf(table.content), bytesOf(table.disabledUntil), md5Bytes, Buffer.alloc(pad), bytesOf(snapshot.pdq)];
}

/** Writes the sealed snapshot to `file` atomically (a temporary file beside it, synced, renamed). */
export async function writeSnapshot(file: string, key: Buffer, snapshot: Snapshot): Promise<void> {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(MAGIC);
  const chunks = [MAGIC, nonce, ...plaintextParts(snapshot).map((part) => cipher.update(part)), cipher.final()];
  chunks.push(cipher.getAuthTag());
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await fs.open(tmp, 'wx', 0o600);
  try {
    await handle.writev(chunks);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}

/** Copies `n` elements out of the plaintext (typed arrays need aligned memory of their own). */
function take<T>(plain: Buffer, at: number, bytes: number, make: (buffer: ArrayBuffer) => T): T {
  if (at + bytes > plain.length) throw new Error('truncated');
  const copy = new ArrayBuffer(bytes);
  new Uint8Array(copy).set(plain.subarray(at, at + bytes));
  return make(copy);
}

/** The snapshot in `file`, or null when there is none, or it does not open under this key or parse. */
export async function readSnapshot(file: string, key: Buffer): Promise<Snapshot | null> {
  let sealed: Buffer;
  try {
    sealed = await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (sealed.length < MAGIC.length + NONCE_BYTES + TAG_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(MAGIC.length, MAGIC.length + NONCE_BYTES));
    decipher.setAAD(MAGIC);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const body = decipher.update(sealed.subarray(MAGIC.length + NONCE_BYTES, sealed.length - TAG_BYTES));
    const rest = decipher.final();
    plain = rest.length === 0 ? body : Buffer.concat([body, rest]);
  } catch {
    return null;
  }
  try {
    const headerLength = plain.readUInt32LE(0);
    const header = JSON.parse(plain.subarray(4, 4 + headerLength).toString('utf8')) as Header;
    if (header.version !== VERSION && header.version !== 2) return null;
    const pad = header.version === VERSION ? header.pad : 0;
    if (pad === undefined || !Number.isInteger(pad) || pad < 0 || pad > 7) return null;
    const n = header.n;
    let at = 4 + headerLength;
    const next = <T>(bytes: number, make: (buffer: ArrayBuffer) => T): T => {
      const value = take(plain, at, bytes, make);
      at += bytes;
      return value;
    };
    const table = {
      flags: next(n, (b) => new Uint8Array(b)),
      bank: next(2 * n, (b) => new Uint16Array(b)),
      content: next(8 * n, (b) => new Float64Array(b)),
      disabledUntil: next(8 * n, (b) => new Float64Array(b)),
    };
    const md5 = new Map<number, string>();
    for (let i = 0; i < header.md5; i += 1, at += 20) md5.set(plain.readUInt32LE(at), plain.toString('hex', at + 4, at + 20));
    // A view, not a copy: the index wraps it in place when aligned (MatchIndex.load copies otherwise).
    at += pad;
    const pdq = new Uint8Array(plain.buffer, plain.byteOffset + at, plain.length - at);
    return { seq: header.seq, builtAt: header.builtAt, tables: { banks: header.banks, table, md5, vpdq: new Map(header.vpdq) }, pdq };
  } catch {
    return null;
  }
}
