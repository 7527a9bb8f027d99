/** Every public page on a 360 px phone, in both languages: no control smaller than 44 × 44 CSS px. */
import { expect, test } from '@playwright/test';
import { LOCALES, PAGES, pathFor } from './support.js';
import { smallTargets } from './tap-targets.js';

for (const locale of LOCALES) {
  test(`every control on every public page is at least 44 × 44 px on a phone (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const found: string[] = [];
    for (const name of PAGES) {
      await page.goto(pathFor(locale, name));
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      found.push(...(await smallTargets(page, 'body')).map((s) => `${name || 'home'}: ${s}`));
    }
    expect(found).toEqual([]);
  });
}
