/**
 * `SHA256SUMS`: exactly what GNU `sha256sum` prints in text mode and `sha256sum -c` accepts:
 * one `<64 lower-case hex>  <path>\n` line per file (two spaces), sorted by the path's UTF-8 bytes
 * (so the order is the same everywhere, whatever the locale).
 *
 * Coreutils escapes a name holding a backslash, a newline or a carriage return (the line then
 * starts with "\"). Such names are refused here, as they are by the manifest schema, so every line
 * is plain and a person can read the file as it is. No Node APIs: the web app uses this module too.
 */
import { bundlePathProblem, sha256HexSchema } from './manifest.js';

export interface Sha256SumsEntry {
  path: string;
  sha256: string;
}

const encoder = new TextEncoder();

/** Orders paths by their UTF-8 bytes (as `LC_ALL=C sort` would). */
export function compareUtf8(a: string, b: string): number {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export function formatSha256Sums(entries: readonly Sha256SumsEntry[]): string {
  const seen = new Set<string>();
  for (const { path, sha256 } of entries) {
    const problem = bundlePathProblem(path);
    if (problem) throw new Error(`SHA256SUMS: ${problem}: ${JSON.stringify(path)}`);
    if (!sha256HexSchema.safeParse(sha256).success) throw new Error(`SHA256SUMS: not a lower-case SHA-256 for ${path}`);
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
 */
export function parseSha256Sums(text: string): Sha256SumsEntry[] {
  if (text.length === 0) throw new Error('SHA256SUMS is empty');
  if (!text.endsWith('\n')) throw new Error('SHA256SUMS does not end with a newline');
  const lines = text.slice(0, -1).split('\n');
  const entries: Sha256SumsEntry[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const match = /^([0-9a-f]{64}) {2}(.+)$/su.exec(line);
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
