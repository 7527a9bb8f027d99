/**
 * One section per exhibit, each starting on a new page: number and type, title, the preview the
 * victim chose (blurred or not), then every recorded fact as label–value rows.
 */
import type { EvidenceItem } from '@jikim/evidence';
import { drawImage, FONT } from './pdf-document.js';
import { COLORS, CONTENT_WIDTH, fieldRows, MARGINS, newPage, rule, SIZES, type Field, type ReportContext } from './report-layout.js';
import { drawLine, drawText, setText } from './text-block.js';
import { formatBytes } from '../report/report-numbers.js';
import { formatInstant, formatWhen } from '../report/report-time.js';

const PREVIEW_BOX = { width: 240, height: 180 };

/** Rows for the values that are present: what the evidence says first, then its file, then its record. */
function present(rows: readonly (readonly [label: string, value: string | undefined, small?: boolean])[]): Field[] {
  return rows.flatMap(([label, value, small]) => (value === undefined || value === '' ? [] : [{ label, value, ...(small ? { small } : {}) }]));
}

function factsOf(item: EvidenceItem, ctx: ReportContext): Field[] {
  const { t } = ctx;
  const when = (value: string | undefined) => (value === undefined ? undefined : formatWhen(value, t));
  const { web, message, clue, file } = item;
  return present([
    [t.url, web?.url],
    [t.site, web?.site],
    [t.posterId, web?.posterId],
    [t.postedAt, when(web?.postedAt)],
    [t.seenAt, when(web?.seenAt)],
    [t.senderNumber, message?.senderNumber],
    [t.sentAt, when(message?.sentAt)],
    [t.messageText, message?.text],
    [t.phoneModel, clue?.phoneModel],
    [t.appearance, clue?.appearance],
    [t.place, clue?.place],
    [t.witnesses, clue?.witnesses],
    [t.occurredAt, when(item.occurredAt)],
    [t.originalName, file?.originalName],
    [t.path, file?.path],
    [t.mediaType, file ? t.mediaTypeValue(file.mediaType) : undefined],
    [t.size, file ? formatBytes(file.bytes, t) : undefined],
    [t.duration, file?.durationSeconds !== undefined ? t.durationValue(file.durationSeconds) : undefined],
    [t.sha256, file?.sha256, true],
    [t.modifiedAt, file?.modifiedAt ? formatInstant(file.modifiedAt, t) : undefined],
    [t.description, item.description],
    [t.addedAt, formatInstant(item.addedAt, t)],
    [t.history, item.history.map((entry) => `${formatInstant(entry.at, t)}  ${entry.summary}`).join('\n')],
  ]);
}

function drawPreview(ctx: ReportContext, thumbnail: Uint8Array, blurred: boolean): void {
  const { doc, t } = ctx;
  const top = doc.y + 6;
  const drawn = drawImage(doc, thumbnail, MARGINS.left + 1, top + 1, PREVIEW_BOX);
  doc.font(FONT.regular).fontSize(SIZES.small).fillColor(COLORS.muted);
  if (!drawn) {
    drawLine(doc, t.previewUnavailable, MARGINS.left, top);
    doc.y += 6;
    return;
  }
  doc.save().rect(MARGINS.left + 0.5, top + 0.5, drawn.width + 1, drawn.height + 1).lineWidth(0.5).strokeColor(COLORS.rule).stroke().restore();
  drawLine(doc, blurred ? t.previewBlurred : t.preview, MARGINS.left, top + drawn.height + 6);
  doc.y += 8;
}

export function drawExhibit(ctx: ReportContext, item: EvidenceItem, thumbnail: Uint8Array | undefined, blurred: boolean): void {
  const { doc, t } = ctx;
  newPage(doc);
  drawLine(doc.font(FONT.bold).fontSize(SIZES.h1).fillColor(COLORS.text), t.exhibit(item.exhibitNumber), MARGINS.left, doc.y);
  drawLine(doc.font(FONT.regular).fontSize(SIZES.body).fillColor(COLORS.muted), t.kindDetail[item.kind], MARGINS.left, doc.y + 2);
  doc.font(FONT.bold).fontSize(SIZES.h2).fillColor(COLORS.text);
  drawText(doc, setText(doc, ctx.show(item.title), CONTENT_WIDTH, 2), MARGINS.left, doc.y + 8, { lineGap: 2 });
  doc.y += 6;
  rule(doc, COLORS.text, 1);
  if (thumbnail) drawPreview(ctx, thumbnail, blurred);
  doc.y += 4;
  fieldRows(ctx, factsOf(item, ctx));
}
