/**
 * `SHA256SUMS`: exactly what GNU `sha256sum` prints in text mode and `sha256sum -c` accepts:
 * one `<64 lower-case hex>  <path>\n` line per file (two spaces), sorted by the path's UTF-8 bytes
 * (so the order is the same everywhere, whatever the locale).
 *
 * Coreutils escapes a name holding a backslash, a newline or a carriage return (the line then
 * starts with "\"). Such names are refused here, as they are by the manifest schema, so every line
 * is plain and a person can read the file as it is. No Node APIs: the web app uses this module too.
 */
import { bundlePathProblem } from './manifest.js';
import { isSha256Hex, SHA256_HEX_SOURCE } from './sha256-hex.js';

const SUMS_LINE = new RegExp(`^(${SHA256_HEX_SOURCE}) {2}(.+)$`, 'su');

export interface Sha256SumsEntry {
  path: string;
  sha256: string;
}

/** The code point at i as UTF-8 orders it (a lone surrogate is written as U+FFFD), and its length in UTF-16. */
function utf8CodePoint(s: string, i: number): [number, number] {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return [c, 1];
  const d = s.charCodeAt(i + 1);
  if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) return [0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00), 2];
  return [0xfffd, 1];
}

/**
 * Orders paths by their UTF-8 bytes (as `LC_ALL=C sort` would). UTF-8 keeps the order of code
 * points, so they are compared without encoding anything (sorting 10,000 long names stays cheap).
 */
export function compareUtf8(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [x, xn] = utf8CodePoint(a, i);
    const [y, yn] = utf8CodePoint(b, j);
    if (x !== y) return x - y;
    i += xn;
    j += yn;
  }
  return (a.length - i) - (b.length - j);
}

export function formatSha256Sums(entries: readonly Sha256SumsEntry[]): string {
  const seen = new Set<string>();
  for (const { path, sha256 } of entries) {
    const problem = bundlePathProblem(path);
    if (problem) throw new Error(`SHA256SUMS: ${problem}: ${JSON.stringify(path)}`);
    if (!isSha256Hex(sha256)) throw new Error(`SHA256SUMS: not a lower-case SHA-256 for ${path}`);
    if (seen.has(path)) throw new Error(`SHA256SUMS: ${path} listed twice`);
    seen.add(path);
  }
  return [...entries]
    .sort((a, b) => compareUtf8(a.path, b.path))
    .map(({ path, sha256 }) => `${sha256}  ${path}\n`)
    .join('');
}

/**
 * Parses a SHA256SUMS file as formatSha256Sums writes it, strictly: LF line ends (the last line
 * too), text mode (two spaces), lower-case hex, safe paths, no duplicates, no blank lines, no escaped
 * names. Throws an Error naming the first bad line. The order is not checked.
 * More than maxLines lines (a verifier passes its entry limit: each line names an entry) are
 * refused before any is split off or checked.
 */
export function parseSha256Sums(text: string, { maxLines = Number.POSITIVE_INFINITY }: { maxLines?: number } = {}): Sha256SumsEntry[] {
  if (text.length === 0) throw new Error('SHA256SUMS is empty');
  if (!text.endsWith('\n')) throw new Error('SHA256SUMS does not end with a newline');
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (++count > maxLines) throw new Error(`SHA256SUMS has more than ${maxLines} lines, more than a bundle may hold entries`);
  }
  const lines = text.slice(0, -1).split('\n');
  const entries: Sha256SumsEntry[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const match = SUMS_LINE.exec(line);
    if (!match) throw new Error(`SHA256SUMS line ${i + 1} is not "<64 lower-case hex>  <path>"`);
    const sha256 = match[1] ?? '';
    const path = match[2] ?? '';
    const problem = bundlePathProblem(path);
    if (problem) throw new Error(`SHA256SUMS line ${i + 1}: ${problem}`);
    if (seen.has(path)) throw new Error(`SHA256SUMS line ${i + 1}: ${path} listed twice`);
    seen.add(path);
    entries.push({ path, sha256 });
  });
  return entries;
}
