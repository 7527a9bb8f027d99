/**
 * The name an exhibit's file gets inside a bundle: `files/NNN-<name>`, made from the name the file
 * had on the device so an officer recognises it, but always a path `exhibitPathProblem` accepts:
 * NFC, nothing Windows refuses, no bidi controls that could disguise an extension, at most 255
 * bytes, and unique even ignoring case (the exhibit number comes first). The original name is kept
 * in the manifest as `originalName`.
 */
import { exhibitPathProblem, FILES_PREFIX, utf8Length } from '@jikim/evidence';

const MAX_SEGMENT_BYTES = 255;
// Control characters, what Windows refuses in a name, path separators, and bidi controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"|?*\\/\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const LONE_SURROGATE = /\p{Cs}/gu;
const EXTENSION = /\.[\p{L}\p{N}_-]{1,16}$/u;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** The longest start of `text` within `budget` UTF-8 bytes, never splitting a character or emoji. */
function truncateUtf8(text: string, budget: number): string {
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Length(segment);
    if (used + size > budget) break;
    out += segment;
    used += size;
  }
  return out;
}

const trimEnd = (s: string) => s.replace(/[. ]+$/u, '');

/** A file name (without folder) safe in any bundle, from what the device called the file. */
function safeName(original: string, budget: number): string {
  const clean = trimEnd(original.normalize('NFC').replace(LONE_SURROGATE, '_').replace(UNSAFE, '_').trim());
  const name = clean === '' ? 'file' : clean;
  if (utf8Length(name) <= budget) return name;
  const extension = EXTENSION.exec(name)?.[0] ?? '';
  const base = trimEnd(truncateUtf8(name.slice(0, name.length - extension.length), budget - utf8Length(extension)));
  return `${base === '' ? 'file' : base}${extension}`;
}

/** The exhibit's path in the bundle, e.g. `files/007-증거 사진.jpg`. */
export function exhibitFilePath(exhibitNumber: number, originalName: string): string {
  const prefix = `${String(exhibitNumber).padStart(3, '0')}-`;
  const path = `${FILES_PREFIX}${prefix}${safeName(originalName, MAX_SEGMENT_BYTES - prefix.length).normalize('NFC')}`;
  // Belt and braces: if a name ever slipped past the cleaning above, fall back to the number.
  return exhibitPathProblem(path) === null ? path : `${FILES_PREFIX}${prefix}file`;
}
