import { expect, test, type Page } from '@playwright/test';
import { NEUTRAL_URL } from './playwright.config.js';
import { serveNeutralSite } from './support.js';

const START = 'about:blank';

test.beforeEach(async ({ page }) => {
  await serveNeutralSite(page);
  await page.goto(START);
});

async function answerOneQuestion(page: Page) {
  await page.goto('/what-happened');
  await page.locator('#what-threatened').check();
  await page.getByRole('button', { name: '다음' }).click();
  expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0);
}

test('the button replaces the page and its history entry, and clears what the tab kept', async ({ page }) => {
  await answerOneQuestion(page);
  await page.getByRole('link', { name: '빠른 나가기' }).click();
  await expect(page).toHaveURL(NEUTRAL_URL);
  await page.goBack();
  // Back goes to where the person was before Jikim, not to Jikim.
  await expect(page).toHaveURL(START);
});

test('the button is reachable by keyboard as the first control', async ({ page }) => {
  await page.goto('/en/guide/threat');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Exit this page' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(NEUTRAL_URL);
});

test('Shift pressed three times leaves at once', async ({ page }) => {
  await answerOneQuestion(page);
  await page.goto('/guide/dissemination');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL_URL);
  await page.goBack();
  await expect(page).toHaveURL(/\/what-happened$/);
  // The answers kept in the tab were cleared on the way out.
  await expect(page.locator('#what-threatened')).not.toBeChecked();
  await expect(page.locator('fieldset[data-question="what"]')).toBeVisible();
});

test('Shift used for typing does not trigger it', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Shift');
  await page.keyboard.press('A');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/en$/);
});
