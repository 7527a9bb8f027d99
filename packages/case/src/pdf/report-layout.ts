/**
 * Page geometry and the few typographic blocks the report is made of: headings, paragraphs and
 * label–value rows. A4 portrait, equal margins for single-sided printing; the header and footer
 * are drawn afterwards into the top and bottom margins (page-furniture.ts).
 */
import { FONT, type Pdf } from './pdf-document.js';
import type { ReportText } from '../report/report-text.js';
import { drawText, LINE_GAP, setText, type TextBlock } from './text-block.js';

export { LINE_GAP } from './text-block.js';

export interface ReportContext {
  readonly doc: Pdf;
  readonly t: ReportText;
  /** A stored text made safe for the report font (see printable-text.ts). */
  readonly show: (text: string) => string;
}

const MM = 72 / 25.4;
export const MARGINS = { top: 24 * MM, bottom: 22 * MM, left: 20 * MM, right: 20 * MM } as const;
export const CONTENT_WIDTH = 595.28 - MARGINS.left - MARGINS.right;
export const COLORS = { text: '#1a1a1a', muted: '#555555', rule: '#b5b5b5', shade: '#efefef' } as const;
export const SIZES = { title: 26, h1: 20, h2: 13, body: 10, label: 9, small: 8.5 } as const;

const LABEL_WIDTH = 132;
const COLUMN_GAP = 10;
const ROW_PAD = 4.5;

export function newPage(doc: Pdf): void {
  doc.addPage({ size: 'A4', margins: MARGINS });
  doc.x = MARGINS.left;
  doc.y = MARGINS.top;
}

export const pageBottom = (doc: Pdf): number => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` points still fit below the current position. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > pageBottom(doc)) newPage(doc);
}

/** Draws a block at (x, y); past the foot of the page it goes on at the top of the next. */
export function flowText(doc: Pdf, block: TextBlock, x: number, y: number, color: string): void {
  doc.fillColor(color);
  drawText(doc, block, x, y, { flow: { bottom: pageBottom(doc), top: MARGINS.top, newPage: () => newPage(doc), color } });
}

export function heading(ctx: ReportContext, text: string, size: number = SIZES.h2, gapBefore = 14): void {
  const { doc } = ctx;
  doc.font(FONT.bold).fontSize(size);
  const block = setText(doc, ctx.show(text), CONTENT_WIDTH, 2);
  // Keep a heading with at least three lines of what follows it.
  ensureSpace(doc, block.height + gapBefore + 3 * SIZES.body * 1.5);
  if (doc.y > MARGINS.top) doc.y += gapBefore;
  doc.fillColor(COLORS.text);
  drawText(doc, block, MARGINS.left, doc.y, { lineGap: 2 });
  doc.y += size * 0.3;
}

export interface ParagraphStyle { size?: number; color?: string; bold?: boolean; gapAfter?: number; indent?: number; bullet?: boolean }

export function paragraph(ctx: ReportContext, text: string, style: ParagraphStyle = {}): void {
  const { doc } = ctx;
  const indent = style.indent ?? 0;
  doc.font(style.bold ? FONT.bold : FONT.regular).fontSize(style.size ?? SIZES.body);
  const block = setText(doc, ctx.show(text), CONTENT_WIDTH - indent);
  ensureSpace(doc, Math.min(block.height, block.height / block.lines.length * 3));
  const color = style.color ?? COLORS.text;
  // A bullet hangs in the indent, so that every line of the item starts at the same place.
  if (style.bullet) doc.fillColor(color).text('•', MARGINS.left + indent - 10, doc.y, { lineBreak: false });
  flowText(doc, block, MARGINS.left + indent, doc.y, color);
  doc.x = MARGINS.left;
  doc.y += style.gapAfter ?? 6;
}

export function rule(doc: Pdf, color: string = COLORS.rule, width = 0.5): void {
  doc.save().moveTo(MARGINS.left, doc.y).lineTo(MARGINS.left + CONTENT_WIDTH, doc.y).lineWidth(width).strokeColor(color).stroke().restore();
}

export interface Field {
  readonly label: string;
  readonly value: string;
  /** Smaller type, for SHA-256 values so that 64 hex digits stay on one line. */
  readonly small?: boolean;
}

/**
 * Label–value rows. A row that fits on a page is never split; a value longer than a page (a long
 * note) starts on the current page and flows on, its label staying with its first line.
 */
export function fieldRows(ctx: ReportContext, rows: readonly Field[]): void {
  const { doc } = ctx;
  const valueX = MARGINS.left + LABEL_WIDTH + COLUMN_GAP;
  const valueWidth = CONTENT_WIDTH - LABEL_WIDTH - COLUMN_GAP;
  for (const row of rows) {
    const valueSize = row.small ? SIZES.small : SIZES.body;
    const label = setText(doc.font(FONT.regular).fontSize(SIZES.label), ctx.show(row.label), LABEL_WIDTH);
    const value = setText(doc.fontSize(valueSize), ctx.show(row.value), valueWidth);
    const height = Math.max(value.height, label.height) + 2 * ROW_PAD;
    const room = pageBottom(doc) - doc.y;
    if (height > room && (height <= pageBottom(doc) - MARGINS.top || room < 4 * SIZES.body * 1.5)) newPage(doc);

    const top = doc.y;
    const page = doc.page;
    doc.fontSize(SIZES.label).fillColor(COLORS.muted);
    drawText(doc, label, MARGINS.left, top + ROW_PAD);
    const labelEnd = doc.y;
    doc.fontSize(valueSize);
    flowText(doc, value, valueX, top + ROW_PAD, COLORS.text);
    doc.y = (doc.page === page ? Math.max(doc.y, labelEnd) : doc.y) + ROW_PAD - LINE_GAP;
    rule(doc, COLORS.shade, 0.75);
  }
  doc.x = MARGINS.left;
}
