/**
 * The one file of a multipart upload, streamed to a private temporary directory with a size limit
 * and removed when the work on it ends, whatever happens (the bytes are hashed, never kept). The
 * file's name and type as the client gave them are ignored; nothing about it is logged.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { HmaError } from '../hma/hma-errors.js';
import { sniffMedia, type MediaKind } from './media-sniff.js';

/** 200 MB: a few minutes of phone video; larger files are refused (413) while they stream. */
export const DEFAULT_MAX_MEDIA_BYTES = 200 * 1024 * 1024;

export interface MediaUpload {
  readonly path: string;
  readonly kind: MediaKind;
}

export interface MediaUploadOptions {
  readonly maxBytes?: number;
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(16);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Runs `work` on the uploaded file, then deletes it (and its directory) in every case. */
export async function withMediaUpload<T>(request: FastifyRequest, options: MediaUploadOptions, work: (upload: MediaUpload) => Promise<T>): Promise<T> {
  if (!request.isMultipart()) throw new HmaError(400, 'Neither `url` nor multipart file upload was received');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_MEDIA_BYTES;
  const dir = await mkdtemp(join(tmpdir(), 'jikim-media-'));
  try {
    const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 8, fieldSize: 1024, parts: 10 } });
    if (!part) throw new HmaError(400, 'Neither `url` nor multipart file upload was received');
    const path = join(dir, 'upload');
    await pipeline(part.file, createWriteStream(path, { mode: 0o600 }));
    if (part.file.truncated) throw new HmaError(413, `The file is larger than ${maxBytes} bytes`);
    const head = await readHead(path);
    if (head.length === 0) throw new HmaError(400, 'The uploaded file is empty');
    const kind = sniffMedia(head);
    if (!kind) throw new HmaError(415, 'Unsupported media: send a photo (JPEG, PNG, WebP, GIF, TIFF, AVIF, HEIF) or a video');
    return await work({ path, kind });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
