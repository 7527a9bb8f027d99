/** The closing page: what the bundle holds and how anyone can check the hashes themselves. */
import { FONT } from './pdf-document.js';
import { COLORS, CONTENT_WIDTH, ensureSpace, heading, MARGINS, newPage, paragraph, SIZES, type ReportContext } from './report-layout.js';
import { drawText, setText } from './text-block.js';

const ENTRY_WIDTH = 110;

function command(ctx: ReportContext, label: string, text: string, note: string): void {
  const { doc } = ctx;
  doc.font(FONT.regular).fontSize(9);
  const lines = setText(doc, note, CONTENT_WIDTH - 12);
  ensureSpace(doc, 14 + 24 + lines.height + 10);
  doc.font(FONT.bold).fontSize(SIZES.body).fillColor(COLORS.text).text(label, MARGINS.left, doc.y, { width: CONTENT_WIDTH });
  const top = doc.y + 3;
  doc.save().rect(MARGINS.left, top, CONTENT_WIDTH, 20).fillColor(COLORS.shade).fill().restore();
  doc.font(FONT.regular).fontSize(10.5).fillColor(COLORS.text).text(text, MARGINS.left + 8, top + 5, { width: CONTENT_WIDTH - 16, lineBreak: false, features: ['tnum'] });
  doc.y = top + 24;
  doc.font(FONT.regular).fontSize(9).fillColor(COLORS.muted);
  drawText(doc, lines, MARGINS.left + 8, doc.y);
  doc.y += 7;
}

export function drawClosing(ctx: ReportContext): void {
  const { doc, t } = ctx;
  newPage(doc);
  heading(ctx, t.verifyHeading, SIZES.h1, 0);
  for (const line of t.verifyIntro) paragraph(ctx, line);

  heading(ctx, t.bundleHeading);
  for (const [entry, what] of t.bundleEntries) {
    const top = doc.y;
    doc.font(FONT.bold).fontSize(SIZES.body).fillColor(COLORS.text).text(entry, MARGINS.left, top, { width: ENTRY_WIDTH });
    drawText(doc, setText(doc.font(FONT.regular), what, CONTENT_WIDTH - ENTRY_WIDTH), MARGINS.left + ENTRY_WIDTH, top);
    doc.y += 3;
  }

  heading(ctx, t.stepsHeading);
  paragraph(ctx, t.unzip, { gapAfter: 8 });
  for (const step of t.commands) command(ctx, step.label, step.command, step.note);

  heading(ctx, t.pinHeading, SIZES.h2, 6);
  for (const line of t.pin) paragraph(ctx, line);
}
