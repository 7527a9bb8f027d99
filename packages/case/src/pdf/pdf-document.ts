/**
 * The one place that talks to pdfkit directly. Its typings (@types/pdfkit 0.17) lag the 0.20 API
 * used here (opening an image to read its size, the current font's glyph coverage), so the casts
 * live in this file. The same code runs on pdfkit's browser build and, in tests, its Node build.
 */
import PDFDocument from 'pdfkit';
import type { HasGlyph } from './printable-text.js';

export type Pdf = PDFKit.PDFDocument;

export const FONT = { regular: 'report-regular', bold: 'report-bold' } as const;

export interface PdfSetup {
  readonly title: string;
  readonly lang: string;
  readonly creator: string;
  readonly now: Date;
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export function createPdf(setup: PdfSetup): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: setup.lang,
    displayTitle: true,
    // Not the default Helvetica: the browser build bundles no standard font, and the report uses none.
    font: '',
    info: { Title: setup.title, Creator: setup.creator, CreationDate: setup.now, ModDate: setup.now },
  });
  doc.registerFont(FONT.regular, setup.regular);
  doc.registerFont(FONT.bold, setup.bold);
  doc.font(FONT.regular);
  return doc;
}

/** Resolves with the whole file once `doc.end()` has been called. Attach before drawing. */
export function collectBytes(doc: Pdf): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(bytes);
    });
  });
}

interface GlyphSource { hasGlyphForCodePoint(codePoint: number): boolean }

/** Whether the current font (the report's regular face) can draw a code point; cached. */
export function glyphCheck(doc: Pdf): HasGlyph {
  const font = (doc as unknown as { _font?: { font?: Partial<GlyphSource> } })._font?.font;
  if (typeof font?.hasGlyphForCodePoint !== 'function') throw new Error('pdfkit does not expose the font coverage');
  const source = font as GlyphSource;
  const cache = new Map<number, boolean>();
  return (codePoint) => {
    let has = cache.get(codePoint);
    if (has === undefined) {
      has = source.hasGlyphForCodePoint(codePoint);
      cache.set(codePoint, has);
    }
    return has;
  };
}

interface OpenedImage { width: number; height: number; orientation?: number }

/**
 * Draws a JPEG or PNG scaled to fit the box (never more than twice its size), top-left at (x, y).
 * Returns the size drawn, or null if the bytes are not an image pdfkit can read.
 */
export function drawImage(doc: Pdf, bytes: Uint8Array, x: number, y: number, box: { width: number; height: number }): { width: number; height: number } | null {
  try {
    const image = (doc as unknown as { openImage(src: Uint8Array): OpenedImage }).openImage(bytes);
    const turned = (image.orientation ?? 1) > 4;
    const [width, height] = turned ? [image.height, image.width] : [image.width, image.height];
    const scale = Math.min(box.width / width, box.height / height, 2);
    const size = { width: width * scale, height: height * scale };
    doc.image(image as unknown as ArrayBuffer, x, y, size);
    return size;
  } catch {
    return null;
  }
}
