/** "X / Y" at the foot of every page (and an optional banner at the top), drawn once all pages exist. */
import { FONT, type Pdf } from './pdf-document.js';
import { COLORS, CONTENT_WIDTH, MARGINS, SIZES } from './report-layout.js';
import { drawLine } from './text-block.js';

const MM = 72 / 25.4;

export function drawPageNumbers(pdf: Pdf, page: (n: number, count: number) => string, banner?: string): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    pdf.switchToPage(index);
    const margins = { ...pdf.page.margins };
    // Writing into the margins: lift them so pdfkit does not start a new page.
    pdf.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    pdf.font(FONT.regular).fontSize(SIZES.small).fillColor(COLORS.muted);
    if (banner) drawLine(pdf, banner, MARGINS.left, 12 * MM);
    const label = page(index - start + 1, count);
    drawLine(pdf, label, MARGINS.left + (CONTENT_WIDTH - pdf.widthOfString(label)) / 2, pdf.page.height - 13 * MM);
    pdf.page.margins = margins;
  }
}
