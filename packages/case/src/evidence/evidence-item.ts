/**
 * An item in the locker and its history. The history is append-only: an item is its list of
 * events (added, described, corrected), and what it says now is derived from them, so the record
 * always shows what changed and when. Text is normalised to NFC (Korean typed on macOS arrives as
 * NFD) so that searching and comparing work.
 */
import type { ScenarioId } from '@jikim/guide';
import { webUrlSchema } from '@jikim/evidence';
import * as z from 'zod';
import { DomainError, type DomainErrorCode } from '../errors/domain-error.js';
import { checkedActor, type Actor } from '../events/actor.js';

export const EVIDENCE_KINDS = ['file', 'web', 'message', 'clue', 'note'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

const text = (max: number) => z.string().max(max).transform((s) => s.normalize('NFC'));
const instant = z.iso.datetime({ offset: true });

export const evidenceFieldsSchema = z.object({
  title: text(200),
  description: text(10_000),
  /** When it happened (posted, sent, filmed), as far as the person knows. */
  occurredAt: instant.nullable(),
  web: z.object({
    url: webUrlSchema(8_000),
    site: text(200),
    posterId: text(200),
    postedAt: instant.nullable(),
    seenAt: instant.nullable(),
  }).partial(),
  message: z.object({
    /** The sender's number exactly as the phone showed it, not a contact name. */
    senderNumber: z.string().max(40).regex(/^[+0-9][0-9 ()+-]*$/, 'a phone number as shown: digits, spaces, +, -, ( )'),
    text: text(20_000),
    sentAt: instant.nullable(),
  }).partial(),
  clue: z.object({
    phoneModel: text(200),
    appearance: text(2_000),
    place: text(500),
    witnesses: text(2_000),
  }).partial(),
}).partial();
export type EvidenceFields = z.infer<typeof evidenceFieldsSchema>;

export interface EvidenceEvent {
  readonly at: string;
  readonly action: 'added' | 'described' | 'corrected';
  readonly fields: EvidenceFields;
  /** Who made it. Records kept before events named one were the victim's (the locker's legacy-records.ts). */
  readonly actor: Actor;
}

/** The facts of a kept file, fixed when it was added (they describe bytes that never change). */
export interface EvidenceFile {
  /** The file's name as it came, NFC-normalised. */
  readonly name: string;
  readonly sha256: string;
  readonly bytes: number;
  /** Sniffed from the bytes, not taken from the name. */
  readonly mediaType: string;
  readonly extensionMismatch: boolean;
  /** The file's own modified time, as the device reported it. */
  readonly modifiedAt: string | null;
  readonly chunks: number;
  /**
   * How long a recording or video plays, in seconds, as the device's browser measured it when the
   * file was kept. Absent on items kept before it was measured, and when the browser could not tell.
   */
  readonly durationSeconds?: number;
}

/**
 * Where an item brought in from an evidence bundle came from (changing phones). The bundle keeps
 * each item's history only as dated summaries, not as events with their fields, so the imported
 * item starts a new event log: one "added" event at the original addedAt holding the fields as the
 * bundle gave them. The bundle's own history is kept here as it was, and an export of this item
 * writes it out first, then the events made after the import.
 */
export interface EvidenceImport {
  /** When it was imported into this locker. */
  readonly at: string;
  /** The bundle it came from: its manifest's createdAt, caseReference and SHA-256. */
  readonly bundleCreatedAt: string;
  readonly caseReference: string;
  readonly manifestSha256: string;
  readonly exhibitNumber: number;
  /** The language of the history's summaries. */
  readonly locale: 'ko' | 'en';
  readonly history: readonly { readonly at: string; readonly action: EvidenceEvent['action']; readonly summary: string; readonly actor?: Actor }[];
}

export interface EvidenceItem {
  readonly id: string;
  readonly kind: EvidenceKind;
  readonly scenario: ScenarioId | null;
  /** The original file (kind "file"), or the screenshot or recording attached to a record. */
  readonly file?: EvidenceFile;
  readonly events: readonly EvidenceEvent[];
  /** Set only on an item imported from an evidence bundle. */
  readonly imported?: EvidenceImport;
}

export class EvidenceHistoryError extends DomainError {
  constructor(code: DomainErrorCode, message: string) {
    super(code, message);
    this.name = 'EvidenceHistoryError';
  }
}

export function newEvidenceItem(
  id: string,
  kind: EvidenceKind,
  scenario: ScenarioId | null,
  fields: unknown,
  at: Date,
  by: Actor,
  file?: EvidenceFile,
): EvidenceItem {
  const event: EvidenceEvent = { at: at.toISOString(), action: 'added', fields: evidenceFieldsSchema.parse(fields), actor: checkedActor(by) };
  return { id, kind, scenario, ...(file ? { file: { ...file, name: file.name.normalize('NFC') } } : {}), events: [event] };
}

/** A new item with one more event; earlier events are never changed. */
export function appendEvidenceEvent(item: EvidenceItem, action: 'described' | 'corrected', fields: unknown, at: Date, by: Actor): EvidenceItem {
  const last = item.events.at(-1);
  if (last && at.getTime() < Date.parse(last.at)) throw new EvidenceHistoryError('event_out_of_order', 'An event cannot be dated before the one it follows');
  return { ...item, events: [...item.events, { at: at.toISOString(), action, fields: evidenceFieldsSchema.parse(fields), actor: checkedActor(by) }] };
}

export interface EvidenceState extends EvidenceFields {
  readonly addedAt: string;
  readonly updatedAt: string;
}

/** What the item says now: each later event's fields laid over the earlier ones. */
export function currentEvidence(item: EvidenceItem): EvidenceState {
  const [first] = item.events;
  if (!first || first.action !== 'added') throw new EvidenceHistoryError('history_invalid', 'An item starts with an "added" event');
  let state: EvidenceFields = {};
  for (const { fields } of item.events) {
    state = {
      ...state,
      ...fields,
      web: { ...state.web, ...fields.web },
      message: { ...state.message, ...fields.message },
      clue: { ...state.clue, ...fields.clue },
    };
  }
  return { ...state, addedAt: first.at, updatedAt: item.events.at(-1)?.at ?? first.at };
}

/** Items ordered by when they happened (else when they were added); optionally one scenario only. */
export function evidenceTimeline(items: readonly EvidenceItem[], scenario?: ScenarioId): { item: EvidenceItem; state: EvidenceState; when: string }[] {
  return items
    .filter((item) => scenario === undefined || item.scenario === scenario)
    .map((item) => {
      const state = currentEvidence(item);
      const when = state.occurredAt ?? state.web?.postedAt ?? state.message?.sentAt ?? state.addedAt;
      return { item, state, when, ms: Date.parse(when) };
    })
    // By instant, not by string: the same moment is written differently in different offsets.
    .sort((a, b) => a.ms - b.ms || a.item.id.localeCompare(b.item.id))
    .map(({ item, state, when }) => ({ item, state, when }));
}
