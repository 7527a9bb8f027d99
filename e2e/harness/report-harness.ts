// Test-only page script: builds the PDF report inside Chromium, as the locker does, with the fonts
// fetched from the app's own origin and the PDF module imported only when asked for.
import { loadReportFonts } from '../../packages/device/src/files/load-report-fonts.js';
import { FIXTURE_NOW, fixtureManifest, fixtureThumbnails } from '../../packages/case/test/report-fixture.js';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

Object.assign(window, {
  jikimReport: {
    async build(locale: 'ko' | 'en', fontUrls: { regular: string; bold: string }, exhibits: number) {
      const fonts = await loadReportFonts(fontUrls);
      const { buildReportPdf } = await import('../../packages/case/src/pdf/report-pdf.js');
      const manifest = fixtureManifest(locale, exhibits);
      const start = performance.now();
      const pdf = await buildReportPdf({ manifest, thumbnails: fixtureThumbnails(manifest), thumbnailsBlurred: locale === 'ko', fonts, now: FIXTURE_NOW });
      return { base64: toBase64(pdf), ms: performance.now() - start };
    },
    async loadFontsFrom(urls: { regular: string; bold: string }) {
      try {
        await loadReportFonts(urls);
        return 'loaded';
      } catch (error) {
        return (error as Error).message;
      }
    },
  },
});
