import { expect, test } from '@playwright/test';
import { BASE_URL } from './playwright.config.js';
import { LOCALES, PAGES, pathFor } from './support.js';

test('no page requests anything from another origin, and nothing breaks the CSP', async ({ page }) => {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  for (const locale of LOCALES) {
    for (const p of PAGES) {
      const response = await page.goto(pathFor(locale, p));
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
    }
  }
  const origin = new URL(BASE_URL).origin;
  expect(requests.length).toBeGreaterThanOrEqual(LOCALES.length * PAGES.length);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(problems).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});
