/**
 * What the locker keeps of "Protect my images", sealed like everything in it (LockerStore.saveRecord):
 * each submission's date, which locker items it fingerprinted, whether it was withdrawn, and — if the
 * person chose to keep them — its code and PIN, so its status can be checked and it can be withdrawn
 * from the locker itself. Pure functions here; reading and writing in protect-store.ts.
 */
import type { ProtectAccess } from '../../protect-app/protect-api.js';

export interface KeptSubmission {
  /** The locker's own name for it (the code may be forgotten while the record of what was sent stays). */
  readonly id: string;
  readonly sentAt: string;
  /** The locker items whose fingerprints were sent, in the submission's order. */
  readonly itemIds: readonly string[];
  readonly photos: number;
  readonly videos: number;
  /** Null when the person chose not to keep the code and PIN in the locker. */
  readonly access: ProtectAccess | null;
  readonly withdrawnAt?: string;
}

export interface ProtectRecord {
  readonly version: 1;
  readonly submissions: readonly KeptSubmission[];
}

export const EMPTY_RECORD: ProtectRecord = { version: 1, submissions: [] };

export const addSubmission = (record: ProtectRecord, submission: KeptSubmission): ProtectRecord =>
  ({ ...record, submissions: [...record.submissions, submission] });

function change(record: ProtectRecord, id: string, update: (s: KeptSubmission) => KeptSubmission): ProtectRecord {
  return { ...record, submissions: record.submissions.map((s) => (s.id === id ? update(s) : s)) };
}

/** Keeps (or stops keeping) a submission's code and PIN; what was sent, and when, stays either way. */
export const setAccess = (record: ProtectRecord, id: string, access: ProtectAccess | null): ProtectRecord =>
  change(record, id, (s) => ({ ...s, access }));

export const markWithdrawn = (record: ProtectRecord, id: string, at: Date): ProtectRecord =>
  change(record, id, (s) => (s.withdrawnAt ? s : { ...s, withdrawnAt: at.toISOString() }));

/** When each locker item's fingerprints were last sent, counting only submissions not withdrawn. */
export function sentDates(record: ProtectRecord | null): ReadonlyMap<string, string> {
  const dates = new Map<string, string>();
  for (const s of record?.submissions ?? []) {
    if (s.withdrawnAt) continue;
    for (const itemId of s.itemIds) {
      const known = dates.get(itemId);
      if (!known || known < s.sentAt) dates.set(itemId, s.sentAt);
    }
  }
  return dates;
}

/** A record as read back from the locker: anything not of this shape counts as none. */
export function asRecord(value: unknown): ProtectRecord {
  if (typeof value !== 'object' || value === null) return EMPTY_RECORD;
  const { version, submissions } = value as Partial<ProtectRecord>;
  return version === 1 && Array.isArray(submissions) ? { version, submissions } : EMPTY_RECORD;
}
