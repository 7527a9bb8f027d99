/**
 * `manifest.json` of an evidence bundle, version 1 (documented in docs/evidence-bundle.md).
 *
 * Every path inside a bundle is checked strictly here, so that a bundle accepted by this schema can
 * be extracted by any unzip tool on Linux, macOS or Windows without writing outside its folder and
 * can be checked with GNU `sha256sum -c` without the escaping coreutils applies to odd names.
 * Unknown fields are refused. A field added within v1 is optional, so older bundles still read
 * (`file.durationSeconds`); any other change to the format is a new version.
 * No Node APIs here: the web app validates manifests with the same module.
 */
import * as z from 'zod';

export const BUNDLE_SCHEMA = 'jikim.evidence-bundle';
export const BUNDLE_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const SUMS_PATH = 'SHA256SUMS';
export const REPORT_PATH = 'report.pdf';
export const FILES_PREFIX = 'files/';

/** Longest path in UTF-8 bytes, and longest single segment (most file systems stop at 255 bytes). */
const MAX_PATH_BYTES = 1024;
const MAX_SEGMENT_BYTES = 255;

// C0 controls, DEL and C1 controls: never in a name (sha256sum escapes \n and \r; terminals obey ESC).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// Characters Windows refuses in names (":" would also address an NTFS alternate data stream).
const WINDOWS_RESERVED_CHARS = /[<>:"|?*]/u;
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;

const encoder = new TextEncoder();
const utf8Length = (s: string): number => encoder.encode(s).length;

/**
 * Why `path` is not a safe path inside a bundle, or null if it is. Checks the shape only; where the
 * path must live (`files/…`, `report.pdf`) is checked by the callers.
 */
export function bundlePathProblem(path: string): string | null {
  if (path.length === 0) return 'empty path';
  if (path.includes('\\')) return 'backslash in path';
  if (CONTROL.test(path)) return 'control character in path';
  if (path.startsWith('/') || /^[a-zA-Z]:/u.test(path)) return 'absolute path';
  if (path !== path.normalize('NFC')) return 'path is not NFC-normalised';
  if (/\p{Cs}/u.test(path)) return 'path holds a lone surrogate';
  if (utf8Length(path) > MAX_PATH_BYTES) return `path longer than ${MAX_PATH_BYTES} bytes`;
  for (const segment of path.split('/')) {
    if (segment === '') return 'empty path segment';
    if (segment === '..') return '".." path segment';
    if (segment === '.') return '"." path segment';
    if (utf8Length(segment) > MAX_SEGMENT_BYTES) return `path segment longer than ${MAX_SEGMENT_BYTES} bytes`;
    if (WINDOWS_RESERVED_CHARS.test(segment)) return 'character reserved on Windows (<>:"|?*) in path';
    if (/[. ]$/u.test(segment)) return 'path segment ends with a dot or space';
    if (WINDOWS_RESERVED_NAMES.test(segment)) return 'device name reserved on Windows in path';
  }
  return null;
}

/** Why `path` cannot name an exhibit file (it must be a safe path under `files/`), or null. */
export function exhibitPathProblem(path: string): string | null {
  const problem = bundlePathProblem(path);
  if (problem) return problem;
  if (!path.startsWith(FILES_PREFIX) || path.length === FILES_PREFIX.length) return `exhibit files must be under ${FILES_PREFIX}`;
  return null;
}

function pathSchema(check: (path: string) => string | null) {
  return z.string().superRefine((path, ctx) => {
    const problem = check(path);
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem}: ${JSON.stringify(path)}` });
  });
}

export const exhibitPathSchema = pathSchema(exhibitPathProblem);
export const reportPathSchema = pathSchema((path) => (path === REPORT_PATH ? null : `the report must be ${REPORT_PATH}`));

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/u, 'SHA-256 as 64 lower-case hex digits');

/** One line of human text: no control characters. */
function line(max: number, min = 1) {
  return z.string().min(min).max(max).refine((s) => !CONTROL.test(s), 'no control characters');
}
/** Free text: may hold newlines and tabs, nothing else below U+0020. */
function text(max: number) {
  // eslint-disable-next-line no-control-regex
  return z.string().max(max).refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u.test(s), 'no control characters except newline and tab');
}

/** A time the app recorded: an ISO 8601 date and time with a zone (`Z` or `+09:00`). */
const instant = z.iso.datetime({ offset: true });
/** A time a person entered: as above, or just a date when that is all they know. */
const when = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export const fileRecordSchema = z.strictObject({
  path: exhibitPathSchema,
  sha256: sha256HexSchema,
  bytes: z.int().min(0),
  mediaType: z.string().max(255).regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/u, 'a media type such as image/jpeg'),
  originalName: line(1024).refine((s) => s === s.normalize('NFC'), 'originalName must be NFC-normalised'),
  modifiedAt: instant.optional(),
  /**
   * How long a recording or video plays, in seconds, as measured on the victim's device when it was
   * kept. Optional: bundles written before it existed, and files that are not recordings, have none.
   */
  durationSeconds: z.number().min(0).max(1e9).optional(),
});

export const webRecordSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/u }).max(8192),
  site: line(200).optional(),
  posterId: line(200).optional(),
  postedAt: when.optional(),
  seenAt: when.optional(),
});

export const messageRecordSchema = z.strictObject({
  /** The sender's number as the phone showed it, not a contact name. */
  senderNumber: line(64),
  text: text(100_000).optional(),
  sentAt: when.optional(),
});

/** What the victim remembers about an offender who filmed them (illegal shooting). */
export const clueRecordSchema = z.strictObject({
  phoneModel: text(200).optional(),
  appearance: text(2000).optional(),
  place: text(500).optional(),
  witnesses: text(2000).optional(),
});

export const historyEntrySchema = z.strictObject({
  at: instant,
  action: z.enum(['added', 'described', 'corrected']),
  summary: line(2000),
});

export const itemKindSchema = z.enum(['file', 'web', 'message', 'clue', 'note']);
/** Which situation of the guide an item belongs to (the locker's timeline filter). */
export const scenarioSchema = z.enum(['illegal-shooting', 'dissemination', 'threat']);

export const evidenceItemSchema = z
  .strictObject({
    id: z.string().min(1).max(128).regex(/^[A-Za-z0-9_-]+$/u, 'letters, digits, "_" and "-"'),
    exhibitNumber: z.int().min(1).max(1_000_000),
    kind: itemKindSchema,
    scenario: scenarioSchema.optional(),
    title: line(500),
    description: text(100_000).optional(),
    occurredAt: when.optional(),
    addedAt: instant,
    file: fileRecordSchema.optional(),
    web: webRecordSchema.optional(),
    message: messageRecordSchema.optional(),
    clue: clueRecordSchema.optional(),
    history: z.array(historyEntrySchema).min(1),
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'file' && !item.file) ctx.addIssue({ code: 'custom', path: ['file'], message: 'a file item needs its file' });
    if (item.kind === 'web' && !item.web) ctx.addIssue({ code: 'custom', path: ['web'], message: 'a web item needs its web record' });
    if (item.kind === 'message' && !item.message) ctx.addIssue({ code: 'custom', path: ['message'], message: 'a message item needs its message record' });
    if (item.history[0]?.action !== 'added') ctx.addIssue({ code: 'custom', path: ['history', 0], message: 'the history starts with "added"' });
  });

export const reportRecordSchema = z.strictObject({
  path: reportPathSchema,
  sha256: sha256HexSchema,
  bytes: z.int().min(0),
});

export const evidenceManifestSchema = z
  .strictObject({
    schema: z.literal(BUNDLE_SCHEMA),
    version: z.literal(BUNDLE_VERSION),
    createdAt: instant,
    caseReference: line(40),
    locale: z.enum(['ko', 'en']),
    generator: z.strictObject({ name: line(100), version: line(50) }),
    items: z.array(evidenceItemSchema).max(100_000),
    report: reportRecordSchema.optional(),
  })
  .superRefine((manifest, ctx) => {
    const ids = new Set<string>();
    const numbers = new Set<number>();
    // Case-folded: files/A.jpg and files/a.jpg would overwrite each other on macOS and Windows.
    const paths = new Set<string>();
    manifest.items.forEach((item, i) => {
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate id ${item.id}` });
      ids.add(item.id);
      if (numbers.has(item.exhibitNumber)) ctx.addIssue({ code: 'custom', path: ['items', i, 'exhibitNumber'], message: `duplicate exhibit number ${item.exhibitNumber}` });
      numbers.add(item.exhibitNumber);
      if (item.file) {
        const folded = item.file.path.toLowerCase();
        if (paths.has(folded)) ctx.addIssue({ code: 'custom', path: ['items', i, 'file', 'path'], message: `duplicate path (ignoring case) ${item.file.path}` });
        paths.add(folded);
      }
    });
  });

export type EvidenceManifest = z.infer<typeof evidenceManifestSchema>;
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;
export type EvidenceItemKind = z.infer<typeof itemKindSchema>;
export type EvidenceScenario = z.infer<typeof scenarioSchema>;
export type FileRecord = z.infer<typeof fileRecordSchema>;
export type WebRecord = z.infer<typeof webRecordSchema>;
export type MessageRecord = z.infer<typeof messageRecordSchema>;
export type ClueRecord = z.infer<typeof clueRecordSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type ReportRecord = z.infer<typeof reportRecordSchema>;

/** Every file a manifest lists (exhibits, then the report), with their expected digests and sizes. */
export function manifestFiles(manifest: EvidenceManifest): { path: string; sha256: string; bytes: number }[] {
  const files = manifest.items.flatMap((item) => (item.file ? [{ path: item.file.path, sha256: item.file.sha256, bytes: item.file.bytes }] : []));
  if (manifest.report) files.push({ ...manifest.report });
  return files;
}

/** Parses manifest.json text; the error lists every problem zod found. */
export function parseManifest(json: string): { ok: true; manifest: EvidenceManifest } | { ok: false; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`manifest.json is not JSON: ${error instanceof Error ? error.message : 'parse error'}`] };
  }
  const result = evidenceManifestSchema.safeParse(value);
  if (result.success) return { ok: true, manifest: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => `manifest.json ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`) };
}
