import fs from 'node:fs';
import path from 'node:path';

const FILE = path.resolve(import.meta.dirname, '../BENCHMARKS.md');
const HEADER = '# Benchmarks\n\nEvery figure here is written by `npm run bench` or `npm run bench:pdq`; none is asserted in tests.\n';

/** Replaces one `## ` section of BENCHMARKS.md (or appends it), leaving the others as they are. */
export function writeBenchmarkSection(heading: string, section: string): void {
  const text = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : HEADER;
  const start = text.indexOf(`${heading}\n`);
  let next: string;
  if (start === -1) {
    next = `${text.trimEnd()}\n\n${section.trim()}\n`;
  } else {
    const end = text.indexOf('\n## ', start + heading.length);
    next = `${text.slice(0, start)}${section.trim()}\n${end === -1 ? '' : text.slice(end)}`;
  }
  fs.writeFileSync(FILE, `${next.trimEnd()}\n`);
}
