import { expect, test } from '@playwright/test';
import { screenshotPath } from './support.js';

test.use({ javaScriptEnabled: false });

test('a guide page is complete without JavaScript', async ({ page }) => {
  await page.goto('/guide/dissemination');
  await expect(page.locator('ol.steps > li')).toHaveCount(4);
  for (const step of await page.locator('ol.steps > li').all()) {
    await expect(step.locator('h3')).toBeVisible();
    await expect(step.locator('p').first()).toBeVisible();
  }
  await expect(page.locator('a[href="tel:027358994"]').first()).toBeVisible();
  await expect(page.locator('#quick-exit')).toBeVisible();
  await page.goto('/en/guide/threat');
  await expect(page.locator('ol.steps > li')).toHaveCount(3);
  await expect(page.getByText('police station where you live', { exact: false }).first()).toBeVisible();
});

test('without JavaScript the question page points to every guide, and quick exit is still a link', async ({ page }) => {
  await page.goto('/what-happened');
  await expect(page.locator('#plan-form')).toBeHidden();
  await expect(page.locator('#plan-fallback')).toBeVisible();
  await expect(page.locator('#plan-fallback a')).toHaveCount(4);
  await expect(page.locator('#quick-exit')).toHaveAttribute('href', /^https:\/\//);
  await page.screenshot({ path: screenshotPath('ko-what-happened-nojs'), fullPage: true });
});
