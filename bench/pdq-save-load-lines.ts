import fs from 'node:fs';
import path from 'node:path';

const FILE = path.resolve(import.meta.dirname, '../BENCHMARKS.md');
const START = /^Save \/ load \(.*$/m;

/**
 * Replaces the "Save / load" paragraph of BENCHMARKS.md's PDQ match index section (from its first
 * line to the blank line after it) with `block`, leaving everything else as it is.
 */
export function replaceSaveLoadLines(block: string): void {
  const text = fs.readFileSync(FILE, 'utf8');
  const match = START.exec(text);
  if (!match) throw new Error('BENCHMARKS.md has no "Save / load" paragraph to replace');
  const end = text.indexOf('\n\n', match.index);
  fs.writeFileSync(FILE, `${text.slice(0, match.index)}${block.trim()}${end === -1 ? '\n' : text.slice(end)}`);
}
