/**
 * The locker's items → manifest.json (v1, without the report, which is added when the PDF exists).
 * Exhibits are numbered in timeline order; each says what the item says now, with its history as
 * one dated line per event. Pure: the same items give the same manifest.
 */
import { checkedManifest, type BundleManifest, type EvidenceItem as ManifestItem, type EvidenceScenario, type HistoryEntry } from '@jikim/evidence';
import type { ScenarioId } from '@jikim/guide';
import { DomainError } from '../errors/domain-error.js';
import { evidenceTimeline, type EvidenceItem, type EvidenceKind, type EvidenceState } from '../evidence/evidence-item.js';
import { exhibitFilePath } from './exhibit-path.js';
import { summariseEvent } from './history-summary.js';

export type { BundleManifest };

export interface ManifestInput {
  readonly items: readonly EvidenceItem[];
  readonly caseReference: string;
  readonly locale: 'ko' | 'en';
  readonly createdAt: Date;
  readonly generator: { readonly name: string; readonly version: string };
}

/** An item the bundle format cannot describe yet; the person must complete it first. */
export class ManifestItemError extends DomainError {
  constructor(readonly itemId: string, readonly exhibitNumber: number, readonly missing: 'web.url' | 'message.senderNumber') {
    super('manifest_item_incomplete', `Exhibit ${exhibitNumber} needs its ${missing === 'web.url' ? 'web address' : "sender's number"} before it can be exported`);
    this.name = 'ManifestItemError';
  }
}

const FALLBACK_TITLES: Record<EvidenceKind, Record<'ko' | 'en', string>> = {
  file: { ko: '파일', en: 'File' },
  web: { ko: '웹 게시물', en: 'Web post' },
  message: { ko: '메시지', en: 'Message' },
  clue: { ko: '촬영자 단서', en: 'Clue about the offender' },
  note: { ko: '메모', en: 'Note' },
};

// The manifest refuses control characters: one-line fields get spaces, free text keeps \t \n \r.
// eslint-disable-next-line no-control-regex
const LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/gu;
// eslint-disable-next-line no-control-regex
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;
const oneLine = (s: string) => s.replace(/[\t\n\r]+/gu, ' ').replace(LINE_CONTROLS, '\ufffd').trim();
const freeText = (s: string) => s.replace(TEXT_CONTROLS, '\ufffd');

/** Only the fields with a value, so the manifest holds no empty strings. */
function present<T extends Record<string, unknown>>(record: T): { [K in keyof T]?: Exclude<T[K], null | undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null && v !== '')) as { [K in keyof T]?: Exclude<T[K], null | undefined> };
}

const scenarioOf = (scenario: ScenarioId | null): EvidenceScenario | undefined => scenario ?? undefined;

function records(item: EvidenceItem, state: EvidenceState, exhibitNumber: number) {
  const web = state.web ?? {};
  const message = state.message ?? {};
  const clue = present({
    phoneModel: freeText(state.clue?.phoneModel ?? ''),
    appearance: freeText(state.clue?.appearance ?? ''),
    place: freeText(state.clue?.place ?? ''),
    witnesses: freeText(state.clue?.witnesses ?? ''),
  });
  if (item.kind === 'web' && !web.url) throw new ManifestItemError(item.id, exhibitNumber, 'web.url');
  if (item.kind === 'message' && !message.senderNumber) throw new ManifestItemError(item.id, exhibitNumber, 'message.senderNumber');
  return {
    ...(web.url ? { web: { url: web.url, ...present({ site: oneLine(web.site ?? ''), posterId: oneLine(web.posterId ?? ''), postedAt: web.postedAt, seenAt: web.seenAt }) } } : {}),
    ...(message.senderNumber ? { message: { senderNumber: message.senderNumber, ...present({ text: freeText(message.text ?? ''), sentAt: message.sentAt }) } } : {}),
    ...(Object.keys(clue).length > 0 ? { clue } : {}),
  };
}

function history(item: EvidenceItem, locale: 'ko' | 'en'): HistoryEntry[] {
  const summarise = (events: EvidenceItem['events'], first: boolean) =>
    events.map((event, i) => ({ at: event.at, action: event.action, summary: summariseEvent(event, locale, first && i === 0 && item.file !== undefined), actor: event.actor }));
  // An imported item: the bundle's history as it was, then what happened here since.
  if (item.imported) return [...item.imported.history.map((h) => ({ ...h })), ...summarise(item.events.slice(1), false)];
  return summarise(item.events, true);
}

function manifestItem(item: EvidenceItem, state: EvidenceState, exhibitNumber: number, locale: 'ko' | 'en'): ManifestItem {
  const title = oneLine(state.title ?? '') || FALLBACK_TITLES[item.kind][locale];
  const description = freeText(state.description ?? '');
  const scenario = scenarioOf(item.scenario);
  const { file } = item;
  return {
    id: item.id,
    exhibitNumber,
    kind: item.kind,
    ...(scenario ? { scenario } : {}),
    title,
    ...(description.trim() ? { description } : {}),
    ...(state.occurredAt ? { occurredAt: state.occurredAt } : {}),
    addedAt: state.addedAt,
    ...(file
      ? {
          file: {
            path: exhibitFilePath(exhibitNumber, file.name),
            sha256: file.sha256,
            bytes: file.bytes,
            mediaType: file.mediaType,
            // The name as it was, spaces and all; only control characters are replaced.
            originalName: file.name.normalize('NFC').replace(LINE_CONTROLS, '\ufffd').slice(0, 1024) || 'file',
            ...(file.modifiedAt ? { modifiedAt: file.modifiedAt } : {}),
            ...(file.durationSeconds !== undefined ? { durationSeconds: file.durationSeconds } : {}),
          },
        }
      : {}),
    ...records(item, state, exhibitNumber),
    history: history(item, locale),
  };
}

/** Items in timeline order with their exhibit numbers: the one numbering the bundle, the report and the complaint share. */
export function numberedExhibits(items: readonly EvidenceItem[]) {
  return evidenceTimeline(items).map((entry, i) => ({ ...entry, exhibitNumber: i + 1 }));
}

/** The manifest for these items; throws ManifestItemError for an item the format cannot hold. */
export function buildManifest(input: ManifestInput): BundleManifest {
  const items = numberedExhibits(input.items).map(({ item, state, exhibitNumber }) => manifestItem(item, state, exhibitNumber, input.locale));
  const manifest: BundleManifest = {
    schema: 'jikim.evidence-bundle',
    version: 1,
    createdAt: input.createdAt.toISOString(),
    caseReference: oneLine(input.caseReference),
    locale: input.locale,
    generator: { name: input.generator.name, version: input.generator.version },
    items,
  };
  checkedManifest(manifest);
  return manifest;
}
