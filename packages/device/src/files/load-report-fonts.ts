/**
 * Fetches the report's two font files from our own origin. Called only when the victim asks for a
 * PDF, so nobody downloads ~2 MB of fonts just to open the locker. Anything but a same-origin
 * response holding a font is refused: a redirect elsewhere, an error page, a cross-origin URL.
 */
import type { ReportFonts } from '@jikim/case';

// sfnt version tags: TrueType 1.0, 'true' (Apple), 'OTTO' (CFF outlines).
const FONT_TAGS = new Set([0x00010000, 0x74727565, 0x4f54544f]);

async function fetchFont(url: string): Promise<Uint8Array> {
  const resolved = new URL(url, globalThis.location.href);
  if (resolved.origin !== globalThis.location.origin) throw new Error('The report fonts must come from this site');
  const response = await fetch(resolved, { mode: 'same-origin', credentials: 'same-origin', redirect: 'error' });
  if (!response.ok) throw new Error(`The report font could not be loaded (HTTP ${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const tag = bytes.length >= 4 ? new DataView(bytes.buffer, bytes.byteOffset).getUint32(0) : 0;
  if (!FONT_TAGS.has(tag)) throw new Error('The report font is not a font file');
  return bytes;
}

export async function loadReportFonts(urls: { regular: string; bold: string }): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all([fetchFont(urls.regular), fetchFont(urls.bold)]);
  return { regular, bold };
}
