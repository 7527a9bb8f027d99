/**
 * The printable evidence report (report.pdf in the bundle), made entirely in the victim's browser
 * with pdfkit and an OFL Korean font fetched from our own origin. A4, for single-sided printing:
 * cover, exhibit index with every SHA-256, one section per exhibit, and how to verify the hashes;
 * the case reference and "page X / Y" on every page. Korean or English, as the manifest says.
 */
import type { EvidenceManifest } from '@jikim/evidence';
import { collectBytes, createPdf, glyphCheck } from './pdf-document.js';
import { printableText } from './printable-text.js';
import { drawClosing } from './report-closing.js';
import { drawCover } from './report-cover.js';
import { drawExhibit } from './report-exhibit.js';
import { drawIndex } from './report-index.js';
import type { ReportContext } from './report-layout.js';
import { reportText } from '../report/report-text.js';
import { seoulDay } from '../time/seoul-day.js';
import { drawPageFurniture } from './page-furniture.js';
import { drawTakedowns } from './report-takedowns.js';
import type { ReportFonts } from '../report/report-fonts.js';
import type { TakedownSummary } from '../takedowns/tracker-summary.js';

export interface ReportInput {
  manifest: Omit<EvidenceManifest, 'report'>;
  /** Small JPEG or PNG per item id, already blurred by the caller if the victim chose that. */
  thumbnails: ReadonlyMap<string, Uint8Array>;
  thumbnailsBlurred: boolean;
  fonts: ReportFonts;
  /** Clock injected for the "generated at" line; tests pass a fixed date. */
  now: Date;
  /** The takedown tracker's summary, printed as its own section when there are requests. */
  takedowns?: TakedownSummary;
}

export async function buildReportPdf(input: ReportInput): Promise<Uint8Array> {
  const { manifest, now } = input;
  const t = reportText(manifest.locale);
  const doc = createPdf({
    title: `${t.documentTitle} – ${manifest.caseReference}`,
    lang: t.lang,
    creator: `${manifest.generator.name} ${manifest.generator.version}`,
    now,
    ...input.fonts,
  });
  const bytes = collectBytes(doc);
  const hasGlyph = glyphCheck(doc);
  const ctx: ReportContext = { doc, t, show: (text) => printableText(text, hasGlyph) };

  const items = [...manifest.items].sort((a, b) => a.exhibitNumber - b.exhibitNumber);
  drawCover(ctx, { manifest, items, now, blurred: input.thumbnailsBlurred });
  drawIndex(ctx, items);
  for (const item of items) drawExhibit(ctx, item, input.thumbnails.get(item.id), input.thumbnailsBlurred);
  if (input.takedowns) drawTakedowns(ctx, input.takedowns);
  drawClosing(ctx);
  drawPageFurniture(ctx, manifest.caseReference, seoulDay(now));
  doc.end();
  return bytes;
}
