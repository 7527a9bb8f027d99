/**
 * The complaint as a printable A4 PDF, laid out like the Korean complaint form: the title, numbered
 * section headings, boxed tables for the parties and related cases, the evidence with every hash
 * and URL whole, then the date, the signature line and the police station it is addressed to.
 * Page numbers at the foot; the English rendering says on every page that it is for reference.
 * Made with the report's pdfkit helpers, in the browser or, in tests, in Node.
 */
import { collectBytes, createPdf, FONT, glyphCheck } from './pdf-document.js';
import { printableText } from './printable-text.js';
import type { ReportContext } from './report-layout.js';
import { COLORS, CONTENT_WIDTH, ensureSpace, heading, MARGINS, newPage, paragraph, SIZES } from './report-layout.js';
import type { ReportFonts } from '../report/report-fonts.js';
import { reportText } from '../report/report-text.js';
import { drawPageNumbers } from './page-numbers.js';
import { drawLine } from './text-block.js';
import type { Block, ComplaintDocument } from '../complaint/complaint-document.js';
import { complaintDocument } from '../complaint/complaint-document.js';
import type { ComplaintInput } from '../complaint/complaint-input.js';
import { boxedRows, evidenceRows } from './complaint-pdf-blocks.js';
import type { ComplaintLocale } from '../complaint/complaint-text.js';


function centred(ctx: ReportContext, text: string, size: number, bold: boolean): void {
  const { doc } = ctx;
  doc.font(bold ? FONT.bold : FONT.regular).fontSize(size).fillColor(COLORS.text);
  const shown = ctx.show(text);
  drawLine(doc, shown, MARGINS.left + Math.max(0, (CONTENT_WIDTH - doc.widthOfString(shown)) / 2), doc.y);
}

function drawBlock(ctx: ReportContext, block: Block): void {
  switch (block.kind) {
    case 'rows':
      boxedRows(ctx, block.rows);
      return;
    case 'paragraphs':
      for (const p of block.paragraphs) paragraph(ctx, p, block.note ? { size: SIZES.small, color: COLORS.muted } : {});
      return;
    case 'evidence':
      evidenceRows(ctx, block.entries);
  }
}

function drawClosing(ctx: ReportContext, doc: ComplaintDocument): void {
  const pdf = ctx.doc;
  ensureSpace(pdf, 150);
  pdf.y += 18;
  centred(ctx, doc.date, 11, false);
  pdf.y += 22;
  pdf.font(FONT.regular).fontSize(11).fillColor(COLORS.text);
  const signature = ctx.show(doc.signature);
  drawLine(pdf, signature, MARGINS.left + CONTENT_WIDTH - pdf.widthOfString(signature), pdf.y);
  pdf.y += 30;
  centred(ctx, doc.addressee, 15, true);
}

export async function buildComplaintPdf(input: ComplaintInput, locale: ComplaintLocale, fonts: ReportFonts): Promise<Uint8Array> {
  const doc = complaintDocument(input, locale);
  const pdf = createPdf({ title: doc.t.title, lang: doc.t.lang, creator: 'Jikim', now: input.today, ...fonts });
  const bytes = collectBytes(pdf);
  const hasGlyph = glyphCheck(pdf);
  const ctx: ReportContext = { doc: pdf, t: reportText(locale), show: (text) => printableText(text, hasGlyph) };

  newPage(pdf);
  if (doc.t.banner) {
    const top = pdf.y;
    pdf.save().rect(MARGINS.left, top, CONTENT_WIDTH, 22).fillColor(COLORS.shade).fill().restore();
    pdf.y = top + 6;
    centred(ctx, doc.t.banner, SIZES.body, true);
    pdf.y = top + 30;
    if (doc.t.asWritten) paragraph(ctx, doc.t.asWritten, { size: SIZES.small, color: COLORS.muted, gapAfter: 10 });
  }
  centred(ctx, doc.t.title, SIZES.h1 + 4, true);
  pdf.y += 10;
  doc.sections.forEach((section, i) => {
    // The statement of truth stays on the page with the date and the signature under it.
    if (i === doc.sections.length - 1) ensureSpace(pdf, 250);
    heading(ctx, section.heading, SIZES.h2, 12);
    for (const block of section.blocks) drawBlock(ctx, block);
  });
  drawClosing(ctx, doc);
  drawPageNumbers(pdf, (n, count) => doc.t.page(n, count), doc.t.banner ?? undefined);
  pdf.end();
  return bytes;
}
