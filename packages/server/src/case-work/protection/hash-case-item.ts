/**
 * The signals of one case item for the confirmed bank, hashed by the server from the item's
 * original (opened with the case key) with the same code as the platforms' `POST /h/hash`
 * (media-hash.ts, @jikim/media's limits): a photo's PDQ and its 8 turned and mirrored hashes plus
 * its MD5; a video's MD5 and its vPDQ. PDQ hashes (and video frames) of quality < 50 are left out;
 * an item with none left, or that is neither a photo nor a video, is `not_hashable`.
 *
 * The opened bytes stay in memory. ffmpeg and sharp read a path, so they are handed over through a
 * private file (0600, in a 0700 directory) on the RAM-backed /dev/shm where the system has it,
 * removed as soon as the hashes are made, whatever happens. Nothing of the item is logged.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDQ_MIN_QUALITY, formatVpdqText } from '@jikim/pdq';
import { HmaError } from '../../platform/hma/hma-errors.js';
import { hashMedia } from '../../platform/media/media-hash.js';
import { DEFAULT_MAX_MEDIA_BYTES } from '../../platform/media/media-upload.js';
import { sniffMedia, type MediaKind } from '../../platform/media/media-sniff.js';
import type { NewSignal } from '../../platform/platform-ports.js';

/** 400 `not_hashable` (the error handler reads `errorCode`); says nothing of the item. */
export class NotHashableError extends Error {
  readonly statusCode = 400;
  readonly errorCode = 'not_hashable';
  constructor(message = 'The item is not a photo or a video that can be hashed') {
    super(message);
    this.name = 'NotHashableError';
  }
}

/** 503: this server cannot read videos (no ffmpeg). */
class MediaUnavailableError extends Error {
  readonly statusCode = 503;
  constructor() {
    super('Video hashing is not available on this server');
    this.name = 'MediaUnavailableError';
  }
}

export interface ItemSignals {
  readonly kind: MediaKind;
  readonly signals: readonly NewSignal[];
}

/** Where the bytes are handed to sharp or ffmpeg: memory (tmpfs) when the system has it. */
const handOverDir = (): string => (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());

async function withPrivateFile<T>(bytes: Buffer, work: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(handOverDir(), 'jikim-protect-'));
  try {
    const path = join(dir, 'item');
    await writeFile(path, bytes, { mode: 0o600 });
    return await work(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function hashCaseItem(bytes: Buffer): Promise<ItemSignals> {
  if (bytes.length === 0 || bytes.length > DEFAULT_MAX_MEDIA_BYTES) throw new NotHashableError();
  const kind = sniffMedia(bytes.subarray(0, 16));
  if (!kind) throw new NotHashableError();
  let hashed;
  try {
    hashed = await withPrivateFile(bytes, (path) => hashMedia({ path, kind }));
  } catch (error) {
    // Unreadable, or over the media limits: this item cannot be protected. A server without
    // ffmpeg answers 503 `unavailable`.
    if (error instanceof HmaError) throw error.status === 503 ? new MediaUnavailableError() : new NotHashableError();
    throw error;
  }
  if (hashed.kind === 'photo') {
    if (hashed.quality < PDQ_MIN_QUALITY) throw new NotHashableError('The picture has too little detail to be matched');
    const md5 = createHash('md5').update(bytes).digest('hex');
    return { kind, signals: [...hashed.dihedral.map((value) => ({ type: 'pdq' as const, value, quality: hashed.quality })), { type: 'md5', value: md5 }] };
  }
  const good = hashed.frames.filter((f) => f.quality >= PDQ_MIN_QUALITY);
  if (good.length === 0) throw new NotHashableError('No frame of the video has enough detail to be matched');
  return { kind, signals: [{ type: 'md5', value: hashed.md5 }, { type: 'vpdq', value: formatVpdqText(good) }] };
}
