/**
 * Header and footer of every page, drawn once all pages exist so each can say "page X of Y":
 * the report's title and the case reference at the top; the case reference, the date and the page
 * number at the foot.
 */
import { FONT } from './pdf-document.js';
import { COLORS, CONTENT_WIDTH, MARGINS, type ReportContext } from './report-layout.js';

const MM = 72 / 25.4;

function line(ctx: ReportContext, y: number): void {
  ctx.doc.save().moveTo(MARGINS.left, y).lineTo(MARGINS.left + CONTENT_WIDTH, y).lineWidth(0.5).strokeColor(COLORS.rule).stroke().restore();
}

function leftAndRight(ctx: ReportContext, y: number, left: string, right: string, rightBold: boolean): void {
  const { doc } = ctx;
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLORS.muted);
  doc.text(left, MARGINS.left, y, { lineBreak: false });
  doc.font(rightBold ? FONT.bold : FONT.regular).fillColor(rightBold ? COLORS.text : COLORS.muted);
  doc.text(right, MARGINS.left + CONTENT_WIDTH - doc.widthOfString(right), y, { lineBreak: false });
}

export function drawPageFurniture(ctx: ReportContext, caseReference: string, generatedOn: string): void {
  const { doc, t } = ctx;
  const reference = `${t.caseReference} ${ctx.show(caseReference)}`;
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Writing into the margins: lift them so pdfkit does not start a new page.
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const height = doc.page.height;
    leftAndRight(ctx, 12 * MM, t.documentTitle, reference, false);
    line(ctx, 16.5 * MM);
    line(ctx, height - 15.5 * MM);
    leftAndRight(ctx, height - 13 * MM, `${reference} · ${t.generatedOn(generatedOn)}`, t.page(index - start + 1, count), true);
    doc.page.margins = margins;
  }
}
