/**
 * Text set as lines by the report itself, then drawn line by line. Deciding the breaks here
 * (line-breaks.ts) gives Korean its word-by-word breaks, and drawing the lines directly skips
 * pdfkit's own line wrapper, which would measure every text again, twice (once for its height,
 * once to draw it): shaping text is most of the time the report takes.
 */
import { wrapText } from './line-breaks.js';
import type { Pdf } from './pdf-document.js';

export const LINE_GAP = 2.5;

export interface TextBlock {
  readonly lines: readonly string[];
  /** From the top of the first line to below the last, line gaps included. */
  readonly height: number;
}

/** `text` set for `width` in the current font and size. */
export function setText(doc: Pdf, text: string, width: number, lineGap: number = LINE_GAP): TextBlock {
  // Summed character by character: for Hangul that is how the glyphs are spaced, and for Latin,
  // whose kerning is mostly negative, it is a little more than the drawn width.
  const measure = (part: string) => {
    let sum = 0;
    for (const char of part) sum += doc.widthOfString(char);
    return sum;
  };
  const lines = wrapText(measure, text, width).split('\n');
  return { lines, height: lines.length * (doc.currentLineHeight(true) + lineGap) };
}

export interface DrawOptions {
  readonly lineGap?: number;
  /**
   * Where the page ends for this block: past it, the block goes on at `top` of a new page made by
   * `newPage`, in `color`. Without it the block is drawn where it is (the caller made room).
   */
  readonly flow?: { readonly bottom: number; readonly top: number; readonly newPage: () => void; readonly color: string };
}

/** Draws the block's lines from (x, y) downwards; leaves `doc.y` below the last line. */
export function drawText(doc: Pdf, block: TextBlock, x: number, y: number, options: DrawOptions = {}): void {
  const step = doc.currentLineHeight(true) + (options.lineGap ?? LINE_GAP);
  const { flow } = options;
  let top = y;
  for (const line of block.lines) {
    if (flow && top + step > flow.bottom && top > flow.top) {
      flow.newPage();
      doc.fillColor(flow.color);
      top = flow.top;
    }
    if (line) doc.text(line, x, top, { lineBreak: false });
    top += step;
  }
  doc.x = x;
  doc.y = top;
}

/** Draws one short line (a heading, a caption) that is known to fit; leaves `doc.y` below it. */
export function drawLine(doc: Pdf, text: string, x: number, y: number): void {
  doc.text(text, x, y, { lineBreak: false });
  doc.x = x;
  doc.y = y + doc.currentLineHeight(true);
}
