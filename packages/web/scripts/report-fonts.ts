/**
 * Copies the PDF report's fonts, Pretendard Regular and Bold (OFL-1.1), into the site's assets with
 * a content hash in their names, beside the font licence, so the locker can fetch them from our own
 * origin only when a PDF is asked for. Which files they are is the case package's to say
 * (@jikim/case/report-font-files); see docs/decisions/0009-pdf-report.md.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPORT_FONT_FILES, REPORT_FONT_LICENCE } from '@jikim/case/report-font-files';

export { REPORT_FONT_FILES };

function copyHashed(source: string, name: string, assetsDir: string): string {
  const bytes = fs.readFileSync(source);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const ext = path.extname(source);
  const file = `${name}-${hash}${ext}`;
  fs.writeFileSync(path.join(assetsDir, file), bytes);
  return `/assets/${file}`;
}

/** Copies the fonts (and their licence) into `assetsDir`; returns the fonts' URL paths. */
export function copyReportFonts(assetsDir: string): { regular: string; bold: string } {
  fs.mkdirSync(assetsDir, { recursive: true });
  copyHashed(REPORT_FONT_LICENCE, 'Pretendard-OFL', assetsDir);
  return {
    regular: copyHashed(REPORT_FONT_FILES.regular, 'Pretendard-Regular', assetsDir),
    bold: copyHashed(REPORT_FONT_FILES.bold, 'Pretendard-Bold', assetsDir),
  };
}
