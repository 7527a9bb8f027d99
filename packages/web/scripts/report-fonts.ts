/**
 * Copies the PDF report's fonts, Pretendard Regular and Bold (OFL-1.1), into the site's assets with
 * a content hash in their names, beside the font licence, so the locker can fetch them from our own
 * origin only when a PDF is asked for. The TrueType files, not the OTF (CFF) ones: pdfkit embeds a
 * TrueType subset as CIDFontType2, which every viewer reads, while CID-keyed CFF subsets have a
 * history of failing in some (macOS Preview, Acrobat); and measured here, the TrueType subset makes
 * a smaller PDF, faster. See docs/decisions/0009-pdf-report.md.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('pretendard/package.json')), 'dist');

export const REPORT_FONT_FILES = {
  regular: path.join(dist, 'public/static/alternative/Pretendard-Regular.ttf'),
  bold: path.join(dist, 'public/static/alternative/Pretendard-Bold.ttf'),
} as const;
const LICENCE = path.join(dist, 'LICENSE.txt');

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
  copyHashed(LICENCE, 'Pretendard-OFL', assetsDir);
  return {
    regular: copyHashed(REPORT_FONT_FILES.regular, 'Pretendard-Regular', assetsDir),
    bold: copyHashed(REPORT_FONT_FILES.bold, 'Pretendard-Bold', assetsDir),
  };
}
