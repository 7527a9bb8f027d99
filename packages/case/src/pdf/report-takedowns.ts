/** The deletion requests section: every address asked to be removed, where, when, and what came of it. */
import type { TakedownSummary } from '../takedowns/tracker-summary.js';
import { fieldRows, heading, newPage, paragraph, rule, SIZES, type ReportContext } from './report-layout.js';

export function drawTakedowns(ctx: ReportContext, summary: TakedownSummary): void {
  if (summary.rows.length === 0) return;
  const { labels } = summary;
  newPage(ctx.doc);
  heading(ctx, labels.title, SIZES.h1, 0);
  paragraph(ctx, labels.daysNote);
  summary.rows.forEach((row, i) => {
    heading(ctx, `${String(i + 1)}. ${row.statusLabel}`);
    fieldRows(ctx, [
      { label: labels.url, value: row.url },
      { label: labels.channel, value: row.channel },
      { label: labels.method, value: row.method },
      { label: labels.firstReported, value: row.firstReported },
      { label: labels.status, value: row.statusLabel },
      { label: labels.changes, value: row.changes.map((c) => `${c.day}  ${c.statusLabel}${c.reference ? ` (${c.reference})` : ''}`).join('\n') },
      ...(row.references.length > 0 ? [{ label: labels.references, value: row.references.join(', ') }] : []),
    ]);
    rule(ctx.doc);
  });
}
