/**
 * Adding one item: the file (if any) is sniffed, hashed and sealed chunk by chunk, a preview made on
 * the device, and only then is the item written, so nothing half-saved is ever listed.
 */
import type { ScenarioId } from '@jikim/guide';
import { newEvidenceItem, type EvidenceFile, type EvidenceItem, type EvidenceKind, VICTIM } from '@jikim/case';
import { makeThumbnail, measureDuration, sniffMediaType, type LockerStore } from '@jikim/device';

export interface EvidenceDraft {
  readonly kind: EvidenceKind;
  readonly scenario: ScenarioId | null;
  /** Raw form values; evidence-item.ts validates and normalises them. */
  readonly fields: unknown;
  readonly file: File | null;
  /** A file of 0 bytes holds nothing to show anyone; it is kept only when the person says so. */
  readonly keepEmpty?: boolean;
}

export class EmptyFileError extends Error {
  constructor() {
    super('The chosen file is empty (0 bytes)');
    this.name = 'EmptyFileError';
  }
}

const titleOf = (fields: unknown) =>
  typeof fields === 'object' && fields !== null && 'title' in fields && typeof fields.title === 'string' ? fields.title.normalize('NFC') : '';

export async function addEvidence(
  store: LockerStore,
  draft: EvidenceDraft,
  now: () => Date,
  onProgress?: (done: number, total: number) => void,
): Promise<EvidenceItem> {
  const id = crypto.randomUUID();
  let file: EvidenceFile | undefined;
  // Validate the words before the (possibly long) file work, so a typo does not cost a 2 GB re-read.
  newEvidenceItem(id, draft.kind, draft.scenario, draft.fields, now(), VICTIM);
  if (draft.file) {
    if (draft.file.size === 0 && !draft.keepEmpty) throw new EmptyFileError();
    await store.markPending({ itemId: id, title: titleOf(draft.fields), fileName: draft.file.name.normalize('NFC'), startedAt: now().toISOString() });
    const sniffed = await sniffMediaType(draft.file, draft.file.name);
    // A refused file (a full device) was never "unfinished": its marker goes with its chunks.
    const stored = await store.storeFile(id, draft.file, onProgress).catch(async (error: unknown) => {
      await store.clearPending(id);
      throw error;
    });
    const thumbnail = await makeThumbnail(draft.file, sniffed.mediaType);
    if (thumbnail) await store.saveThumbnail(id, thumbnail);
    const durationSeconds = await measureDuration(draft.file, sniffed.mediaType);
    file = {
      name: draft.file.name,
      sha256: stored.sha256,
      bytes: stored.bytes,
      mediaType: sniffed.mediaType,
      extensionMismatch: sniffed.extensionMismatch,
      modifiedAt: draft.file.lastModified ? new Date(draft.file.lastModified).toISOString() : null,
      chunks: stored.chunks,
      ...(durationSeconds !== undefined ? { durationSeconds } : {}),
    };
  }
  const item = newEvidenceItem(id, draft.kind, draft.scenario, draft.fields, now(), VICTIM, file);
  await store.saveItem(item);
  if (draft.file) await store.clearPending(id);
  return item;
}
