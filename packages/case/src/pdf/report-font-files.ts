/**
 * Where the PDF fonts are on disk, for Node (the site build copies them into its assets; tests and
 * the server read them): Pretendard Regular and Bold (OFL-1.1), the TrueType files. pdfkit embeds a
 * TrueType subset as CIDFontType2, which every viewer reads, while CID-keyed CFF subsets have a
 * history of failing in some (macOS Preview, Acrobat); see docs/decisions/0009-pdf-report.md.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReportFonts } from '../report/report-fonts.js';

const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('pretendard/package.json')), 'dist');

export const REPORT_FONT_FILES = {
  regular: path.join(dist, 'public/static/alternative/Pretendard-Regular.ttf'),
  bold: path.join(dist, 'public/static/alternative/Pretendard-Bold.ttf'),
} as const;

/** The fonts' licence, which travels with them. */
export const REPORT_FONT_LICENCE = path.join(dist, 'LICENSE.txt');

export function readReportFonts(): ReportFonts {
  return { regular: new Uint8Array(fs.readFileSync(REPORT_FONT_FILES.regular)), bold: new Uint8Array(fs.readFileSync(REPORT_FONT_FILES.bold)) };
}
