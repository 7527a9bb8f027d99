/**
 * A paste of many addresses for bulk entry: one address a line, or rows copied from a monitoring
 * sheet (CSV or TSV: quoted cells, commas inside quotes, a header row, the address in any column).
 * Each address found becomes a line of the result, numbered by the pasted line it came from, and
 * flagged when it cannot be used: not a web address, the same page as an earlier line, too long.
 *
 * How a line is read: a line with a tab is a TSV row; a line with a quote or with a comma followed
 * by something that is not part of one address (a space, another cell) is a CSV row; otherwise the
 * whole line is one entry (so `https://x.com/a,b` stays one address). In a row, every http(s) cell
 * is an address; a cell that looks like another kind of address (`ftp:`, `javascript:`) is shown as
 * not_web; other cells (names, dates, a header row) are ignored. A row with no address is skipped.
 * A quoted cell is read within its line (a line break inside quotes is not joined).
 */
import { TAKEDOWN_URL_MAX_CHARS, webPageKey } from './web-page-key.js';

export type BulkProblem = 'not_web' | 'duplicate' | 'too_long';

export interface BulkLine {
  /** 1-based number of the pasted line. Several addresses of one row share it. */
  readonly line: number;
  /** The entry, trimmed and cut to 200 characters for display. */
  readonly text: string;
  /** The address exactly as given (trimmed); absent for a problem that is not an address. */
  readonly url?: string;
  readonly problem?: BulkProblem;
  /** For a duplicate: the line that has the same page. */
  readonly duplicateOf?: number;
}

const DISPLAY_CHARS = 200;
const WEB = /^https?:\/\//i;
const SCHEME = /^[a-z][a-z0-9+.-]*:\S/i;

/** Cells of one CSV/TSV line: quotes around a cell, `""` inside quotes is one quote. */
export function splitRow(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i] ?? '';
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i += 1; } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') { cell = ''; quoted = true; }
    else if (ch === delimiter) { cells.push(cell.trim()); cell = ''; }
    else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

function entriesOf(line: string): { entries: string[]; tabular: boolean } {
  if (line.includes('\t')) return { entries: splitRow(line, '\t'), tabular: true };
  const plain = !line.includes('"') && !/,(?=\s|$)/.test(line) && !/\s/.test(line);
  if (plain) return { entries: [line], tabular: false };
  if (line.includes(',') || line.includes('"')) return { entries: splitRow(line, ','), tabular: true };
  return { entries: [line], tabular: false };
}

/** A plain line with a comma is still one entry unless it holds a second address (`a,https://b`). */
function plainOrRow(line: string): { entries: string[]; tabular: boolean } {
  const read = entriesOf(line);
  if (read.tabular || !line.includes(',')) return read;
  const cells = splitRow(line, ',');
  return cells.filter((c) => WEB.test(c)).length > 1 ? { entries: cells, tabular: true } : read;
}

/** Reads a paste into lines (see the file's comment). */
export function parseBulkUrls(text: string): BulkLine[] {
  const out: BulkLine[] = [];
  const seen = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const { entries, tabular } = plainOrRow(trimmed);
    for (const entry of entries) {
      if (entry === '') continue;
      const web = WEB.test(entry);
      if (tabular && !web && !SCHEME.test(entry)) continue;
      const shown = entry.slice(0, DISPLAY_CHARS);
      if (entry.length > TAKEDOWN_URL_MAX_CHARS) { out.push({ line, text: shown, problem: 'too_long' }); continue; }
      const key = web ? webPageKey(entry) : null;
      if (key === null) { out.push({ line, text: shown, problem: 'not_web' }); continue; }
      const earlier = seen.get(key);
      if (earlier !== undefined) { out.push({ line, text: shown, url: entry, problem: 'duplicate', duplicateOf: earlier }); continue; }
      seen.set(key, line);
      out.push({ line, text: shown, url: entry });
    }
  });
  return out;
}
