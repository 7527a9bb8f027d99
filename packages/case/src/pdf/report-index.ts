/**
 * The exhibit index: one row per exhibit (number, type, title, when) with the file's full SHA-256
 * on a line of its own beneath, so it can be read against SHA256SUMS. The column heads repeat on
 * every page the index takes.
 */
import type { EvidenceItem } from '@jikim/evidence';
import { FONT } from './pdf-document.js';
import { COLORS, CONTENT_WIDTH, heading, MARGINS, newPage, pageBottom, paragraph, rule, SIZES, type ReportContext } from './report-layout.js';
import { drawLine, drawText, setText } from './text-block.js';
import { formatWhen } from '../report/report-time.js';

const NUMBER_WIDTH = 36;
const KIND_WIDTH = 66;
const WHEN_WIDTH = 118;
const GAP = 8;
const DESCRIPTION_WIDTH = CONTENT_WIDTH - NUMBER_WIDTH - KIND_WIDTH - WHEN_WIDTH - 3 * GAP;
const COLUMNS = {
  number: MARGINS.left,
  kind: MARGINS.left + NUMBER_WIDTH + GAP,
  description: MARGINS.left + NUMBER_WIDTH + KIND_WIDTH + 2 * GAP,
  when: MARGINS.left + CONTENT_WIDTH - WHEN_WIDTH,
};
const PAD = 5;

/** When it happened, as best the record says: entered by the victim, or the message's or post's own time. */
function whenOf(item: EvidenceItem): string | undefined {
  return item.occurredAt ?? item.message?.sentAt ?? item.web?.postedAt;
}

function columnHeads(ctx: ReportContext): void {
  const { doc, t } = ctx;
  const top = doc.y;
  doc.font(FONT.bold).fontSize(SIZES.label).fillColor(COLORS.text);
  drawLine(doc, t.indexNumber, COLUMNS.number, top + PAD);
  drawLine(doc, t.indexKind, COLUMNS.kind, top + PAD);
  drawLine(doc, t.indexDescription, COLUMNS.description, top + PAD);
  drawLine(doc, t.indexWhen, COLUMNS.when, top + PAD);
  doc.y = top + PAD * 2 + SIZES.label * 1.3;
  rule(doc, COLORS.text, 0.8);
}

function row(ctx: ReportContext, item: EvidenceItem): void {
  const { doc, t } = ctx;
  const when = whenOf(item);
  const cells = [
    { text: String(item.exhibitNumber), x: COLUMNS.number, width: NUMBER_WIDTH, bold: true },
    { text: t.kind[item.kind], x: COLUMNS.kind, width: KIND_WIDTH, bold: false },
    { text: ctx.show(item.title), x: COLUMNS.description, width: DESCRIPTION_WIDTH, bold: false },
    { text: when ? formatWhen(when, t) : '—', x: COLUMNS.when, width: WHEN_WIDTH, bold: false },
  ];
  const hash = item.file?.sha256 ?? t.noFile;
  const blocks = cells.map((cell) => setText(doc.font(cell.bold ? FONT.bold : FONT.regular).fontSize(SIZES.label), cell.text, cell.width));
  const heights = blocks.map((block) => block.height);
  const hashHeight = SIZES.small * 1.6;
  const height = Math.max(...heights) + hashHeight + 2 * PAD + 2;
  if (doc.y + height > pageBottom(doc)) {
    newPage(doc);
    columnHeads(ctx);
  }
  const top = doc.y + PAD;
  cells.forEach((cell, i) => {
    doc.font(cell.bold ? FONT.bold : FONT.regular).fontSize(SIZES.label).fillColor(COLORS.text);
    const block = blocks[i];
    if (block) drawText(doc, block, cell.x, top);
  });
  const hashTop = top + Math.max(...heights) + 2;
  doc.font(FONT.regular).fontSize(SIZES.small).fillColor(COLORS.muted).text('SHA-256', COLUMNS.kind, hashTop, { width: KIND_WIDTH, lineBreak: false });
  doc.fillColor(item.file ? COLORS.text : COLORS.muted).text(hash, COLUMNS.description, hashTop, { width: CONTENT_WIDTH - (COLUMNS.description - MARGINS.left), lineBreak: false });
  doc.y = top + height - PAD;
  rule(doc);
}

export function drawIndex(ctx: ReportContext, items: readonly EvidenceItem[]): void {
  const { doc, t } = ctx;
  newPage(doc);
  heading(ctx, t.indexHeading, SIZES.h1, 0);
  paragraph(ctx, t.indexIntro, { size: 9.5, color: COLORS.muted, gapAfter: 10 });
  columnHeads(ctx);
  for (const item of items) row(ctx, item);
}
