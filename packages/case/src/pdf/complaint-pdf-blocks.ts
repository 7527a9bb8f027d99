/**
 * The boxed label–value table of the Korean complaint form (고소인, 피고소인, 관련사건), drawn with
 * the report's text setting so Korean breaks between words and long values wrap. A row that fits
 * on a page is never split; a row taller than a page falls back to the report's flowing rows.
 */
import { FONT } from './pdf-document.js';
import type { ReportContext } from './report-layout.js';
import { COLORS, CONTENT_WIDTH, fieldRows, flowText, MARGINS, newPage, pageBottom, rule, SIZES } from './report-layout.js';
import { drawText, setText } from './text-block.js';
import type { EvidenceEntry, Row } from '../complaint/complaint-document.js';

const LABEL_WIDTH = 118;
const PAD = 5;
const BORDER = '#8a8a8a';

function box(ctx: ReportContext, top: number, height: number): void {
  const { doc } = ctx;
  doc.save().rect(MARGINS.left, top, LABEL_WIDTH, height).fillColor(COLORS.shade).fill().restore();
  doc.save().lineWidth(0.75).strokeColor(BORDER)
    .rect(MARGINS.left, top, CONTENT_WIDTH, height).stroke()
    .moveTo(MARGINS.left + LABEL_WIDTH, top).lineTo(MARGINS.left + LABEL_WIDTH, top + height).stroke()
    .restore();
}

export function boxedRows(ctx: ReportContext, rows: readonly Row[]): void {
  const { doc } = ctx;
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH - 2 * PAD;
  for (const row of rows) {
    const label = setText(doc.font(FONT.bold).fontSize(SIZES.label), ctx.show(row.label), LABEL_WIDTH - 2 * PAD);
    const value = setText(doc.font(FONT.regular).fontSize(SIZES.body), ctx.show(row.value || ' '), valueWidth);
    const height = Math.max(label.height, value.height, SIZES.body * 1.6) + 2 * PAD;
    if (height > pageBottom(doc) - MARGINS.top) {
      fieldRows(ctx, [row]);
      continue;
    }
    if (doc.y + height > pageBottom(doc)) newPage(doc);
    const top = doc.y;
    box(ctx, top, height);
    doc.font(FONT.bold).fontSize(SIZES.label).fillColor(COLORS.text);
    drawText(doc, label, MARGINS.left + PAD, top + PAD + (SIZES.body - SIZES.label) / 2);
    doc.font(FONT.regular).fontSize(SIZES.body).fillColor(COLORS.text);
    drawText(doc, value, MARGINS.left + LABEL_WIDTH + PAD, top + PAD);
    doc.x = MARGINS.left;
    doc.y = top + height;
  }
  doc.y += 4;
}

const EXHIBIT_WIDTH = 56;

/**
 * The evidence list: the exhibit number, then its description, hash and URL in small type, wide
 * enough that a SHA-256 stays on one line. An entry is kept on one page unless it is longer than
 * a page (a very long URL), which then flows on.
 */
export function evidenceRows(ctx: ReportContext, entries: readonly EvidenceEntry[]): void {
  const { doc } = ctx;
  const valueX = MARGINS.left + EXHIBIT_WIDTH;
  for (const entry of entries) {
    const label = setText(doc.font(FONT.bold).fontSize(SIZES.label), ctx.show(entry.label), EXHIBIT_WIDTH - 4);
    const value = setText(doc.font(FONT.regular).fontSize(SIZES.small), ctx.show(entry.lines.join('\n')), CONTENT_WIDTH - EXHIBIT_WIDTH);
    const height = Math.max(label.height, value.height) + 2 * PAD;
    if (doc.y + height > pageBottom(doc) && height <= pageBottom(doc) - MARGINS.top) newPage(doc);
    const top = doc.y;
    doc.font(FONT.bold).fontSize(SIZES.label).fillColor(COLORS.text);
    drawText(doc, label, MARGINS.left, top + PAD);
    doc.font(FONT.regular).fontSize(SIZES.small);
    flowText(doc, value, valueX, top + PAD, COLORS.text);
    doc.y += PAD;
    rule(doc, COLORS.shade, 0.75);
  }
  doc.x = MARGINS.left;
  doc.y += 6;
}
