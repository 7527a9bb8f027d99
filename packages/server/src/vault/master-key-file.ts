/**
 * The master key file: one line, `jikim-master-key/1 <epoch> <base64 key>`, mode 0600, kept apart
 * from the database. The name stays the same across rotations; during one, the next key waits
 * beside it (`<file>.next`) and the rotated-out key is overwritten and unlinked (`<file>.old`).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config.js';
import { KEY_BYTES } from './aead.js';

export const KEY_FILE_VARIABLE = 'JIKIM_MASTER_KEY_FILE';
const FORMAT = /^jikim-master-key\/1 ([1-9]\d{0,8}) ([A-Za-z0-9+/]{43}=)\n?$/;

export interface MasterKey {
  readonly epoch: number;
  readonly key: Buffer;
}

function problem(message: string): ConfigError {
  return new ConfigError([`${KEY_FILE_VARIABLE}: ${message}`]);
}

export const nextKeyFile = (file: string) => `${file}.next`;
export const oldKeyFile = (file: string) => `${file}.old`;

/** Reads and checks a key file; undefined if there is none. Refuses one others could read. */
export function readMasterKeyFile(file: string): MasterKey | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw problem(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!stat.isFile()) throw problem(`${file} is not a regular file`);
  if ((stat.mode & 0o077) !== 0) {
    throw problem(`${file} is readable or writable by group or others (mode ${(stat.mode & 0o777).toString(8)}); run chmod 600 on it`);
  }
  const match = FORMAT.exec(fs.readFileSync(file, 'utf8'));
  const key = match?.[2] ? Buffer.from(match[2], 'base64') : undefined;
  if (!match?.[1] || key?.length !== KEY_BYTES) throw problem(`${file} is not a Jikim master key file`);
  return { epoch: Number(match[1]), key };
}

export function newMasterKey(epoch: number): MasterKey {
  return { epoch, key: randomBytes(KEY_BYTES) };
}

function fsyncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes a key to `file`, which must not exist yet: the bytes go to a fresh 0600 file, are
 * fsynced, and only then get the name (a hard link, so an existing key is never replaced).
 */
export function writeMasterKeyFile(file: string, masterKey: MasterKey): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600);
  try {
    fs.fchmodSync(fd, 0o600);
    fs.writeSync(fd, `jikim-master-key/1 ${masterKey.epoch} ${masterKey.key.toString('base64')}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw problem(`${file} already exists`);
    throw error;
  } finally {
    fs.unlinkSync(temp);
  }
  fsyncDirectory(dir);
}

/** Moves `from` over `to` and makes the new name durable. */
export function renameDurably(from: string, to: string): void {
  fs.renameSync(from, to);
  fsyncDirectory(path.dirname(to));
}

/**
 * Overwrites a key file with random bytes, fsyncs, and unlinks it. (On copy-on-write or
 * wear-levelled storage the old blocks may survive the overwrite: docs/data-at-rest.md.)
 */
export function destroyKeyFile(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const size = fs.fstatSync(fd).size;
    fs.writeSync(fd, randomBytes(Math.max(size, 128)), 0, Math.max(size, 128), 0);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.unlinkSync(file);
  fsyncDirectory(path.dirname(file));
}
