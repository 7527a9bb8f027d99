import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, PAGES, pathFor, screenshotPath } from './support.js';

const WIDTHS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

for (const locale of LOCALES) {
  for (const page of PAGES) {
    const url = pathFor(locale, page);
    test.describe(`${url}`, () => {
      for (const viewport of WIDTHS) {
        test(`renders at ${viewport.width}px with no horizontal scroll`, async ({ page: tab }) => {
          await tab.setViewportSize(viewport);
          const response = await tab.goto(url);
          expect(response?.status()).toBe(200);
          await expect(tab.locator('html')).toHaveAttribute('lang', locale);
          await expect(tab.locator('h1')).toBeVisible();
          await expect(tab.locator('#quick-exit')).toBeVisible();
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          await tab.screenshot({ path: screenshotPath(`${locale}-${page || 'home'}-${viewport.name}`), fullPage: true });
        });
      }

      test('has no axe violations (WCAG 2.2 AA)', async ({ page: tab }) => {
        await tab.goto(url);
        const results = await new AxeBuilder({ page: tab })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });

      test('the language switch keeps you on the same page', async ({ page: tab }) => {
        await tab.goto(url);
        const other = locale === 'ko' ? 'en' : 'ko';
        await tab.locator('.lang-switch').click();
        await expect(tab).toHaveURL(pathFor(other, page));
        await expect(tab.locator('html')).toHaveAttribute('lang', other);
      });
    });
  }
}

test('organisations have tap-to-call links for 112 and every number', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(pathFor(locale, 'organisations'));
    const hrefs = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const tel of ['112', '1366', '027358994', '028177959', '023385801', '0222636464', '0222636465', '023351858']) {
      expect(hrefs).toContain(`tel:${tel}`);
    }
  }
});

test('the evidence steps of the guides link the evidence locker, in each language', async ({ page }) => {
  for (const locale of LOCALES) {
    const locker = pathFor(locale, 'locker');
    for (const [guide, step] of [['guide/dissemination', 'dissemination-1'], ['guide/threat', 'threat-1'], ['guide/illegal-shooting', 'illegal-shooting-3']] as const) {
      await page.goto(pathFor(locale, guide));
      const link = page.locator(`#${step} .step-tool a`);
      await expect(link).toHaveAttribute('href', locker);
      await link.click();
      await expect(page).toHaveURL(locker);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    }
  }
});

test('the safety page says what stays on the device after quick exit, lock, wipe and saving, in each language', async ({ page }) => {
  await page.goto('/safety');
  for (const h of ['빠른 나가기를 누르면', '증거 보관함을 잠그면', '보관함을 모두 지우면', '보고서나 증거 묶음을 저장하면']) {
    await expect(page.getByRole('heading', { level: 3, name: h })).toBeVisible();
  }
  await expect(page.getByText('파일 앱이나 다운로드 앱에서 직접 지워 주세요')).toBeVisible();
  // With JavaScript the note about its absence is not shown.
  await expect(page.locator('#no-script-history')).toHaveCount(0);
  await page.goto('/en/safety');
  for (const h of ['After quick exit', 'After locking the evidence locker', 'After wiping the locker', 'After saving a report or a bundle']) {
    await expect(page.getByRole('heading', { level: 3, name: h })).toBeVisible();
  }
  await expect(page.getByText('Delete them yourself in your Files or Downloads app.')).toBeVisible();
});
