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

test('without JavaScript the safety page says what stays in history, and guides still link the locker and the start', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/safety');
  const note = page.locator('#no-script-history');
  await expect(note).toBeVisible();
  await expect(note).toContainText('지킴에서 연 페이지마다 이 탭의 뒤로 가기 목록에 항목이 하나씩 남고');
  await expect(page.getByText('브라우저의 방문 기록(기록 목록)에는 어느 경우든 지킴에서 연 페이지의 주소가 남아요.')).toBeVisible();
  await page.screenshot({ path: screenshotPath('ko-safety-nojs-phone'), fullPage: true });
  await page.goto('/en/safety');
  await expect(page.locator('#no-script-history')).toContainText('every Jikim page you open adds an entry to this tab’s Back list');

  await page.goto('/en/guide/dissemination');
  await expect(page.locator('#dissemination-1 a[href="/en/locker"]')).toBeVisible();
  await expect(page.locator('.previous a')).toHaveAttribute('href', '/en');
  await expect(page.locator('.previous a')).toHaveText('← Back to the start');
});
