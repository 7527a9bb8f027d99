/** The cover page: what the report is, for which case, the period it covers and what it counts. */
import type { EvidenceItem, EvidenceItemKind, EvidenceManifest } from '@jikim/evidence';
import { FONT } from './pdf-document.js';
import { COLORS, CONTENT_WIDTH, ensureSpace, fieldRows, heading, MARGINS, newPage, paragraph, rule, SIZES, type ReportContext } from './report-layout.js';
import { drawText, setText } from './text-block.js';
import { formatTotalSize } from '../report/report-numbers.js';
import type { ReportText } from '../report/report-text.js';
import { formatInstant, periodOf } from '../report/report-time.js';

const KINDS: readonly EvidenceItemKind[] = ['file', 'web', 'message', 'clue', 'note'];

/**
 * The times the person entered for an item: when it happened, was posted, was seen and was sent.
 * Never when it was added to the locker: that is the day it was kept, not a day of the events.
 */
export function enteredTimes(item: EvidenceItem): string[] {
  return [item.occurredAt, item.web?.postedAt, item.web?.seenAt, item.message?.sentAt].flatMap((value) => (value ? [value] : []));
}

/** "2026-09-29 ~ 2026-10-08" from the entered times only, or a plain statement that none was entered. */
export function occurredPeriod(items: readonly EvidenceItem[], t: ReportText): string {
  return periodOf(items.flatMap(enteredTimes), t) ?? t.noDatesEntered;
}

export interface CoverFacts {
  readonly manifest: Omit<EvidenceManifest, 'report'>;
  readonly items: readonly EvidenceItem[];
  readonly now: Date;
  readonly blurred: boolean;
}

export function drawCover(ctx: ReportContext, { manifest, items, now, blurred }: CoverFacts): void {
  const { doc, t } = ctx;
  newPage(doc);
  doc.y += 36;
  paragraph(ctx, t.documentSubtitle, { size: 11, color: COLORS.muted, gapAfter: 2 });
  doc.font(FONT.bold).fontSize(SIZES.title).fillColor(COLORS.text).text(t.documentTitle, MARGINS.left, doc.y, { width: CONTENT_WIDTH });
  doc.y += 10;
  doc.font(FONT.regular).fontSize(11).fillColor(COLORS.muted).text(t.caseReference, MARGINS.left, doc.y, { width: CONTENT_WIDTH });
  doc.font(FONT.bold).fontSize(18).fillColor(COLORS.text).text(ctx.show(manifest.caseReference), MARGINS.left, doc.y + 2, { width: CONTENT_WIDTH });
  doc.y += 14;
  rule(doc, COLORS.text, 1);
  doc.y += 4;

  const files = items.flatMap((item) => (item.file ? [item.file] : []));
  fieldRows(ctx, [
    { label: t.generatedAt, value: formatInstant(now.toISOString(), t) },
    { label: t.exhibitCount, value: t.exhibits(items.length) },
    {
      label: t.byKind,
      value: KINDS.map((kind) => [kind, items.filter((item) => item.kind === kind).length] as const)
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => t.kindCount(t.kind[kind], count))
        .join(' · ') || t.notGiven,
    },
    { label: t.filesTotal, value: t.files(files.length, formatTotalSize(files.reduce((sum, file) => sum + file.bytes, 0))) },
    { label: t.periodOccurred, value: occurredPeriod(items, t) },
    { label: t.periodAdded, value: periodOf(items.map((item) => item.addedAt), t) ?? t.notGiven },
    { label: t.generator, value: `${manifest.generator.name} ${manifest.generator.version}` },
  ]);

  heading(ctx, t.summaryHeading, SIZES.h2, 22);
  for (const line of t.summary(items.length)) paragraph(ctx, line);

  heading(ctx, t.readingHeading, SIZES.h2, 16);
  for (const note of [t.timesNote, blurred ? t.previewsBlurred : t.previewsPlain, t.codePointsNote]) {
    paragraph(ctx, note, { size: 9.5, indent: 14, bullet: true });
  }

  doc.y += 12;
  doc.font(FONT.bold).fontSize(9.5);
  const note = setText(doc, t.sensitiveNote, CONTENT_WIDTH - 24);
  const noteHeight = note.height;
  ensureSpace(doc, noteHeight + 20);
  const top = doc.y;
  doc.save().rect(MARGINS.left, top, CONTENT_WIDTH, noteHeight + 20).lineWidth(1).strokeColor(COLORS.text).stroke().restore();
  doc.fillColor(COLORS.text);
  drawText(doc, note, MARGINS.left + 12, top + 10);
  doc.y = top + noteHeight + 20;
}
