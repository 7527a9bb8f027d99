/**
 * A file a counsellor attaches, as the evidence bundle's item: made the way the locker makes its
 * items (an item with one "added" event by its actor, then `buildManifest`'s mapping), so the case's
 * police package reads the counsellor's file exactly as it reads the person's. Pure.
 */
import type { SharedItem } from '@jikim/contracts';
import { buildManifest, counsellor, exhibitFilePath, newEvidenceItem, type EvidenceFile } from '@jikim/case';
import type { ScenarioId } from '@jikim/guide';

/** What the browser learnt of the file: the locker's own file facts, before it is stored in chunks. */
export type AttachedFileFacts = Pick<EvidenceFile, 'name' | 'sha256' | 'bytes' | 'mediaType' | 'extensionMismatch' | 'modifiedAt'>;

export interface AttachedItemInput {
  readonly id: string;
  readonly caseId: string;
  readonly exhibitNumber: number;
  readonly title: string;
  readonly situation: 'illegal-shooting' | 'dissemination' | 'threat' | 'unsure' | null;
  readonly file: AttachedFileFacts;
  readonly staffId: string;
  readonly locale: 'ko' | 'en';
  readonly at: Date;
  /** The on-device thumbnail (JPEG), if one was made and is small enough to share. */
  readonly thumbnail?: Uint8Array | undefined;
}

/** The largest thumbnail the contract takes (256 KiB decoded). */
export const THUMBNAIL_MAX_BYTES = 256 * 1024;

const scenarioOf = (situation: AttachedItemInput['situation']): ScenarioId | null =>
  situation === null || situation === 'unsure' ? null : situation;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function attachedItem(input: AttachedItemInput): SharedItem {
  const file: EvidenceFile = { ...input.file, chunks: 0 };
  const title = input.title.trim() || input.file.name;
  const evidence = newEvidenceItem(input.id, 'file', scenarioOf(input.situation), { title }, input.at, counsellor(input.staffId), file);
  const manifest = buildManifest({
    items: [evidence], caseReference: input.caseId, locale: input.locale, createdAt: input.at, generator: { name: 'jikim-console', version: '1' },
  });
  const [mapped] = manifest.items;
  if (!mapped?.file) throw new Error('the manifest lost the file');
  const item = { ...mapped, exhibitNumber: input.exhibitNumber, file: { ...mapped.file, path: exhibitFilePath(input.exhibitNumber, input.file.name) } };
  const thumbnail = input.thumbnail && input.thumbnail.byteLength <= THUMBNAIL_MAX_BYTES
    ? { thumbnail: { mediaType: 'image/jpeg' as const, base64: base64(input.thumbnail) } }
    : {};
  return { item, ...thumbnail };
}
