/**
 * The default BlobStore: sealed files under one directory, one sub-directory per case. Only
 * ciphertext is ever written. A blob is written under a temporary name (`.tmp` for a one-shot
 * put, `.part` for a resumable upload) and renamed to `.blob` when complete, after an fsync of the
 * file and before one of the directory. Appends to one upload are serialised within this process;
 * one upload must not be written by two processes at once.
 */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { CASE_ID_PATTERN } from '../cases/case-id.js';
import type { KeyVault } from '../vault/vault.js';
import {
  HEADER_BYTES,
  newHeader,
  openRecord,
  parseRecordHeader,
  RECORD_HEADER_BYTES,
  RECORD_PLAINTEXT_MAX,
  saltOf,
  sealRecord,
  TAG_BYTES,
} from './blob-format.js';
import { BlobIntegrityError, BlobNotFoundError, type BlobSource, type BlobStore, type StoredBlob } from './blob-store-port.js';

const BLOB_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Writing {
  readonly key: Buffer;
  readonly header: Buffer;
  readonly hash: Hash;
  index: number;
  size: number;
  fileSize: number;
  finished: boolean;
}

async function readAt(file: fs.FileHandle, length: number, position: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const { bytesRead } = await file.read(buffer, got, length - got, position + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return buffer.subarray(0, got);
}

async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function bytesOf(chunk: unknown): Buffer {
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError('A blob source must give bytes');
}

async function isMissing(promise: Promise<unknown>): Promise<boolean> {
  try {
    await promise;
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

export function createFileBlobStore(options: { readonly dir: string; readonly vault: Pick<KeyVault, 'blobKey'> }): BlobStore {
  const root = path.resolve(options.dir);
  const uploads = new Map<string, Writing>();
  const queues = new Map<string, Promise<unknown>>();

  function caseDir(caseId: string): string {
    if (!CASE_ID_PATTERN.test(caseId)) throw new TypeError('Bad case id');
    return path.join(root, caseId);
  }
  function file(caseId: string, blobId: string, kind: 'blob' | 'part' | 'tmp'): string {
    if (!BLOB_ID_PATTERN.test(blobId)) throw new TypeError('Bad blob id');
    return path.join(caseDir(caseId), `${blobId}.${kind}`);
  }

  /** Runs `task` after every earlier task for the same upload. */
  function serially<T>(name: string, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(name) ?? Promise.resolve()).then(task, task);
    const settled = run.catch(() => undefined);
    queues.set(name, settled);
    void settled.then(() => { if (queues.get(name) === settled) queues.delete(name); });
    return run;
  }

  async function ensureCaseDir(caseId: string): Promise<string> {
    const dir = caseDir(caseId);
    const created = await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    if (created !== undefined) {
      await fsyncDirectory(path.dirname(dir));
      if (path.dirname(dir) !== root) await fsyncDirectory(root);
    }
    return dir;
  }

  async function create(caseId: string, blobId: string, kind: 'part' | 'tmp'): Promise<{ handle: fs.FileHandle; writing: Writing }> {
    await ensureCaseDir(caseId);
    const header = newHeader();
    const key = await options.vault.blobKey(caseId, blobId, saltOf(header), true);
    const handle = await fs.open(file(caseId, blobId, kind), 'wx', 0o600);
    await handle.write(header, 0, header.length, 0);
    return { handle, writing: { key, header, hash: createHash('sha256'), index: 0, size: 0, fileSize: HEADER_BYTES, finished: false } };
  }

  async function writeRecord(handle: fs.FileHandle, writing: Writing, plaintext: Buffer, final: boolean): Promise<void> {
    const record = sealRecord(writing.key, writing.header, writing.index, plaintext, final);
    await handle.write(record, 0, record.length, writing.fileSize);
    writing.hash.update(plaintext);
    writing.index += 1;
    writing.size += plaintext.length;
    writing.fileSize += record.length;
    writing.finished = final;
  }

  /** Seals the source in records of 64 KiB; the last one of this source may be shorter. */
  async function writeSource(handle: fs.FileHandle, writing: Writing, source: BlobSource): Promise<void> {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      const plaintext = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      await writeRecord(handle, writing, plaintext, false);
      plaintext.fill(0);
    };
    for await (const chunk of source) {
      let bytes = bytesOf(chunk);
      while (bytes.length > 0) {
        const take = Math.min(RECORD_PLAINTEXT_MAX - pendingBytes, bytes.length);
        pending.push(bytes.subarray(0, take));
        pendingBytes += take;
        bytes = bytes.subarray(take);
        if (pendingBytes === RECORD_PLAINTEXT_MAX) await flush();
      }
    }
    if (pendingBytes > 0) await flush();
  }

  /**
   * An unfinished upload's state: from memory, or rebuilt from its `.part` file by verifying every
   * record (a torn last record, from a crash mid-append, is cut off).
   */
  async function uploadState(caseId: string, blobId: string): Promise<Writing> {
    const name = `${caseId}/${blobId}`;
    const cached = uploads.get(name);
    if (cached) return cached;
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file(caseId, blobId, 'part'), 'r+');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobNotFoundError();
      throw error;
    }
    try {
      const header = await readAt(handle, HEADER_BYTES, 0);
      const key = await options.vault.blobKey(caseId, blobId, saltOf(header), false);
      const writing: Writing = { key, header, hash: createHash('sha256'), index: 0, size: 0, fileSize: HEADER_BYTES, finished: false };
      for (;;) {
        const prefix = await readAt(handle, RECORD_HEADER_BYTES, writing.fileSize);
        if (prefix.length < RECORD_HEADER_BYTES) break;
        let plaintext: Buffer;
        let final: boolean;
        try {
          const record = parseRecordHeader(prefix);
          final = record.final;
          const body = await readAt(handle, record.length + TAG_BYTES, writing.fileSize + RECORD_HEADER_BYTES);
          plaintext = openRecord(key, header, writing.index, body, final);
        } catch (error) {
          if (error instanceof BlobIntegrityError) break;
          throw error;
        }
        writing.hash.update(plaintext);
        writing.index += 1;
        writing.size += plaintext.length;
        writing.fileSize += RECORD_HEADER_BYTES + plaintext.length + TAG_BYTES;
        writing.finished = final;
        if (final) break;
      }
      if ((await handle.stat()).size > writing.fileSize) {
        await handle.truncate(writing.fileSize);
        await handle.sync();
      }
      uploads.set(name, writing);
      return writing;
    } finally {
      await handle.close();
    }
  }

  async function complete(caseId: string, blobId: string, from: 'part' | 'tmp', writing: Writing): Promise<StoredBlob> {
    await fs.rename(file(caseId, blobId, from), file(caseId, blobId, 'blob'));
    await fsyncDirectory(caseDir(caseId));
    return { id: blobId, caseId, size: writing.size, sha256: writing.hash.digest('hex') };
  }

  async function* plaintext(caseId: string, blobId: string): AsyncGenerator<Buffer> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file(caseId, blobId, 'blob'), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobNotFoundError();
      throw error;
    }
    try {
      const header = await readAt(handle, HEADER_BYTES, 0);
      const key = await options.vault.blobKey(caseId, blobId, saltOf(header), false);
      let offset = HEADER_BYTES;
      for (let index = 0; ; index += 1) {
        const prefix = await readAt(handle, RECORD_HEADER_BYTES, offset);
        if (prefix.length < RECORD_HEADER_BYTES) throw new BlobIntegrityError('The blob ends before its final record');
        const { length, final } = parseRecordHeader(prefix);
        const body = await readAt(handle, length + TAG_BYTES, offset + RECORD_HEADER_BYTES);
        if (body.length < length + TAG_BYTES) throw new BlobIntegrityError('The blob ends inside a record');
        const bytes = openRecord(key, header, index, body, final);
        offset += RECORD_HEADER_BYTES + body.length;
        if (final) {
          if ((await handle.stat()).size !== offset) throw new BlobIntegrityError('Bytes after the final record');
          if (bytes.length > 0) yield bytes;
          return;
        }
        yield bytes;
      }
    } finally {
      await handle.close();
    }
  }

  return {
    async put(caseId, source) {
      const blobId = randomBytes(16).toString('base64url');
      const temp = file(caseId, blobId, 'tmp');
      const { handle, writing } = await create(caseId, blobId, 'tmp');
      try {
        await writeSource(handle, writing, source);
        await writeRecord(handle, writing, Buffer.alloc(0), true);
        await handle.sync();
      } catch (error) {
        await handle.close();
        await fs.rm(temp, { force: true });
        throw error;
      }
      await handle.close();
      return complete(caseId, blobId, 'tmp', writing);
    },

    read(caseId, blobId) {
      file(caseId, blobId, 'blob'); // a bad id is refused now, not when the stream is first read
      return Readable.from(plaintext(caseId, blobId), { objectMode: false });
    },

    async delete(caseId, blobId) {
      uploads.delete(`${caseId}/${blobId}`);
      for (const kind of ['blob', 'part', 'tmp'] as const) await fs.rm(file(caseId, blobId, kind), { force: true });
      if (!(await isMissing(fs.stat(caseDir(caseId))))) await fsyncDirectory(caseDir(caseId));
    },

    async deleteCase(caseId) {
      const dir = caseDir(caseId);
      for (const name of uploads.keys()) if (name.startsWith(`${caseId}/`)) uploads.delete(name);
      await fs.rm(dir, { recursive: true, force: true });
      if (!(await isMissing(fs.stat(root)))) await fsyncDirectory(root);
    },

    async begin(caseId) {
      const blobId = randomBytes(16).toString('base64url');
      const { handle, writing } = await create(caseId, blobId, 'part');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsyncDirectory(caseDir(caseId));
      uploads.set(`${caseId}/${blobId}`, writing);
      return { id: blobId };
    },

    append(caseId, blobId, source) {
      const name = `${caseId}/${blobId}`;
      return serially(name, async () => {
        const writing = await uploadState(caseId, blobId);
        if (writing.finished) throw new BlobIntegrityError('The upload is already complete');
        const handle = await fs.open(file(caseId, blobId, 'part'), 'r+');
        try {
          await writeSource(handle, writing, source);
        } catch (error) {
          // Whole records written so far stay (a resumed upload continues after them); a failed
          // write leaves the file as the next scan will find it.
          uploads.delete(name);
          throw error;
        } finally {
          await handle.sync().catch(() => undefined);
          await handle.close();
        }
        return { size: writing.size };
      });
    },

    uploadOffset(caseId, blobId) {
      return serially(`${caseId}/${blobId}`, async () => (await uploadState(caseId, blobId)).size);
    },

    finish(caseId, blobId) {
      const name = `${caseId}/${blobId}`;
      return serially(name, async () => {
        const writing = await uploadState(caseId, blobId);
        if (!writing.finished) {
          const handle = await fs.open(file(caseId, blobId, 'part'), 'r+');
          try {
            await writeRecord(handle, writing, Buffer.alloc(0), true);
            await handle.sync();
          } catch (error) {
            uploads.delete(name);
            throw error;
          } finally {
            await handle.close();
          }
        }
        uploads.delete(name);
        return complete(caseId, blobId, 'part', writing);
      });
    },

    async sweep({ unfinishedMaxAgeMs = DAY_MS, now = new Date() } = {}) {
      let removed = 0;
      let cases: string[];
      try {
        cases = await fs.readdir(root);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { removed };
        throw error;
      }
      for (const caseId of cases.filter((name) => CASE_ID_PATTERN.test(name))) {
        const dir = caseDir(caseId);
        for (const name of await fs.readdir(dir)) {
          const full = path.join(dir, name);
          const stale = name.endsWith('.tmp') ||
            (name.endsWith('.part') && (await fs.stat(full)).mtimeMs < now.getTime() - unfinishedMaxAgeMs);
          if (!stale) continue;
          uploads.delete(`${caseId}/${name.replace(/\.(tmp|part)$/, '')}`);
          await fs.rm(full, { force: true });
          removed += 1;
        }
      }
      return { removed };
    },
  };
}
