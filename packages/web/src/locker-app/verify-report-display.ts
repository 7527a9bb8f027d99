/**
 * A bundle's report as the locker shows it (issue 10). Names, reasons and problems come from the
 * bundle, so every one goes through displayText, as `jikim verify` prints them: a bidi override
 * (U+202E) shows as \u202e instead of turning "evil‮gpj.exe" into what looks like "evilexe.jpg", and
 * invisible or control characters show as escapes. What the report only counted (missing files
 * and problems past the first 20) is said in words at the end of the problems.
 */
import type { VerifyReport } from '@jikim/evidence';
// The escaper alone (no zod, no zip reader): this module is loaded with the panels.
import { displayText } from '@jikim/evidence/display-text';

export function reportForDisplay(report: VerifyReport): VerifyReport {
  const files = report.files.map((file) => ({
    ...file,
    path: displayText(file.path),
    ...(file.reason !== undefined ? { reason: displayText(file.reason) } : {}),
  }));
  const problems = report.problems.map(displayText);
  const missing = report.omitted?.missing ?? 0;
  const more = report.omitted?.problems ?? 0;
  const stopped = report.omitted?.manifestCheckStopped === true;
  if (missing > 0) problems.push(`… and ${missing} more files the manifest lists are missing`);
  if (more > 0 || stopped) problems.push(`… and ${stopped ? 'at least ' : ''}${more} more problems${stopped ? ' (manifest.json was not checked to its end)' : ''}`);
  return { ok: report.ok, files, problems };
}
