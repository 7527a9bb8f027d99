/**
 * `/api/docs` in a browser: readable at 360 px without sideways scrolling, no axe violations,
 * 44 px targets, no script and no request to another origin.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible } from './console-fixtures.js';
import { screenshotPath } from './support.js';

for (const viewport of [{ name: 'phone', width: 360, height: 740 }, { name: 'desktop', width: 1280, height: 900 }] as const) {
  test(`/api/docs at ${viewport.width}px: accessible, fits, nothing from elsewhere`, async ({ page, baseURL }) => {
    test.setTimeout(180_000); // axe and the tap-target walk on a long page
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.setViewportSize(viewport);
    const response = await page.goto('/api/docs');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText('Jikim platform API');
    await expect(page.locator('#post-api-platform-hma-m-lookup')).toContainText('multipart/form-data');
    expect(await page.locator('script').count()).toBe(0);
    // The stylesheet applied (allowed by its hash): code blocks have their background.
    expect(await page.locator('pre').first().evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: screenshotPath(`api-docs-${viewport.name}`), fullPage: false });
    await page.locator('#post-api-platform-hma-m-lookup').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`api-docs-lookup-${viewport.name}`), fullPage: false });
    await expectAccessible(page, `/api/docs ${viewport.name}`);
    expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
  });
}
