import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { REPORT_FONT_FILES } from '../packages/web/scripts/report-fonts.js';
import { FIXTURE_CASE_REFERENCE } from '../packages/case/test/report-fixture.js';
import { openHarness } from './harness/open-harness.js';
import { BASE_URL } from './playwright.config.js';
import { SCREENSHOT_DIR } from './support.js';

interface ReportHarness {
  build(locale: 'ko' | 'en', fontUrls: { regular: string; bold: string }, exhibits: number): Promise<{ base64: string; ms: number }>;
  loadFontsFrom(urls: { regular: string; bold: string }): Promise<string>;
}
declare global {
  interface Window { jikimReport: ReportHarness; cspViolations: string[] }
}

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'";
const HARNESS_HTML = '<!doctype html><html lang="en"><title>harness</title><script type="module" src="/__harness.js"></script>';

/**
 * The fonts as the built site serves them, or, while the site build does not copy them yet, the
 * same bytes answered on the same origin under the same kind of path.
 */
async function fontUrls(page: Page): Promise<{ regular: string; bold: string }> {
  const site = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../packages/web/dist/site/site-manifest.json'), 'utf8')) as { assets: string[] };
  const built = (name: string) => site.assets.find((asset) => asset.startsWith(`assets/${name}-`) && asset.endsWith('.ttf'));
  const regular = built('Pretendard-Regular');
  const bold = built('Pretendard-Bold');
  if (regular && bold) return { regular: `/${regular}`, bold: `/${bold}` };
  const urls = { regular: '/assets/Pretendard-Regular-e2e.ttf', bold: '/assets/Pretendard-Bold-e2e.ttf' };
  for (const [url, file] of [[urls.regular, REPORT_FONT_FILES.regular], [urls.bold, REPORT_FONT_FILES.bold]] as const) {
    await page.route(`${BASE_URL}${url}`, (route) => route.fulfill({ contentType: 'font/ttf', body: fs.readFileSync(file) }));
  }
  return urls;
}

test('the PDF report is made in the browser, from our own origin only, under the site CSP, in Korean and English', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.context().route((url) => url.origin !== BASE_URL, (route) => route.abort());
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await openHarness(page, 'report-harness.ts', 'jikimReport');
  // Again, now with the site's script policy: no eval, no inline script.
  await page.route(`${BASE_URL}/__harness`, (route) => route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': CSP }, body: HARNESS_HTML }));
  await page.reload();
  await page.waitForFunction(() => 'jikimReport' in window);
  const fonts = await fontUrls(page);

  const out = path.join(SCREENSHOT_DIR, 'report-pdf');
  fs.rmSync(out, { recursive: true, force: true });
  for (const locale of ['ko', 'en'] as const) {
    const { base64, ms } = await page.evaluate(([l, f]) => window.jikimReport.build(l, f, 20), [locale, fonts] as const);
    const dir = path.join(out, locale);
    fs.mkdirSync(dir, { recursive: true });
    const pdf = path.join(dir, `report-${locale}.pdf`);
    fs.writeFileSync(pdf, Buffer.from(base64, 'base64'));
    console.log(`${locale}: ${fs.statSync(pdf).size} bytes in ${ms.toFixed(0)} ms`);

    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    expect(pages.length).toBeGreaterThan(20);
    pages.forEach((text, i) => {
      expect(text).toContain(FIXTURE_CASE_REFERENCE);
      expect(text).toContain(`${i + 1} / ${pages.length}`);
    });
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/\+Pretendard-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/u);

    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(dir, 'page')]);
    const pngs = fs.readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    expect(pngs).toHaveLength(pages.length);
    for (const png of pngs) await testInfo.attach(`${locale}-${png}`, { path: path.join(dir, png), contentType: 'image/png' });
  }

  // A font from anywhere but this origin is refused before any request is made.
  expect(await page.evaluate(() => window.jikimReport.loadFontsFrom({ regular: 'https://fonts.example.com/a.ttf', bold: 'https://fonts.example.com/b.ttf' })))
    .toBe('The report fonts must come from this site');

  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((url) => !url.startsWith(`${BASE_URL}/`))).toEqual([]);
  expect(requests).toEqual(expect.arrayContaining([`${BASE_URL}${fonts.regular}`, `${BASE_URL}${fonts.bold}`]));
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  // And the policy was in force: an inline script is refused.
  expect(await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true';
    document.head.append(script);
    return 'inlineScriptRan' in window;
  })).toBe(false);
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBe(1);
});
