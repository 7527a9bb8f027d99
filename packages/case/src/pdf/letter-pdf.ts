/**
 * A deletion-request letter as an A4 PDF, to print or attach: the subject as its heading, then the
 * letter line by line (long URLs wrap inside the margins, never cut), "X / Y" at the foot.
 * Made with the report's pdfkit helpers, in the browser or, in tests, in Node.
 */
import { collectBytes, createPdf, glyphCheck } from './pdf-document.js';
import { drawPageNumbers } from './page-numbers.js';
import { printableText } from './printable-text.js';
import { heading, newPage, paragraph, SIZES, type ReportContext } from './report-layout.js';
import type { ReportFonts } from '../report/report-fonts.js';
import { reportText } from '../report/report-text.js';
import type { DeletionLetter } from '../letters/deletion-letter.js';
import type { LetterLocale } from '../letters/letter-text.js';

export async function buildLetterPdf(letter: DeletionLetter, locale: LetterLocale, fonts: ReportFonts, now: Date): Promise<Uint8Array> {
  const pdf = createPdf({ title: letter.subject, lang: locale === 'ko' ? 'ko-KR' : 'en-GB', creator: 'Jikim', now, ...fonts });
  const bytes = collectBytes(pdf);
  const hasGlyph = glyphCheck(pdf);
  const ctx: ReportContext = { doc: pdf, t: reportText(locale), show: (text) => printableText(text, hasGlyph) };
  newPage(pdf);
  heading(ctx, letter.subject, SIZES.h2, 0);
  for (const line of letter.body.split('\n')) {
    if (line.trim() === '') pdf.y += 6;
    else paragraph(ctx, line, { gapAfter: 2 });
  }
  drawPageNumbers(pdf, (n, count) => `${String(n)} / ${String(count)}`);
  pdf.end();
  return bytes;
}
