/**
 * Adding what the victim shares to a case: each item sealed (case-items.ts), its on-device thumbnail
 * stored as a sealed blob (never decoded: only its first bytes are checked against its media type),
 * files marked as pending uploads. `checkSharedItems` refuses bad input before anything is written.
 */
import { HELP_LIMITS, type SharedItem } from '@jikim/contracts';
import type { Kysely } from 'kysely';
import * as z from 'zod';
import { caseBlobs } from '../blobs/case-blobs.js';
import { caseItems } from '../cases/case-items.js';
import type { Database } from '../db/schema.js';
import type { HelpDeps } from './help-deps.js';

export const THUMBNAIL_MAX_BYTES = 256 * 1024;

const MAGIC: Readonly<Record<string, (b: Buffer) => boolean>> = {
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

export interface PendingUpload {
  readonly itemId: string;
  readonly sha256: string;
  readonly bytes: number;
}

function problem(path: (string | number)[], message: string): z.ZodError {
  return new z.ZodError([{ code: 'custom', path, message, input: undefined }]);
}

/** Decoded thumbnails, in item order; throws a 400 naming the field before anything is stored. */
export function checkSharedItems(items: readonly SharedItem[], field = 'items'): (Buffer | undefined)[] {
  return items.map((shared, i) => {
    if (shared.item.file && shared.item.file.bytes > HELP_LIMITS.fileBytes) throw problem([field, i, 'item', 'file', 'bytes'], 'the file is too large');
    if (!shared.thumbnail) return undefined;
    const bytes = Buffer.from(shared.thumbnail.base64, 'base64');
    if (bytes.length === 0 || bytes.length > THUMBNAIL_MAX_BYTES) throw problem([field, i, 'thumbnail'], 'a thumbnail of at most 256 KiB');
    if (!MAGIC[shared.thumbnail.mediaType]?.(bytes)) throw problem([field, i, 'thumbnail'], 'the thumbnail is not of its media type');
    return bytes;
  });
}

/** Adds the items (the thumbnails `checkSharedItems` returned) and says which files to upload. */
export async function addSharedItems(
  deps: Pick<HelpDeps, 'vault' | 'blobs' | 'now'>,
  db: Kysely<Database>,
  caseId: string,
  items: readonly SharedItem[],
  thumbnails: readonly (Buffer | undefined)[],
  onAdded?: (itemId: string) => Promise<void>,
): Promise<PendingUpload[]> {
  const repo = caseItems(db, deps.vault, deps.now);
  const blobs = caseBlobs({ db, vault: deps.vault, store: deps.blobs, now: deps.now });
  const uploads: PendingUpload[] = [];
  for (const [i, { item }] of items.entries()) {
    const added = await repo.add(caseId, { item, addedBy: 'victim', upload: item.file ? 'pending' : 'none' });
    const thumbnail = thumbnails[i];
    if (thumbnail) await repo.setThumbnail(caseId, added.id, (await blobs.store(caseId, [thumbnail])).id);
    if (item.file) uploads.push({ itemId: added.id, sha256: item.file.sha256, bytes: item.file.bytes });
    await onAdded?.(added.id);
  }
  return uploads;
}
