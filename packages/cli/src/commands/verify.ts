/**
 * `jikim verify BUNDLE.zip`: checks an evidence bundle without extracting it (see
 * docs/evidence-bundle.md): one line per file, then a summary. Exit code 0 only when every file is
 * OK and the bundle has no problem; 1 otherwise.
 */
import { parseArgs } from 'node:util';
import { displayJson, shown, verifyBundle, type FileReport } from '@jikim/evidence/node';
import { UsageError, type Io } from './io.js';

export const VERIFY_USAGE = `Usage: jikim verify [--json] BUNDLE.zip

  Re-hashes every file of an evidence bundle (SHA-256) and checks it against manifest.json and
  SHA256SUMS, without extracting anything. Refuses unsafe entries (absolute or ".." paths,
  symlinks, zip bombs). Exit code 0 if everything is OK, 1 if not.

  --json   print the whole report as one JSON object
`;

/** One line of the report. Names, digests and reasons come from the bundle: all go through shown. */
function line(file: FileReport): string {
  const why = file.reason ? shown` (${file.reason})` : '';
  switch (file.status) {
    case 'ok':
      return shown`OK  ${file.path}`;
    case 'mismatch':
      return shown`MISMATCH  ${file.path} expected ${file.expected ?? '?'} got ${file.actual ?? '?'}` + why;
    case 'missing':
      return shown`MISSING  ${file.path}`;
    case 'extra':
      return shown`EXTRA  ${file.path}`;
    case 'unsafe':
      return shown`UNSAFE  ${file.path}` + why;
    case 'unreadable':
      return shown`UNREADABLE  ${file.path}` + why;
  }
}

export async function verifyCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(VERIFY_USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('Name one bundle (.zip) to verify');
  const [bundle = ''] = positionals;
  const report = await verifyBundle(bundle);
  if (values.json) {
    io.out(`${displayJson({ bundle, ...report })}\n`);
    return report.ok ? 0 : 1;
  }
  // A hostile manifest can list 100,000 missing files and as many problems: the report lists the
  // first ones (maxReported) and counts the others.
  const missing = report.omitted?.missing ?? 0;
  const more = report.omitted?.problems ?? 0;
  const stopped = report.omitted?.manifestCheckStopped === true;
  for (const file of report.files) io.out(`${line(file)}\n`);
  if (missing > 0) io.out(`MISSING  … and ${missing} more files the manifest lists\n`);
  for (const problem of report.problems) io.out(shown`PROBLEM  ${problem}\n`);
  const atLeast = stopped ? 'at least ' : '';
  if (more > 0 || stopped) io.out(`PROBLEM  … and ${atLeast}${more} more problems${stopped ? ' (manifest.json was not checked to its end)' : ''}\n`);
  const ok = report.files.filter((f) => f.status === 'ok').length;
  const files = report.files.length + missing;
  const problems = report.problems.length + more;
  io.out(report.ok
    ? shown`${bundle}: OK, all ${ok} files verified\n`
    : shown`${bundle}: FAILED, ${files - ok} of ${files} files not OK, ${atLeast}${problems} other problem${problems === 1 ? '' : 's'}\n`);
  return report.ok ? 0 : 1;
}
