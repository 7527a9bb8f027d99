/**
 * What the locker keeps of a help request, sealed like everything in it (LockerStore.saveRecord):
 * the case code and PIN (which cannot be recovered or re-sent), when it was sent, and each file's
 * upload, with the tus address that lets a reload carry on where it stopped.
 */
import type { LockerStore } from '@jikim/device';
import type { CaseAccess } from './help-api.js';

/** A neutral name: the record's name is all that shows without the passphrase. */
const RECORD = 'r1';

export interface FileUpload {
  /** The id the upload names (the server's). */
  readonly itemId: string;
  /** The locker item whose file it is. */
  readonly lockerItemId: string;
  readonly title: string;
  readonly sha256: string;
  readonly bytes: number;
  /** The tus upload's address once the server made it. */
  readonly url?: string;
  readonly done?: boolean;
}

export interface HelpRecord {
  readonly version: 1;
  readonly access: CaseAccess;
  readonly sentAt: string;
  readonly uploadPath: string;
  /** The locker items sent, so "add more" offers only the others. */
  readonly sharedItemIds: readonly string[];
  readonly uploads: readonly FileUpload[];
}

/**
 * The record, or null. Every open locker holds one (an empty one until a request is sent, and again
 * after withdrawal), so its presence in the database does not tell that help was asked for.
 */
export async function readHelpRecord(store: LockerStore): Promise<HelpRecord | null> {
  const found = await store.readRecord<HelpRecord | null>(RECORD);
  if (found === undefined) await store.saveRecord(RECORD, null);
  return found ?? null;
}
export const saveHelpRecord = (store: LockerStore, record: HelpRecord) => store.saveRecord(RECORD, record);
export const forgetHelpRecord = (store: LockerStore) => store.saveRecord(RECORD, null);

/** The uploads the server asks for, matched to the locker's items (by id, else by fingerprint) for their titles. */
export function pendingUploads(
  asked: readonly { itemId: string; sha256: string; bytes: number }[],
  items: readonly { readonly id: string; readonly title: string; readonly sha256?: string }[],
): FileUpload[] {
  return asked.flatMap((upload) => {
    const item = items.find((i) => i.id === upload.itemId) ?? items.find((i) => i.sha256 === upload.sha256);
    return item ? [{ itemId: upload.itemId, lockerItemId: item.id, title: item.title, sha256: upload.sha256, bytes: upload.bytes }] : [];
  });
}

export function withUpload(record: HelpRecord, itemId: string, change: Partial<FileUpload>): HelpRecord {
  return { ...record, uploads: record.uploads.map((u) => (u.itemId === itemId ? { ...u, ...change } : u)) };
}
